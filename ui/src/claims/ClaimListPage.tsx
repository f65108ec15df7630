import { Link } from '@mui/material';
import { GridColDef } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api, queryString } from '../api/client';
import type { ClaimSummary, Page } from '../api/types';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect, FilterText } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { ListToolbar } from '../lists/ListToolbar';
import { useMe } from '../session/session';
import { claimStatuses, typeLabel } from './claim-words';
import { ServerGrid } from '../lists/ServerGrid';

const filterNames = ['status', 'q'] as const;

/** Mijn schadegevallen: every declaration once submitted, whatever became of it. */
export function ClaimListPage() {
  const { t, i18n } = useTranslation();
  const organisationId = useMe().data!.activeOrganisationId!;
  const list = useListState(filterNames, 'submittedAt:desc');
  const base = `/organisations/${organisationId}/claims`;
  const { data, error, isFetching } = useQuery({
    queryKey: ['claims', organisationId, list.query],
    queryFn: () => api.get<Page<ClaimSummary>>(`${base}${queryString(list.query)}`),
    placeholderData: keepPreviousData,
  });

  const columns: GridColDef<ClaimSummary>[] = [
    {
      field: 'claimNumber', headerName: t('claims.claimNumber'), width: 170,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/claims/${row.id}`}>{row.claimNumber ?? t('list.open')}</Link>,
    },
    { field: 'type', headerName: t('claims.type'), width: 220, valueFormatter: (value: string) => typeLabel(value, i18n.language) },
    { field: 'status', headerName: t('claims.status'), width: 150, valueFormatter: (value: string) => t(`status.${value}`) },
    { field: 'policyNumber', headerName: t('claims.policyNumber'), width: 140, sortable: false },
    { field: 'eventDate', headerName: t('claims.eventDate'), width: 130, valueFormatter: (value: string | null) => formatDate(value) },
    {
      field: 'description', headerName: t('claims.description'), flex: 1, minWidth: 200, sortable: false,
      valueGetter: (value: string | null, row: ClaimSummary) => (row.sealed ? t('claims.sealedShort') : value),
    },
    { field: 'submittedAt', headerName: t('claims.submittedAt'), width: 130, valueFormatter: (value: string) => formatDate(value) },
    { field: 'handlerName', headerName: t('claims.handler'), width: 160, sortable: false },
  ];

  return (
    <>
      <PageHeading>{t('claims.title')}</PageHeading>
      <ListToolbar csvUrl={`/api${base}${queryString(list.csvQuery)}`}>
        <FilterSelect label={t('claims.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="filter-status"
          options={claimStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterText label={t('claims.search')} value={list.filters.q} onChange={(value) => list.setFilter('q', value)} />
      </ListToolbar>
      {error && <ErrorAlert error={error} />}
      <ServerGrid label={t('claims.title')} list={list} data={data} isFetching={isFetching} columns={columns} />
    </>
  );
}
