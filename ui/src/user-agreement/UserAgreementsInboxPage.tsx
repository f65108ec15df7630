import { Alert, Box, FormControlLabel, MenuItem, Paper, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ConfirmDialog } from '../backoffice/ConfirmDialog';
import { InboxVerdict } from '../backoffice/InboxVerdict';
import { type AgreementVerdict, type BackofficeUserAgreement, useBackofficeAgreements, useDecideAgreement } from '../api/user-agreement';

const statuses = ['submitted', 'sent_back', 'registered', 'withdrawn', 'expired'] as const;

/**
 * The insurer's inbox of user agreements: registering one applies it (users and their access); sending it back
 * needs a reason. Those unregistered past the four days are escalated: the senior staff filter on them.
 */
export function UserAgreementsInboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = statuses.find((value) => value === params.get('status')) ?? 'submitted';
  const escalated = params.get('escalated') === 'true';
  const [deciding, setDeciding] = useState<{ agreement: BackofficeUserAgreement; verdict: AgreementVerdict } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inbox = useBackofficeAgreements(status, escalated);
  const decide = useDecideAgreement((_agreement, verdict) => {
    const organisation = deciding?.agreement.organisation.name ?? '';
    setDeciding(null);
    setDone(t(verdict === 'register' ? 'uiUserAgreement.backoffice.registered' : 'uiUserAgreement.backoffice.sentBack', { organisation }));
  });
  const open = (agreement: BackofficeUserAgreement, verdict: AgreementVerdict) => { setDone(null); decide.reset(); setDeciding({ agreement, verdict }); };
  const filter = (next: Record<string, string>) => setParams({ status, ...(escalated ? { escalated: 'true' } : {}), ...next }, { replace: true });

  return (
    <>
      <PageHeading>{t('uiUserAgreement.backoffice.title')}</PageHeading>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', my: 2 }}>
        <TextField select size="small" label={t('uiUserAgreement.statusHeading')} value={status} sx={{ minWidth: 180 }} onChange={(event) => filter({ status: event.target.value })}>
          {statuses.map((value) => <MenuItem key={value} value={value}>{t(`uiUserAgreement.status.${value}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={escalated} onChange={(event) => setParams(event.target.checked ? { status, escalated: 'true' } : { status }, { replace: true })} />}
          label={t('uiUserAgreement.backoffice.escalatedOnly')} />
      </Box>
      {inbox.isPending && <Loading />}
      {inbox.error && <ErrorAlert error={inbox.error} />}
      <Box role="status" aria-live="polite">{done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}</Box>
      {inbox.data?.length === 0 && <Typography>{t('uiUserAgreement.backoffice.none')}</Typography>}
      {inbox.data && inbox.data.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('uiUserAgreement.backoffice.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('uiUserAgreement.backoffice.receivedAt')}</TableCell><TableCell>{t('uiUserAgreement.backoffice.organisation')}</TableCell>
                <TableCell>{t('uiUserAgreement.backoffice.signedBy')}</TableCell><TableCell>{t('uiUserAgreement.employees')}</TableCell>
                <TableCell>{t('uiUserAgreement.backoffice.dueBy')}</TableCell><TableCell>{t('uiUserAgreement.backoffice.decision')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {inbox.data.map((agreement) => (
                <TableRow key={agreement.id} data-testid={`agreement-${agreement.id}`} sx={{ verticalAlign: 'top' }}>
                  <TableCell>{formatDateTime(agreement.submittedAt)}</TableCell>
                  <TableCell>{agreement.organisation.name}</TableCell>
                  <TableCell>{agreement.signature ? `${agreement.signature.by.name}, ${formatDateTime(agreement.signature.at)}` : ''}</TableCell>
                  <TableCell>
                    {agreement.employees.map((line) => (
                      <Typography key={line.nationalRegisterNumber} variant="body2">{line.fullName} — {line.email} — {line.nationalRegisterNumber} — {t(`uiUserAgreement.access.${line.accessLevel}`)}</Typography>
                    ))}
                  </TableCell>
                  <TableCell>
                    {formatDate(agreement.registrationDueAt)}
                    {agreement.escalatedAt && <Typography variant="body2" color="error">{t('uiUserAgreement.backoffice.escalated')}</Typography>}
                  </TableCell>
                  <TableCell>
                    <InboxVerdict waiting={agreement.status === 'submitted'} decision={agreement.decision}
                      accept={{ label: t('uiUserAgreement.backoffice.register'), onClick: () => open(agreement, 'register') }}
                      refuse={{ label: t('uiUserAgreement.backoffice.sendBack'), onClick: () => open(agreement, 'send-back') }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {deciding && (
        <ConfirmDialog
          title={`${t(deciding.verdict === 'register' ? 'uiUserAgreement.backoffice.register' : 'uiUserAgreement.backoffice.sendBack')} — ${deciding.agreement.organisation.name}`}
          text={t(deciding.verdict === 'register' ? 'uiUserAgreement.backoffice.registerText' : 'uiUserAgreement.backoffice.sendBackText', { count: deciding.agreement.employees.length, name: deciding.agreement.requestedBy.name })}
          confirmLabel={t(deciding.verdict === 'register' ? 'uiUserAgreement.backoffice.register' : 'uiUserAgreement.backoffice.sendBack')} danger={deciding.verdict === 'send-back'}
          reasonLabel={deciding.verdict === 'send-back' ? t('uiUserAgreement.backoffice.reason') : undefined}
          pending={decide.isPending} error={decide.error}
          onConfirm={(reason) => decide.mutate({ ...deciding, reason })} onClose={() => setDeciding(null)} />
      )}
    </>
  );
}
