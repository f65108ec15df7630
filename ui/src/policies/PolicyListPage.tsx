import { Button } from '@mui/material';
import { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect, FilterText } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { ListToolbar } from '../lists/ListToolbar';
import { useMe } from '../api/session';
import { PolicyDocumentsDialog } from './PolicyDocumentsDialog';
import { ServerGrid } from '../lists/ServerGrid';
import { policiesCsvUrl, type Policy, policyStatuses, usePolicies } from '../api/policies';
import { productLines } from '../../../domain/product-lines';

const filterNames = ['motor', 'productLine', 'status', 'policyNumber'] as const;

/** Mijn polissen: filtered, sorted and paged by the API; the export takes the same filters. */
export function PolicyListPage() {
  const { t } = useTranslation();
  const organisationId = useMe().data!.activeOrganisationId!;
  const list = useListState(filterNames, 'policyNumber:asc');
  const [documentsOf, setDocumentsOf] = useState<Policy | null>(null);
  const { data, error, isFetching } = usePolicies(organisationId, list.query);

  const columns: GridColDef<Policy>[] = [
    { field: 'policyNumber', headerName: t('myPolicies.policyNumber'), width: 150 },
    { field: 'productLine', headerName: t('myPolicies.productLine'), width: 200, valueFormatter: (value: string) => t(`productLine.${value}`) },
    { field: 'status', headerName: t('myPolicies.status'), width: 110, valueFormatter: (value: string) => t(`status.${value}`) },
    { field: 'policyholderName', headerName: t('myPolicies.policyholder'), width: 180 },
    { field: 'insuredObject', headerName: t('myPolicies.insuredObject'), flex: 1, minWidth: 200, sortable: false },
    { field: 'startDate', headerName: t('myPolicies.startDate'), width: 120, valueFormatter: (value: string) => formatDate(value) },
    { field: 'endDate', headerName: t('myPolicies.endDate'), width: 120, valueFormatter: (value: string | null) => formatDate(value) },
    { field: 'annualPremiumCents', headerName: t('myPolicies.premium'), width: 130, type: 'number', valueFormatter: (value: number) => formatEuros(value) },
    {
      field: 'documents', headerName: t('myPolicies.documents'), width: 130, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => setDocumentsOf(row)} aria-label={t('myPolicies.documentsOf', { policyNumber: row.policyNumber })}>{t('myPolicies.documents')}</Button>,
    },
  ];

  return (
    <>
      <PageHeading>{t('myPolicies.title')}</PageHeading>
      <ListToolbar csvUrl={policiesCsvUrl(organisationId, list.csvQuery)}>
        <FilterSelect label={t('myPolicies.motor')} value={list.filters.motor} onChange={(value) => list.setFilter('motor', value)} testId="filter-motor"
          options={[{ value: 'only', label: t('myPolicies.motorOnly') }, { value: 'exclude', label: t('myPolicies.motorExclude') }]} />
        <FilterSelect label={t('myPolicies.productLine')} value={list.filters.productLine} onChange={(value) => list.setFilter('productLine', value)}
          options={productLines.map((line) => ({ value: line, label: t(`productLine.${line}`) }))} />
        <FilterSelect label={t('myPolicies.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)}
          options={policyStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterText label={t('myPolicies.policyNumber')} value={list.filters.policyNumber} onChange={(value) => list.setFilter('policyNumber', value)} />
      </ListToolbar>
      {error && <ErrorAlert error={error} />}
      <ServerGrid label={t('myPolicies.title')} list={list} data={data} isFetching={isFetching} columns={columns} />
      {documentsOf && <PolicyDocumentsDialog organisationId={organisationId} policy={documentsOf} onClose={() => setDocumentsOf(null)} />}
    </>
  );
}
