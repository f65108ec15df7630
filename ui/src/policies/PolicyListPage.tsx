import { Button } from '@mui/material';
import { GridColDef } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../api/client';
import type { Page, Policy } from '../api/types';
import { formatDate, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect, FilterText } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { ListToolbar } from '../lists/ListToolbar';
import { useMe } from '../session/session';
import { PolicyDocumentsDialog } from './PolicyDocumentsDialog';
import { ServerGrid } from '../lists/ServerGrid';

const filterNames = ['motor', 'productLine', 'status', 'policyNumber'] as const;
const productLines = ['liability', 'bodily_accident', 'workplace_accident', 'fire', 'collective_hospitalisation', 'motor', 'omnium_assignment', 'accident_income'];
const statuses = ['active', 'suspended', 'cancelled'];

/** Mijn polissen: filtered, sorted and paged by the API; the export takes the same filters. */
export function PolicyListPage() {
  const { t } = useTranslation();
  const organisationId = useMe().data!.activeOrganisationId!;
  const list = useListState(filterNames, 'policyNumber:asc');
  const [documentsOf, setDocumentsOf] = useState<Policy | null>(null);
  const base = `/organisations/${organisationId}/policies`;
  const { data, error, isFetching } = useQuery({
    queryKey: ['policies', organisationId, list.query],
    queryFn: () => api.get<Page<Policy>>(`${base}${queryString(list.query)}`),
    placeholderData: keepPreviousData,
  });

  const columns: GridColDef<Policy>[] = [
    { field: 'policyNumber', headerName: t('policies.policyNumber'), width: 150 },
    { field: 'productLine', headerName: t('policies.productLine'), width: 200, valueFormatter: (value: string) => t(`productLine.${value}`) },
    { field: 'status', headerName: t('policies.status'), width: 110, valueFormatter: (value: string) => t(`status.${value}`) },
    { field: 'policyholderName', headerName: t('policies.policyholder'), width: 180 },
    { field: 'insuredObject', headerName: t('policies.insuredObject'), flex: 1, minWidth: 200, sortable: false },
    { field: 'startDate', headerName: t('policies.startDate'), width: 120, valueFormatter: (value: string) => formatDate(value) },
    { field: 'endDate', headerName: t('policies.endDate'), width: 120, valueFormatter: (value: string | null) => formatDate(value) },
    { field: 'annualPremiumCents', headerName: t('policies.premium'), width: 130, type: 'number', valueFormatter: (value: number) => formatEuros(value) },
    {
      field: 'documents', headerName: t('policies.documents'), width: 130, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => setDocumentsOf(row)} aria-label={t('policies.documentsOf', { policyNumber: row.policyNumber })}>{t('policies.documents')}</Button>,
    },
  ];

  return (
    <>
      <PageHeading>{t('policies.title')}</PageHeading>
      <ListToolbar csvUrl={`/api${base}${queryString(list.csvQuery)}`}>
        <FilterSelect label={t('policies.motor')} value={list.filters.motor} onChange={(value) => list.setFilter('motor', value)} testId="filter-motor"
          options={[{ value: 'only', label: t('policies.motorOnly') }, { value: 'exclude', label: t('policies.motorExclude') }]} />
        <FilterSelect label={t('policies.productLine')} value={list.filters.productLine} onChange={(value) => list.setFilter('productLine', value)}
          options={productLines.map((line) => ({ value: line, label: t(`productLine.${line}`) }))} />
        <FilterSelect label={t('policies.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)}
          options={statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterText label={t('policies.policyNumber')} value={list.filters.policyNumber} onChange={(value) => list.setFilter('policyNumber', value)} />
      </ListToolbar>
      {error && <ErrorAlert error={error} />}
      <ServerGrid label={t('policies.title')} list={list} data={data} isFetching={isFetching} columns={columns} />
      {documentsOf && <PolicyDocumentsDialog organisationId={organisationId} policy={documentsOf} onClose={() => setDocumentsOf(null)} />}
    </>
  );
}
