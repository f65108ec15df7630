import { Alert, Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { agreementAccessLevels, editableStatuses, type UserAgreementStatus } from '../../../domain/user-agreement';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { type AgreementLine, useAgreementActions, useAgreementToSign } from '../api/user-agreement';
import { AgreementStatus } from './AgreementStatus';

const emptyLine = (): AgreementLine => ({ fullName: '', email: '', nationalRegisterNumber: '', accessLevel: 'full' });

/**
 * The administrator's user agreement: the employees it names with their access (none takes access away at once),
 * saved as a draft, then signed — the text shown is the text recorded — and submitted; withdrawn until registered.
 */
export function UserAgreementPage() {
  const { t } = useTranslation();
  const { agreementId } = useParams();
  const navigate = useNavigate();
  const current = useAgreementToSign(agreementId ?? null);
  const { save, submit, withdraw } = useAgreementActions();
  const [lines, setLines] = useState<AgreementLine[]>([emptyLine()]);
  const [confirmed, setConfirmed] = useState(false);
  const [submitKey] = useState(() => crypto.randomUUID());
  const agreement = current.data ?? null;

  useEffect(() => {
    if (agreement) setLines(agreement.employees.map((line) => ({ ...line })));
  }, [agreement?.id, agreement?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  if (agreementId && current.isPending) return <Loading />;
  const canEdit = !agreement || editableStatuses.includes(agreement.status as UserAgreementStatus);
  const change = (index: number, field: keyof AgreementLine, value: string) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, [field]: value } : line)));
  const saveDraft = () => save.mutate({ agreement, employees: lines }, {
    onSuccess: (saved) => { setConfirmed(false); if (!agreement) navigate(`/user-agreement/${saved.id}`, { replace: true }); },
  });

  return (
    <>
      <PageHeading>{t('uiUserAgreement.title')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('uiUserAgreement.intro')}</Typography>
      {current.error && <ErrorAlert error={current.error} />}
      {agreement && <Box sx={{ mb: 2 }}><AgreementStatus agreement={agreement} /></Box>}
      <Paper sx={{ p: 2, mb: 2 }}>
        {lines.map((line, index) => (
          <Box key={index} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }} role="group" aria-label={t('uiUserAgreement.employee', { number: index + 1 })}>
            <TextField size="small" label={t('uiUserAgreement.field.fullName')} value={line.fullName} disabled={!canEdit} required onChange={(e) => change(index, 'fullName', e.target.value)} />
            <TextField size="small" label={t('uiUserAgreement.field.email')} value={line.email} disabled={!canEdit} required type="email" onChange={(e) => change(index, 'email', e.target.value)} />
            <TextField size="small" label={t('uiUserAgreement.field.nationalRegisterNumber')} value={line.nationalRegisterNumber} disabled={!canEdit} required
              placeholder="YY.MM.DD-SSS.CC" onChange={(e) => change(index, 'nationalRegisterNumber', e.target.value)} />
            <TextField select size="small" label={t('uiUserAgreement.field.accessLevel')} value={line.accessLevel} disabled={!canEdit} sx={{ minWidth: 160 }}
              onChange={(e) => change(index, 'accessLevel', e.target.value)}>
              {agreementAccessLevels.map((level) => <MenuItem key={level} value={level}>{t(`uiUserAgreement.access.${level}`)}</MenuItem>)}
            </TextField>
            {canEdit && lines.length > 1 && (
              <Button color="error" onClick={() => setLines((all) => all.filter((_, i) => i !== index))}>{t('uiUserAgreement.removeLine', { number: index + 1 })}</Button>
            )}
          </Box>
        ))}
        {canEdit && <Button onClick={() => setLines((all) => [...all, emptyLine()])}>{t('uiUserAgreement.addLine')}</Button>}
      </Paper>
      {save.error && <ErrorAlert error={save.error} />}
      {canEdit && <Button variant="outlined" onClick={saveDraft} disabled={save.isPending} sx={{ mb: 2 }}>{t('uiUserAgreement.save')}</Button>}
      {agreement && canEdit && (
        <Paper sx={{ p: 2, mb: 2 }}>
          <Typography component="h2" variant="h6">{t('uiUserAgreement.sign')}</Typography>
          <FormControlLabel control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />} label={agreement.signatureText} />
          {submit.error && <ErrorAlert error={submit.error} />}
          <Box>
            <Button variant="contained" disabled={!confirmed || submit.isPending}
              onClick={() => submit.mutate({ agreement, confirmedText: agreement.signatureText, key: submitKey })}>{t('uiUserAgreement.submit')}</Button>
          </Box>
        </Paper>
      )}
      {agreement && ['draft', 'sent_back', 'submitted'].includes(agreement.status) && (
        <>
          {withdraw.error && <ErrorAlert error={withdraw.error} />}
          <Button color="error" onClick={() => withdraw.mutate(agreement)} disabled={withdraw.isPending}>{t('uiUserAgreement.withdraw')}</Button>
        </>
      )}
      {submit.isSuccess && <Alert role="status" severity="success" sx={{ mt: 2 }}>{t('uiUserAgreement.submitted')}</Alert>}
    </>
  );
}
