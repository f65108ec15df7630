import { Link } from '@mui/material';
import { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect, FilterText } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { ListToolbar } from '../lists/ListToolbar';
import { useMe } from '../api/session';
import { claimStatuses, typeLabel } from './claim-words';
import { ServerGrid } from '../lists/ServerGrid';
import { claimsCsvUrl, type ClaimSummary, useClaims } from '../api/claims';

const filterNames = ['status', 'q'] as const;

/** Mijn schadegevallen: every declaration once submitted, whatever became of it. */
export function ClaimListPage() {
  const { t, i18n } = useTranslation();
  const organisationId = useMe().data!.activeOrganisationId!;
  const list = useListState(filterNames, 'submittedAt:desc');
  const { data, error, isFetching } = useClaims(organisationId, list.query);

  const columns: GridColDef<ClaimSummary>[] = [
    {
      field: 'claimNumber', headerName: t('myClaims.claimNumber'), width: 170,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/claims/${row.id}`}>{row.claimNumber ?? t('list.open')}</Link>,
    },
    { field: 'type', headerName: t('myClaims.type'), width: 220, valueFormatter: (value: string) => typeLabel(value, i18n.language) },
    { field: 'status', headerName: t('myClaims.status'), width: 150, valueFormatter: (value: string) => t(`status.${value}`) },
    { field: 'policyNumber', headerName: t('myClaims.policyNumber'), width: 140, sortable: false },
    { field: 'eventDate', headerName: t('myClaims.eventDate'), width: 130, valueFormatter: (value: string | null) => formatDate(value) },
    {
      field: 'description', headerName: t('myClaims.description'), flex: 1, minWidth: 200, sortable: false,
      valueGetter: (value: string | null, row: ClaimSummary) => (row.sealed ? t('myClaims.sealedShort') : value),
    },
    { field: 'submittedAt', headerName: t('myClaims.submittedAt'), width: 130, valueFormatter: (value: string) => formatDate(value) },
    { field: 'handlerName', headerName: t('myClaims.handler'), width: 160, sortable: false },
  ];

  return (
    <>
      <PageHeading>{t('myClaims.title')}</PageHeading>
      <ListToolbar csvUrl={claimsCsvUrl(organisationId, list.csvQuery)}>
        <FilterSelect label={t('myClaims.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="filter-status"
          options={claimStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterText label={t('myClaims.search')} hint={t('myClaims.searchHint')} value={list.filters.q} onChange={(value) => list.setFilter('q', value)} />
      </ListToolbar>
      {error && <ErrorAlert error={error} />}
      <ServerGrid label={t('myClaims.title')} list={list} data={data} isFetching={isFetching} columns={columns} />
    </>
  );
}
