import { Alert, Box, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ConfirmDialog } from './ConfirmDialog';
import { InboxVerdict } from './InboxVerdict';
import { ProposedChange } from './ProposedChange';
import { changeStatuses } from '../../../domain/hospitalisation';
import { type BackofficeChange, useBackofficeChanges, useDecideChange, type Verdict } from '../api/hospitalisation';

/** What reaches the back office: a change once submitted. */
const statuses = changeStatuses.filter((status) => status !== 'draft');

const personName = (person: BackofficeChange['person']) => (person ? `${person.firstName} ${person.lastName}` : '');

/**
 * The back office's inbox of changes to group hospitalisation registers (titularissen and Local Admins
 * propose, the back office decides). Approving applies the change from its effective date.
 */
export function HospitalisationChangesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = statuses.find((value) => value === params.get('status')) ?? 'submitted';
  const [deciding, setDeciding] = useState<{ change: BackofficeChange; verdict: Verdict } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inbox = useBackofficeChanges(status);
  const decide = useDecideChange((change, verdict) => {
    setDeciding(null);
    const what = `${t(`backoffice.changeKind.${change.kind}`)} — ${personName(change.person)}`;
    setDone(t(verdict === 'approve' ? 'backoffice.hospitalisation.approved' : 'backoffice.hospitalisation.rejected', { what }));
  });
  const open = (change: BackofficeChange, verdict: Verdict) => { setDone(null); decide.reset(); setDeciding({ change, verdict }); };

  return (
    <>
      <PageHeading>{t('backoffice.hospitalisation.title')}</PageHeading>
      <TextField select size="small" label={t('backoffice.hospitalisation.status')} value={status} sx={{ minWidth: 180, my: 2 }}
        onChange={(event) => setParams({ status: event.target.value }, { replace: true })}>
        {statuses.map((value) => <MenuItem key={value} value={value}>{t(`backoffice.changeStatus.${value}`)}</MenuItem>)}
      </TextField>
      {inbox.isPending && <Loading />}
      {inbox.error && <ErrorAlert error={inbox.error} />}
      <Box role="status" aria-live="polite">{done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}</Box>
      {inbox.data?.length === 0 && <Typography>{t('backoffice.hospitalisation.none')}</Typography>}
      {inbox.data && inbox.data.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('backoffice.hospitalisation.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backoffice.hospitalisation.submittedAt')}</TableCell><TableCell>{t('backoffice.hospitalisation.organisation')}</TableCell>
                <TableCell>{t('backoffice.hospitalisation.requestedBy')}</TableCell><TableCell>{t('backoffice.hospitalisation.kind')}</TableCell>
                <TableCell>{t('backoffice.hospitalisation.person')}</TableCell><TableCell>{t('backoffice.hospitalisation.effectiveDate')}</TableCell>
                <TableCell>{t('backoffice.hospitalisation.proposed')}</TableCell>
                <TableCell>{t('backoffice.hospitalisation.decision')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {inbox.data.map((change) => (
                <TableRow key={change.id} data-testid={`change-${change.id}`} sx={{ verticalAlign: 'top' }}>
                  <TableCell>{formatDateTime(change.submittedAt)}</TableCell>
                  <TableCell>{change.organisation.name}</TableCell>
                  <TableCell>{change.requestedBy.name}</TableCell>
                  <TableCell>{t(`backoffice.changeKind.${change.kind}`)}</TableCell>
                  <TableCell>
                    {personName(change.person)}
                    {change.titularis && <Typography variant="body2" color="text.secondary">{t('backoffice.hospitalisation.familyOf', { name: personName(change.titularis) })}</Typography>}
                  </TableCell>
                  <TableCell>{formatDate(change.effectiveDate)}</TableCell>
                  <TableCell><ProposedChange change={change} /></TableCell>
                  <TableCell>
                    <InboxVerdict waiting={change.status === 'submitted'} decision={change.decision}
                      accept={{ label: t('backoffice.hospitalisation.approve'), onClick: () => open(change, 'approve') }}
                      refuse={{ label: t('backoffice.hospitalisation.reject'), onClick: () => open(change, 'reject') }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {deciding && (
        <ConfirmDialog
          title={`${t(deciding.verdict === 'approve' ? 'backoffice.hospitalisation.approveTitle' : 'backoffice.hospitalisation.rejectTitle')} — ${t(`backoffice.changeKind.${deciding.change.kind}`)}, ${personName(deciding.change.person)}`}
          text={deciding.verdict === 'approve'
            ? t('backoffice.hospitalisation.approveText', { date: formatDate(deciding.change.effectiveDate), name: deciding.change.requestedBy.name })
            : t('backoffice.hospitalisation.rejectText', { name: deciding.change.requestedBy.name })}
          confirmLabel={t(`backoffice.hospitalisation.${deciding.verdict}`)} danger={deciding.verdict === 'reject'}
          reasonLabel={deciding.verdict === 'reject' ? t('backoffice.actions.reason') : undefined}
          pending={decide.isPending} error={decide.error}
          onConfirm={(reason) => decide.mutate({ ...deciding, reason })} onClose={() => setDeciding(null)} />
      )}
    </>
  );
}
