import { Alert, Box, Button, Link } from '@mui/material';
import { DataGrid, GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { queryString } from '../api/client';
import { typeLabel } from '../claims/claim-words';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useListState } from '../lists/list-state';
import { useMe } from '../api/session';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { type Declaration, declarationsOf, useDrafts } from '../api/declarations';

/** Mijn ontwerpen: the organisation's drafts, last saved first, by whoever started them; each resumed or deleted. */
export function DraftListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const organisationId = useMe().data!.activeOrganisationId!;
  const [discarding, setDiscarding] = useState<Declaration | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const list = useListState([], 'updatedAt:desc');
  const base = declarationsOf(organisationId);
  const { page, pageSize } = list.query;
  const { data, error, isFetching } = useDrafts(organisationId, page, pageSize);

  const columns: GridColDef<Declaration>[] = [
    { field: 'type', headerName: t('drafts.type'), flex: 1, minWidth: 240, valueFormatter: (value: string) => typeLabel(value, i18n.language) },
    { field: 'step', headerName: t('drafts.step'), width: 90, type: 'number' },
    { field: 'updatedAt', headerName: t('drafts.updatedAt'), width: 180, valueFormatter: (value: string) => formatDateTime(value) },
    {
      field: 'summary', headerName: 'PDF', width: 120,
      renderCell: ({ row }) => <Link href={`/api${base}/${row.id}/summary.pdf${queryString({ language: i18n.language })}`} target="_blank" rel="noopener">PDF</Link>,
    },
    {
      field: 'resume', headerName: '', width: 180, sortable: false,
      // The wizard opens at the step the draft was saved at.
      renderCell: ({ row }) => (
        <Button size="small" variant="outlined" onClick={() => navigate(`/declarations/${row.id}`)} aria-label={`${t('drafts.resume')}: ${typeLabel(row.type, i18n.language)}`}>
          {t('drafts.resume')}
        </Button>
      ),
    },
    {
      field: 'discard', headerName: '', width: 150, sortable: false,
      renderCell: ({ row }) => (
        <Button size="small" color="error" onClick={() => { setDiscarded(false); setDiscarding(row); }} aria-label={t('wizard.discardLabel', { type: typeLabel(row.type, i18n.language) })}>
          {t('wizard.discard')}
        </Button>
      ),
    },
  ];

  const onDiscarded = () => {
    setDiscarding(null);
    setDiscarded(true);
  };

  return (
    <>
      <PageHeading>{t('drafts.title')}</PageHeading>
      <Button component={RouterLink} to="/declare" variant="contained" sx={{ mb: 2 }}>{t('menu.declare')}</Button>
      {error && <ErrorAlert error={error} />}
      <Box role="status" aria-live="polite">{discarded && <Alert severity="success" sx={{ mb: 2 }}>{t('wizard.discarded')}</Alert>}</Box>
      {/* The API lists drafts last saved first and sorts no other way. */}
      <DataGrid
        aria-label={t('drafts.title')}
        rows={data?.items ?? []} rowCount={data?.total ?? 0} columns={columns} loading={isFetching}
        paginationMode="server" disableColumnSorting disableColumnFilter disableRowSelectionOnClick
        paginationModel={list.paginationModel} onPaginationModelChange={list.onPaginationModelChange} pageSizeOptions={[10, 25, 50]}
        autoHeight
      />
      {discarding && <DiscardDraftDialog draft={discarding} organisationId={organisationId} onClose={() => setDiscarding(null)} onDiscarded={onDiscarded} />}
    </>
  );
}
