import { Box, Link, TextField } from '@mui/material';
import { DataGrid, GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect, FilterText } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { useWorkflows, WorkflowFound, workflowStatuses, workflowTypes } from '../api/audit';

const filterNames = ['type', 'status', 'organisationId', 'from', 'to'] as const;

/** Workflows found through Temporal visibility, by type, status, organisation and start period; each links to its timeline and to Temporal. */
export function WorkflowSearchPage() {
  const { t } = useTranslation();
  const list = useListState(filterNames, '');
  const query = list.query; // the API keeps visibility's order: no sort
  const { data, error, isFetching } = useWorkflows(query);

  const columns: GridColDef<WorkflowFound>[] = [
    {
      field: 'workflowId', headerName: t('audit.search.workflowId'), flex: 1, minWidth: 320,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/audit/workflows/${encodeURIComponent(row.workflowId)}`}>{row.workflowId}</Link>,
    },
    { field: 'type', headerName: t('audit.search.type'), width: 210 },
    { field: 'status', headerName: t('audit.search.status'), width: 130, valueFormatter: (value: string) => t(`audit.workflowStatus.${value}`, { defaultValue: value }) },
    { field: 'startTime', headerName: t('audit.search.startTime'), width: 150, valueFormatter: (value: string) => formatDateTime(value) },
    { field: 'closeTime', headerName: t('audit.search.closeTime'), width: 150, valueFormatter: (value: string | null) => formatDateTime(value) },
    {
      field: 'temporalWebUiUrl', headerName: t('audit.search.temporal'), width: 130,
      renderCell: ({ row }) => <Link href={row.temporalWebUiUrl} target="_blank" rel="noopener" aria-label={`${t('audit.search.openInTemporal')}: ${row.workflowId}`}>{t('audit.search.temporal')}</Link>,
    },
  ];

  return (
    <>
      <PageHeading>{t('audit.search.title')}</PageHeading>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, my: 2 }}>
        <FilterSelect label={t('audit.search.type')} value={list.filters.type} onChange={(value) => list.setFilter('type', value)} testId="filter-type"
          options={workflowTypes.map((type) => ({ value: type, label: type }))} />
        <FilterSelect label={t('audit.search.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="filter-status"
          options={workflowStatuses.map((status) => ({ value: status, label: t(`audit.workflowStatus.${status}`) }))} />
        <FilterText label={t('audit.search.organisation')} value={list.filters.organisationId} onChange={(value) => list.setFilter('organisationId', value)} testId="filter-organisation" />
        <TextField size="small" type="date" label={t('audit.search.from')} value={list.filters.from} onChange={(event) => list.setFilter('from', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" type="date" label={t('audit.search.to')} value={list.filters.to} onChange={(event) => list.setFilter('to', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </Box>
      {error && <ErrorAlert error={error} />}
      <DataGrid
        aria-label={t('audit.search.title')}
        rows={data?.items ?? []} rowCount={data?.total ?? 0} columns={columns} loading={isFetching} getRowId={(row) => `${row.workflowId}/${row.runId}`}
        paginationMode="server" filterMode="server" disableColumnFilter disableColumnSorting disableRowSelectionOnClick
        paginationModel={list.paginationModel} onPaginationModelChange={list.onPaginationModelChange} pageSizeOptions={[10, 25, 50, 100]}
        autoHeight
      />
    </>
  );
}
