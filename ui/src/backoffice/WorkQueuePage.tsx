import { Chip, Link } from '@mui/material';
import { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { typeLabel } from '../claims/claim-words';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { productLines } from '../../../domain/product-lines';
import { ServerGrid } from '../lists/ServerGrid';
import { BulkActions } from './BulkActions';
import { capitalised } from './status-words';
import { coverageStatuses, type QueueItem, queueStatuses, useWorkQueue } from '../api/claims';

const filterNames = ['status', 'productLine', 'assignee', 'coverage'] as const;

/**
 * The handlers' work queue: declarations waiting for handling and open claims, the next deadline first. A claim whose
 * cover could not be verified at opening says so: no payment leaves until a senior handler confirms it.
 */
export function WorkQueuePage() {
  const { t, i18n } = useTranslation();
  const list = useListState(filterNames, 'nextDeadline:asc');
  const { data, error, isFetching, refetch } = useWorkQueue(list.query);
  // Claims chosen for a bulk action (reassign, message the customers); a declaration not yet opened is no claim yet.
  const [selected, setSelected] = useState<string[]>([]);

  const columns: GridColDef<QueueItem>[] = [
    {
      field: 'claimNumber', headerName: t('backoffice.queue.claimNumber'), width: 170,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/backoffice/claims/${row.id}`}>{row.claimNumber ?? t('backoffice.queue.noClaimNumberYet')}</Link>,
    },
    {
      field: 'nextDeadline', headerName: t('backoffice.queue.nextDeadline'), width: 210,
      valueGetter: (_value, row) => row.nextDeadline,
      valueFormatter: (value: QueueItem['nextDeadline']) => (value ? `${formatDate(value.dueOn)} — ${t(`backoffice.deadlineCode.${value.code}`, { defaultValue: value.code })}` : ''),
    },
    { field: 'status', headerName: t('backoffice.queue.status'), width: 150, valueFormatter: (value: string) => t(`status.${value}`) },
    { field: 'type', headerName: t('backoffice.queue.type'), width: 200, sortable: false, valueFormatter: (value: string) => typeLabel(value, i18n.language) },
    { field: 'productLine', headerName: t('backoffice.queue.productLine'), width: 190, sortable: false, valueFormatter: (value: string) => t(`productLine.${value}`) },
    { field: 'organisationName', headerName: t('backoffice.queue.organisation'), flex: 1, minWidth: 160, sortable: false },
    { field: 'submittedAt', headerName: t('backoffice.queue.submittedAt'), width: 130, valueFormatter: (value: string) => formatDate(value) },
    { field: 'handler', headerName: t('backoffice.queue.handler'), width: 160, sortable: false, valueFormatter: (value: QueueItem['handler']) => value?.name ?? '' },
    {
      field: 'coverageStatus', headerName: t('backoffice.queue.coverage'), width: 170, sortable: false,
      renderCell: ({ row }) => (row.coverageStatus === 'unverified'
        ? <Chip size="small" variant="outlined" color="error" label={capitalised(t('claim.coverageStatus.unverified'))} />
        : row.coverageStatus && capitalised(t(`claim.coverageStatus.${row.coverageStatus}`))),
    },
  ];

  return (
    <>
      <PageHeading>{t('backoffice.queue.title')}</PageHeading>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '16px 0' }}>
        <FilterSelect label={t('backoffice.queue.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="filter-status"
          options={queueStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterSelect label={t('backoffice.queue.productLine')} value={list.filters.productLine} onChange={(value) => list.setFilter('productLine', value)}
          options={productLines.map((line) => ({ value: line, label: t(`productLine.${line}`) }))} />
        <FilterSelect label={t('backoffice.queue.assignee')} value={list.filters.assignee} onChange={(value) => list.setFilter('assignee', value)} testId="filter-assignee"
          options={[{ value: 'me', label: t('backoffice.queue.me') }, { value: 'unassigned', label: t('backoffice.queue.unassigned') }]} />
        <FilterSelect label={t('backoffice.queue.coverage')} value={list.filters.coverage} onChange={(value) => list.setFilter('coverage', value)} testId="filter-coverage"
          options={coverageStatuses.map((status) => ({ value: status, label: capitalised(t(`claim.coverageStatus.${status}`)) }))} />
      </div>
      {error && <ErrorAlert error={error} />}
      <BulkActions claimIds={selected} onDone={() => { setSelected([]); void refetch(); }} />
      <ServerGrid label={t('backoffice.queue.title')} list={list} data={data} isFetching={isFetching} columns={columns}
        selection={{ ids: selected, onChange: setSelected, selectable: (row) => Boolean(row.claimNumber) }} />
    </>
  );
}
