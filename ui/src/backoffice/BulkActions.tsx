import {
  Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, MenuItem, TextField, Toolbar, Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkResult, useBulkMessage, useBulkReassign } from '../api/assignment';
import { useHandlers } from '../api/claims';
import { useMe } from '../api/session';
import { ErrorAlert } from '../layout/feedback';

type Action = 'reassign' | 'message';

/** What a bulk command did: how many claims, and for each refused one, why. */
function BulkOutcome({ result }: { result: BulkResult }) {
  const { t } = useTranslation();
  const refused = result.results.filter((item) => !item.ok);
  return (
    <Alert severity={result.failed ? 'warning' : 'success'} sx={{ mt: 1 }}>
      {t('assignmentUi.bulk.done', { succeeded: result.succeeded, failed: result.failed })}
      {refused.length > 0 && (
        <List dense disablePadding>
          {refused.map((item) => (
            <ListItem key={item.claimId} disableGutters>{t('assignmentUi.bulk.refused', { claim: item.claimNumber ?? item.claimId, message: item.error?.message ?? '' })}</ListItem>
          ))}
        </List>
      )}
    </Alert>
  );
}

/**
 * Work on a selection of claims at once: reassign them to one handler (senior handlers: an absence, a catastrophe),
 * or write the same message to their customers. Each claim is changed, and recorded, on its own; the outcome says
 * per claim what was refused. Used by the work queue and by a catastrophe event's view.
 */
export function BulkActions({ claimIds, onDone }: { claimIds: string[]; onDone?: () => void }) {
  const { t } = useTranslation();
  const senior = useMe().data?.user.role === 'senior_handler';
  const [open, setOpen] = useState<Action | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const count = claimIds.length;
  const start = (action: Action) => { setResult(null); setOpen(action); };
  const finished = (outcome: BulkResult) => { setOpen(null); setResult(outcome); onDone?.(); };

  return (
    <Box>
      <Toolbar role="toolbar" aria-label={t('assignmentUi.bulk.toolbar')} disableGutters variant="dense" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Typography aria-live="polite" sx={{ mr: 1 }}>{t('assignmentUi.bulk.selected', { count })}</Typography>
        {senior && <Button variant="outlined" size="small" disabled={!count} onClick={() => start('reassign')}>{t('assignmentUi.bulk.reassign')}</Button>}
        <Button variant="outlined" size="small" disabled={!count} onClick={() => start('message')}>{t('assignmentUi.bulk.message')}</Button>
      </Toolbar>
      <Box role="status" aria-live="polite">{result && <BulkOutcome result={result} />}</Box>
      {open === 'reassign' && <ReassignDialog claimIds={claimIds} onClose={() => setOpen(null)} onDone={finished} />}
      {open === 'message' && <MessageDialog claimIds={claimIds} onClose={() => setOpen(null)} onDone={finished} />}
    </Box>
  );
}

interface DialogProps { claimIds: string[]; onClose: () => void; onDone: (result: BulkResult) => void }

function BulkDialog({ title, pending, error, confirmLabel, canConfirm, onConfirm, onClose, children }: {
  title: string; pending: boolean; error: unknown; confirmLabel: string; canConfirm: boolean; onConfirm: () => void; onClose: () => void; children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {children}
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('assignmentUi.bulk.close')}</Button>
        <Button variant="contained" disabled={pending || !canConfirm} onClick={onConfirm} aria-busy={pending}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}

function ReassignDialog({ claimIds, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const staff = useHandlers();
  const reassign = useBulkReassign();
  const [handlerId, setHandlerId] = useState('');
  const [reason, setReason] = useState('');
  return (
    <BulkDialog title={t('assignmentUi.bulk.reassignTitle', { count: claimIds.length })} pending={reassign.isPending} error={reassign.error ?? staff.error}
      confirmLabel={t('assignmentUi.bulk.confirmReassign')} canConfirm={Boolean(handlerId)} onClose={onClose}
      onConfirm={() => reassign.mutate({ claimIds, handlerId, ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: onDone })}>
      <TextField select label={t('assignmentUi.bulk.handler')} value={handlerId} onChange={(event) => setHandlerId(event.target.value)} required>
        {(staff.data ?? []).map((member) => (
          <MenuItem key={member.id} value={member.id}>{member.name} — {t('assignmentUi.bulk.openClaims', { count: member.openClaims })}</MenuItem>
        ))}
      </TextField>
      <TextField label={t('assignmentUi.bulk.reason')} value={reason} onChange={(event) => setReason(event.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
    </BulkDialog>
  );
}

function MessageDialog({ claimIds, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const send = useBulkMessage();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  return (
    <BulkDialog title={t('assignmentUi.bulk.messageTitle', { count: claimIds.length })} pending={send.isPending} error={send.error}
      confirmLabel={t('assignmentUi.bulk.send')} canConfirm={Boolean(subject.trim() && body.trim())} onClose={onClose}
      onConfirm={() => send.mutate({ claimIds, subject: subject.trim(), body: body.trim() }, { onSuccess: onDone })}>
      <TextField label={t('assignmentUi.bulk.subject')} value={subject} onChange={(event) => setSubject(event.target.value)} required slotProps={{ htmlInput: { maxLength: 200 } }} />
      <TextField label={t('assignmentUi.bulk.body')} value={body} onChange={(event) => setBody(event.target.value)} required multiline minRows={4} slotProps={{ htmlInput: { maxLength: 10000 } }} />
    </BulkDialog>
  );
}
