import { Alert, Box, Button, Chip, List, ListItem, ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { diaryPriorities } from '../../../domain/claim/diary';
import { brusselsDate } from '../../../domain/rules/calendar';
import { useHandlers } from '../api/claims';
import { closeDiaryItem, type DiaryItem, diaryItemOrder, diaryKeys, planDiaryItem, useDiary } from '../api/diary';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { useMe } from '../api/session';
import { useKeyedMutation } from '../api/submission';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';

type Closing = { item: DiaryItem; action: 'complete' | 'cancel' };

/**
 * The claim's diary: open items by due day (overdue ones marked), then the closed ones with their note; a handler
 * plans an item for a colleague or themselves, and completes or cancels one with a note. Rule-made items say so.
 */
export function DiaryPanel({ claimId, closed }: { claimId: string; closed: boolean }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const staff = me?.user.role === 'handler' || me?.user.role === 'senior_handler';
  const diary = useDiary(claimId);
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState<Closing | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: diaryKeys.claim(claimId) }), queryClient.invalidateQueries({ queryKey: diaryKeys.myWork }),
  ]);
  const complete = useKeyedMutation(closeDiaryItem('complete'), { onSuccess: () => { setClosing(null); setSaid(t('diaryUi.panel.completed')); void refresh(); } });
  const cancel = useKeyedMutation(closeDiaryItem('cancel'), { onSuccess: () => { setClosing(null); setSaid(t('diaryUi.panel.cancelled')); void refresh(); } });
  const closer = closing?.action === 'cancel' ? cancel : complete;

  return (
    <Paper component="section" aria-labelledby="diary-heading" sx={{ p: 3 }}>
      <Typography id="diary-heading" component="h2" variant="h6">{t('diaryUi.panel.title')}</Typography>
      {diary.isPending && <Loading />}
      {diary.error && <ErrorAlert error={diary.error} />}
      {diary.data?.length === 0 && <Typography>{t('diaryUi.panel.none')}</Typography>}
      {diary.data && diary.data.length > 0 && (
        <List dense aria-label={t('diaryUi.panel.title')}>
          {diary.data.map((item) => (
            <ListItem key={item.id} data-testid={`diary-item-${item.id}`} alignItems="flex-start" disableGutters divider
              secondaryAction={staff && item.status === 'open' ? (
                <Stack direction="row" spacing={1}>
                  <Button size="small" variant="outlined" onClick={() => { setSaid(null); setClosing({ item, action: 'complete' }); }}
                    aria-label={t('diaryUi.panel.completeItem', { subject: item.subject })}>{t('diaryUi.panel.complete')}</Button>
                  <Button size="small" onClick={() => { setSaid(null); setClosing({ item, action: 'cancel' }); }}
                    aria-label={t('diaryUi.panel.cancelItem', { subject: item.subject })}>{t('diaryUi.panel.cancel')}</Button>
                </Stack>
              ) : undefined}
              sx={{ pr: staff && item.status === 'open' ? 28 : 0 }}>
              <ListItemText
                primary={<DiaryItemTitle item={item} />}
                secondary={<>
                  {t('diaryUi.panel.dueLine', { owner: item.owner.name, dueOn: formatDate(item.dueOn) })}
                  {item.closing && <Box component="span" sx={{ display: 'block' }}>{t(`diaryUi.panel.closing.${item.status === 'cancelled' ? 'cancelled' : 'completed'}`, {
                    name: item.closing.by.name, at: formatDateTime(item.closing.at), note: item.closing.note || '—',
                  })}</Box>}
                </>}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Box role="status" aria-live="polite">{said && <Alert severity="success">{said}</Alert>}</Box>
      {staff && (closed ? <Typography sx={{ mt: 2 }}>{t('diaryUi.panel.closedFile')}</Typography> : <PlanItemForm claimId={claimId} onPlanned={refresh} />)}
      {closing && (
        <ConfirmDialog
          title={t(closing.action === 'complete' ? 'diaryUi.panel.completeTitle' : 'diaryUi.panel.cancelTitle')}
          text={closing.item.subject}
          reasonLabel={t('diaryUi.panel.note')}
          confirmLabel={t(closing.action === 'complete' ? 'diaryUi.panel.complete' : 'diaryUi.panel.cancel')}
          danger={closing.action === 'cancel'}
          pending={closer.isPending} error={closer.error}
          onConfirm={(note) => closer.mutate({ itemId: closing.item.id, note })}
          onClose={() => { complete.reset(); cancel.reset(); setClosing(null); }}
        />
      )}
    </Paper>
  );
}

/** The subject with what a handler scans: priority, overdue, planned by a rule, escalated, closed. */
export function DiaryItemTitle({ item }: { item: DiaryItem }) {
  const { t } = useTranslation();
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
      <Box component="span" sx={{ fontWeight: item.status === 'open' ? 600 : 400, textDecoration: item.status === 'cancelled' ? 'line-through' : 'none' }}>{item.subject}</Box>
      {item.priority !== 'normal' && (
        <Chip size="small" variant="outlined" label={t(`diaryUi.priority.${item.priority}`)} sx={{ fontWeight: item.priority === 'high' ? 700 : 400 }} />
      )}
      {item.overdue && <Chip size="small" color="error" label={t('diaryUi.panel.overdue')} />}
      {item.rule && <Chip size="small" variant="outlined" label={t('diaryUi.panel.byRule')} />}
      {item.escalatedAt && <Chip size="small" variant="outlined" color="error" label={t('diaryUi.panel.escalated')} />}
      {item.status !== 'open' && <Chip size="small" label={t(`diaryUi.status.${item.status}`)} />}
    </Box>
  );
}

/** Plans an item: what, for whom (the handlers), when (today or later), how urgent. */
function PlanItemForm({ claimId, onPlanned }: { claimId: string; onPlanned: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const handlers = useHandlers();
  const today = brusselsDate(new Date());
  const defaults = { subject: '', ownerId: me?.user.id ?? '', dueOn: today, priority: 'normal' as const };
  const form = useSchemaForm(diaryItemOrder, { defaultValues: defaults });
  const plan = useKeyedMutation(planDiaryItem(claimId), { onSuccess: () => { form.reset(defaults); void onPlanned(); } });
  useServerProblems(form, plan.error, ['subject', 'ownerId', 'dueOn', 'priority']);
  const submit = form.handleSubmit((body) => plan.mutate(body));

  return (
    <Box component="form" noValidate aria-label={t('diaryUi.panel.plan')} onSubmit={submit} sx={{ display: 'grid', gap: 1.5, mt: 2 }}>
      <Typography component="h3" variant="subtitle1">{t('diaryUi.panel.plan')}</Typography>
      <TextField label={t('diaryUi.panel.subject')} required {...fieldProps(form, 'subject')} />
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' } }}>
        <Controller control={form.control} name="ownerId" render={({ field, fieldState }) => (
          <TextField select label={t('diaryUi.panel.owner')} required value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref}
            error={Boolean(fieldState.error)} helperText={fieldState.error?.message}>
            {(handlers.data ?? []).map((handler) => <MenuItem key={handler.id} value={handler.id}>{handler.name}</MenuItem>)}
          </TextField>
        )} />
        <TextField type="date" label={t('diaryUi.panel.dueOn')} required slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }} {...fieldProps(form, 'dueOn')} />
        <Controller control={form.control} name="priority" render={({ field }) => (
          <TextField select label={t('diaryUi.panel.priority')} value={field.value ?? 'normal'} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref}>
            {diaryPriorities.map((priority) => <MenuItem key={priority} value={priority}>{t(`diaryUi.priority.${priority}`)}</MenuItem>)}
          </TextField>
        )} />
      </Box>
      <Box><Button type="submit" variant="outlined" disabled={plan.isPending} aria-busy={plan.isPending}>{t('diaryUi.panel.planSubmit')}</Button></Box>
      {plan.error && <ErrorAlert error={plan.error} />}
      <Box role="status" aria-live="polite">{plan.isSuccess && <Alert severity="success">{t('diaryUi.panel.planned')}</Alert>}</Box>
    </Box>
  );
}
