import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Paper, Table, TableBody, TableCell,
  TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../../domain/rules/calendar';
import { useClaimAction } from '../api/claims';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { costTypes } from '../api/money';
import { type Counterparty, receiptOrder, recoveryActions, recoveryKinds, recoveryOrder, type Recovery, useRecoveries } from '../api/recoveries';
import { formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';
import { capitalised } from './status-words';

/** Free text that is left empty is not sent. */
const optionalText = { setValueAs: (text: string) => text.trim() || undefined };
const isOpen = (recovery: Recovery) => recovery.status === 'open' || recovery.status === 'partly_recovered';

/**
 * Recoveries (verhaal): what the insurer expects back from a liable party, its insurer or the buyer of a wreck, and
 * what came in; money received lowers the claim's net incurred. What is not coming any more is written off.
 */
export function RecoveriesPanel({ claimId, closed }: { claimId: string; closed: boolean }) {
  const { t } = useTranslation();
  const recoveries = useRecoveries(claimId);
  const [receiving, setReceiving] = useState<Recovery | null>(null);
  const [writingOff, setWritingOff] = useState<Recovery | null>(null);
  const actions = recoveryActions(claimId);
  const receive = useClaimAction(claimId, actions.recordReceipt);
  const writeOff = useClaimAction(claimId, actions.writeOff);
  const list = recoveries.data?.recoveries;

  return (
    <Paper component="section" aria-labelledby="recoveries-heading" sx={{ p: 3 }}>
      <Typography id="recoveries-heading" component="h2" variant="h6">{t('backoffice.recoveries.title')}</Typography>
      {recoveries.error && <ErrorAlert error={recoveries.error} />}
      {list?.length === 0 && <Typography>{t('backoffice.recoveries.none')}</Typography>}
      {list && list.length > 0 && (
        <Table size="small" aria-label={t('backoffice.recoveries.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('backoffice.recoveries.kind')}</TableCell><TableCell>{t('backoffice.recoveries.counterparty')}</TableCell>
              <TableCell align="right">{t('backoffice.recoveries.expected')}</TableCell><TableCell align="right">{t('backoffice.recoveries.received')}</TableCell>
              <TableCell>{t('backoffice.queue.status')}</TableCell><TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((recovery) => (
              <TableRow key={recovery.id} data-testid={`recovery-${recovery.id}`}>
                <TableCell>{capitalised(t(`claim.recoveryKind.${recovery.kind}`))}<br />{t(`backoffice.costType.${recovery.costType}`)}</TableCell>
                <TableCell>
                  {recovery.counterparty.name}
                  {recovery.counterparty.insurer && <><br />{recovery.counterparty.insurer}</>}
                  {recovery.counterparty.reference && <><br />{recovery.counterparty.reference}</>}
                </TableCell>
                <TableCell align="right">{formatEuros(recovery.expectedCents)}</TableCell>
                <TableCell align="right">{formatEuros(recovery.receivedCents)}</TableCell>
                <TableCell>
                  <Chip size="small" variant={isOpen(recovery) ? 'outlined' : 'filled'} color={recovery.status === 'recovered' ? 'success' : 'default'}
                    label={capitalised(t(`claim.recoveryStatus.${recovery.status}`))} />
                  {recovery.writtenOff && <Typography variant="body2">{recovery.writtenOff.reason}</Typography>}
                </TableCell>
                <TableCell>
                  {isOpen(recovery) && (
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                      <Button size="small" variant="outlined" onClick={() => { receive.reset(); setReceiving(recovery); }}>{t('backoffice.recoveries.recordReceipt')}</Button>
                      <Button size="small" color="error" onClick={() => { writeOff.reset(); setWritingOff(recovery); }}>{t('backoffice.recoveries.writeOff')}</Button>
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!closed && recoveries.data && <RecoveryForm claimId={claimId} suggestions={recoveries.data.counterparties} />}
      {receiving && (
        <ReceiptDialog recovery={receiving} pending={receive.isPending} error={receive.error} onClose={() => setReceiving(null)}
          onConfirm={(body) => receive.mutate({ recovery: receiving, ...body }, { onSuccess: () => setReceiving(null) })} />
      )}
      {writingOff && (
        <ConfirmDialog title={`${t('backoffice.recoveries.writeOffTitle')} — ${writingOff.counterparty.name}`}
          text={t('backoffice.recoveries.writeOffText', { amount: formatEuros(writingOff.expectedCents - writingOff.receivedCents) })}
          confirmLabel={t('backoffice.recoveries.writeOff')} reasonLabel={t('backoffice.actions.reason')} danger pending={writeOff.isPending} error={writeOff.error}
          onClose={() => setWritingOff(null)} onConfirm={(reason) => writeOff.mutate({ recovery: writingOff, reason }, { onSuccess: () => setWritingOff(null) })} />
      )}
    </Paper>
  );
}

/** Opens a recovery, its counterparty prefilled from the parties the declaration names (the handler may pick another or type one). */
function RecoveryForm({ claimId, suggestions }: { claimId: string; suggestions: Counterparty[] }) {
  const { t } = useTranslation();
  const [first] = suggestions;
  const form = useSchemaForm(recoveryOrder, {
    defaultValues: { kind: 'subrogation', costType: 'indemnity', counterparty: { name: first?.name ?? '', insurer: first?.insurer ?? undefined, reference: first?.reference ?? undefined } },
  });
  const open = useClaimAction(claimId, recoveryActions(claimId).open);
  useServerProblems(form, open.error, ['kind', 'costType', 'expectedCents', 'counterparty.name', 'counterparty.insurer', 'counterparty.reference']);
  const prefill = (index: string) => {
    const party = suggestions[Number(index)];
    if (!party) return;
    form.setValue('counterparty.name', party.name, { shouldValidate: true });
    form.setValue('counterparty.insurer', party.insurer ?? undefined);
    form.setValue('counterparty.reference', party.reference ?? undefined);
  };
  const submit = form.handleSubmit((body) => open.mutate(body, { onSuccess: () => form.resetField('expectedCents') }));
  return (
    <Box component="form" noValidate aria-label={t('backoffice.recoveries.open')} onSubmit={submit}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2, alignItems: 'flex-start' }}>
      <Controller control={form.control} name="kind" render={({ field }) => (
        <TextField select size="small" label={t('backoffice.recoveries.kind')} {...field} sx={{ minWidth: 200 }}>
          {recoveryKinds.map((kind) => <MenuItem key={kind} value={kind}>{capitalised(t(`claim.recoveryKind.${kind}`))}</MenuItem>)}
        </TextField>
      )} />
      <Controller control={form.control} name="costType" render={({ field }) => (
        <TextField select size="small" label={t('backoffice.money.costType')} {...field} sx={{ minWidth: 150 }}>
          {costTypes.map((type) => <MenuItem key={type} value={type}>{t(`backoffice.costType.${type}`)}</MenuItem>)}
        </TextField>
      )} />
      <TextField size="small" label={t('backoffice.recoveries.expected')} {...fieldProps(form, 'expectedCents', asCents)} sx={{ width: 150 }} />
      {suggestions.length > 0 && (
        <TextField select size="small" label={t('backoffice.recoveries.declaredParty')} defaultValue="0" onChange={(event) => prefill(event.target.value)} sx={{ minWidth: 200 }}>
          {suggestions.map((party, index) => <MenuItem key={index} value={String(index)}>{[party.name, party.insurer].filter(Boolean).join(' — ')}</MenuItem>)}
        </TextField>
      )}
      <TextField size="small" label={t('backoffice.recoveries.counterpartyName')} {...fieldProps(form, 'counterparty.name')} />
      <TextField size="small" label={t('backoffice.recoveries.insurer')} {...fieldProps(form, 'counterparty.insurer', optionalText)} />
      <TextField size="small" label={t('backoffice.recoveries.reference')} {...fieldProps(form, 'counterparty.reference', optionalText)} />
      <Button type="submit" variant="outlined" disabled={open.isPending} aria-busy={open.isPending}>{t('backoffice.recoveries.open')}</Button>
      {open.error && <Box sx={{ width: '100%' }}><ErrorAlert error={open.error} /></Box>}
      <Box role="status" aria-live="polite" sx={{ width: '100%' }}>
        {open.isSuccess && <Alert severity="success">{t('backoffice.recoveries.opened', { amount: formatEuros(open.data.recovery.expectedCents) })}</Alert>}
      </Box>
    </Box>
  );
}

/** Money that came in on a recovery, and the day it did (today unless said otherwise). */
function ReceiptDialog({ recovery, pending, error, onConfirm, onClose }: {
  recovery: Recovery; pending: boolean; error: unknown; onConfirm: (body: { amountCents: number; receivedOn: string }) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useSchemaForm(receiptOrder, { defaultValues: { receivedOn: brusselsDate(new Date()) } });
  useServerProblems(form, error, ['amountCents', 'receivedOn']);
  const confirm = form.handleSubmit((body) => onConfirm(body));
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{t('backoffice.recoveries.receiptTitle', { name: recovery.counterparty.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('backoffice.recoveries.receiptText', { expected: formatEuros(recovery.expectedCents), received: formatEuros(recovery.receivedCents) })}
        </DialogContentText>
        <TextField label={t('backoffice.recoveries.amount')} {...fieldProps(form, 'amountCents', asCents)} required autoFocus fullWidth margin="normal" />
        <TextField type="date" label={t('backoffice.recoveries.receivedOn')} {...fieldProps(form, 'receivedOn')} required fullWidth margin="normal"
          slotProps={{ inputLabel: { shrink: true } }} />
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={pending} aria-busy={pending}>{t('backoffice.recoveries.recordReceipt')}</Button>
      </DialogActions>
    </Dialog>
  );
}
