import {
  Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, List, ListItem, MenuItem, Paper,
  Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProductLine, productLines } from '../../../domain/product-lines';
import {
  type AssignmentDryRun, type AssignmentRule, type AssignmentRuleOrder, customerLanguages, dryRun, removeRule, saveRule,
  useAssignmentRules, useCatastropheChoices, useRulesRefresh,
} from '../api/assignment';
import { useHandlers } from '../api/claims';
import { ApiError } from '../api/client';
import { formatEuros } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ConfirmDialog } from './ConfirmDialog';

/** "4000-4999, 1000" ↔ the postcode ranges a rule stores. */
const rangesText = (ranges: { from: string; to: string }[] = []) => ranges.map(({ from, to }) => (from === to ? from : `${from}-${to}`)).join(', ');
const rangesOf = (text: string) => text.split(/[,;\s]+/).filter(Boolean).map((entry) => {
  const [from, to = from] = entry.split('-');
  return { from, to };
});
const eurosText = (cents: number | null | undefined) => (cents == null ? '' : String(cents / 100));
const centsOf = (text: string) => (text.trim() === '' ? null : Math.round(Number(text.replace(',', '.')) * 100));

/** The form's values, as text where the person types. */
interface Draft {
  name: string; priority: string; active: boolean; productLines: string[]; minAmount: string; maxAmount: string; customerLanguages: string[];
  postcodes: string; catastropheId: string; handlerIds: string[]; matchCustomerLanguage: boolean;
}
const draftOf = (rule: AssignmentRule | null, nextPriority: number): Draft => ({
  name: rule?.name ?? '', priority: String(rule?.priority ?? nextPriority), active: rule?.active ?? true,
  productLines: rule?.conditions.productLines ?? [], minAmount: eurosText(rule?.conditions.minAmountCents), maxAmount: eurosText(rule?.conditions.maxAmountCents),
  customerLanguages: rule?.conditions.customerLanguages ?? [], postcodes: rangesText(rule?.conditions.postcodeRanges),
  catastropheId: rule?.conditions.catastropheId ?? '', handlerIds: rule?.handlers.map((handler) => handler.id) ?? [],
  matchCustomerLanguage: rule?.matchCustomerLanguage ?? false,
});
const orderOf = (draft: Draft): AssignmentRuleOrder => ({
  name: draft.name, priority: Number(draft.priority), active: draft.active, handlerIds: draft.handlerIds, matchCustomerLanguage: draft.matchCustomerLanguage,
  conditions: {
    ...(draft.productLines.length ? { productLines: draft.productLines as ProductLine[] } : {}),
    minAmountCents: centsOf(draft.minAmount), maxAmountCents: centsOf(draft.maxAmount),
    ...(draft.customerLanguages.length ? { customerLanguages: draft.customerLanguages as (typeof customerLanguages)[number][] } : {}),
    ...(draft.postcodes.trim() ? { postcodeRanges: rangesOf(draft.postcodes) } : {}),
    catastropheId: draft.catastropheId || null,
  },
});

/** The server's problem with a field (or anything under it), in the reader's language. */
const problemOf = (error: unknown, path: string) =>
  (error instanceof ApiError ? error.problems.find((problem) => problem.path === path || problem.path.startsWith(`${path}.`))?.message : undefined);

/** A rule's conditions in words: what claims it takes. */
function ConditionsText({ rule }: { rule: AssignmentRule }) {
  const { t } = useTranslation();
  const { conditions } = rule;
  const parts = [
    conditions.productLines?.length ? t('assignmentUi.rules.condition.productLines', { values: conditions.productLines.map((line) => t(`productLine.${line}`)).join(', ') }) : null,
    conditions.minAmountCents != null || conditions.maxAmountCents != null
      ? t('assignmentUi.rules.condition.amount', { from: formatEuros(conditions.minAmountCents ?? 0), to: conditions.maxAmountCents == null ? '…' : formatEuros(conditions.maxAmountCents) }) : null,
    conditions.customerLanguages?.length ? t('assignmentUi.rules.condition.customerLanguages', { values: conditions.customerLanguages.map((code) => t('language.name', { lng: code })).join(', ') }) : null,
    conditions.postcodeRanges?.length ? t('assignmentUi.rules.condition.postcodeRanges', { values: rangesText(conditions.postcodeRanges) }) : null,
    conditions.catastropheId ? t('assignmentUi.rules.condition.catastrophe') : null,
  ].filter(Boolean);
  return <>{parts.length ? parts.join(' · ') : t('assignmentUi.rules.any')}</>;
}

function RuleDialog({ rule, nextPriority, onClose, onSaved }: { rule: AssignmentRule | null; nextPriority: number; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [draft, setDraft] = useState(() => draftOf(rule, nextPriority));
  const staff = useHandlers();
  const catastrophes = useCatastropheChoices();
  const save = useMutation({ mutationFn: (order: AssignmentRuleOrder) => saveRule(rule?.id ?? null, order), onSuccess: (saved) => onSaved(saved.name) });
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const problem = (path: string) => {
    const message = problemOf(save.error, path);
    return message ? { error: true, helperText: message } : {};
  };
  const many = (value: unknown) => (typeof value === 'string' ? value.split(',') : (value as string[]));

  return (
    <Dialog open onClose={save.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{rule ? t('assignmentUi.rules.editTitle', { name: rule.name }) : t('assignmentUi.rules.addTitle')}</DialogTitle>
      <DialogContent>
        <Box component="form" noValidate id={`${titleId}-form`} onSubmit={(event) => { event.preventDefault(); save.mutate(orderOf(draft)); }}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
          <TextField label={t('assignmentUi.rules.field.name')} value={draft.name} onChange={(event) => set('name')(event.target.value)} required {...problem('name')} />
          <TextField label={t('assignmentUi.rules.field.priority')} type="number" value={draft.priority} onChange={(event) => set('priority')(event.target.value)} required {...problem('priority')} />
          <TextField select label={t('assignmentUi.rules.field.productLines')} value={draft.productLines} onChange={(event) => set('productLines')(many(event.target.value))}
            slotProps={{ select: { multiple: true } }} {...problem('conditions.productLines')}>
            {productLines.map((line) => <MenuItem key={line} value={line}>{t(`productLine.${line}`)}</MenuItem>)}
          </TextField>
          <TextField select label={t('assignmentUi.rules.field.customerLanguages')} value={draft.customerLanguages} onChange={(event) => set('customerLanguages')(many(event.target.value))}
            slotProps={{ select: { multiple: true } }} {...problem('conditions.customerLanguages')}>
            {customerLanguages.map((code) => <MenuItem key={code} value={code}>{t('language.name', { lng: code })}</MenuItem>)}
          </TextField>
          <TextField label={t('assignmentUi.rules.field.minAmount')} inputMode="decimal" value={draft.minAmount} onChange={(event) => set('minAmount')(event.target.value)} {...problem('conditions.minAmountCents')} />
          <TextField label={t('assignmentUi.rules.field.maxAmount')} inputMode="decimal" value={draft.maxAmount} onChange={(event) => set('maxAmount')(event.target.value)} {...problem('conditions.maxAmountCents')} />
          <TextField label={t('assignmentUi.rules.field.postcodeRanges')} value={draft.postcodes} onChange={(event) => set('postcodes')(event.target.value)}
            helperText={problemOf(save.error, 'conditions.postcodeRanges') ?? t('assignmentUi.rules.field.postcodeRangesHelp')} error={Boolean(problemOf(save.error, 'conditions.postcodeRanges'))} />
          <TextField select label={t('assignmentUi.rules.field.catastrophe')} value={draft.catastropheId} onChange={(event) => set('catastropheId')(event.target.value)} {...problem('conditions.catastropheId')}>
            <MenuItem value="">{t('assignmentUi.rules.field.noCatastrophe')}</MenuItem>
            {(catastrophes.data ?? []).map((event) => <MenuItem key={event.id} value={event.id}>{event.name}</MenuItem>)}
          </TextField>
          <TextField select label={t('assignmentUi.rules.field.handlers')} value={draft.handlerIds} onChange={(event) => set('handlerIds')(many(event.target.value))}
            slotProps={{ select: { multiple: true } }} helperText={problemOf(save.error, 'handlerIds') ?? t('assignmentUi.rules.field.handlersHelp')} error={Boolean(problemOf(save.error, 'handlerIds'))}>
            {(staff.data ?? []).map((member) => <MenuItem key={member.id} value={member.id}>{member.name}</MenuItem>)}
          </TextField>
          <Box sx={{ display: 'grid' }}>
            <FormControlLabel control={<Checkbox checked={draft.matchCustomerLanguage} onChange={(event) => set('matchCustomerLanguage')(event.target.checked)} />}
              label={t('assignmentUi.rules.field.matchCustomerLanguage')} />
            <FormControlLabel control={<Checkbox checked={draft.active} onChange={(event) => set('active')(event.target.checked)} />} label={t('assignmentUi.rules.field.active')} />
          </Box>
        </Box>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={save.isPending}>{t('assignmentUi.rules.cancel')}</Button>
        <Button type="submit" form={`${titleId}-form`} variant="contained" disabled={save.isPending} aria-busy={save.isPending}>{t('assignmentUi.rules.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** Which handler a claim would get under the rules as they are, and why: each rule's outcome in order. */
function DryRunPanel() {
  const { t } = useTranslation();
  const [claimId, setClaimId] = useState('');
  const run = useMutation({ mutationFn: (id: string) => dryRun(id.trim()) });
  const answer: AssignmentDryRun | undefined = run.data;
  const unmetWords = (unmet: string[] = []) => unmet.map((condition) => t(`assignmentUi.rules.dryRun.unmet.${condition}`)).join(', ');
  return (
    <Paper component="section" aria-labelledby="dry-run-heading" sx={{ p: 3, mt: 3 }}>
      <Typography id="dry-run-heading" component="h2" variant="h6">{t('assignmentUi.rules.dryRun.title')}</Typography>
      <Box component="form" noValidate onSubmit={(event) => { event.preventDefault(); run.mutate(claimId); }} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'flex-start' }}>
        <TextField size="small" label={t('assignmentUi.rules.dryRun.claimId')} value={claimId} onChange={(event) => setClaimId(event.target.value)} sx={{ minWidth: { xs: '100%', sm: 420 } }}
          {...(problemOf(run.error, 'claimId') ? { error: true, helperText: problemOf(run.error, 'claimId') } : {})} />
        <Button type="submit" variant="outlined" disabled={!claimId.trim() || run.isPending}>{t('assignmentUi.rules.dryRun.run')}</Button>
      </Box>
      {run.error && !problemOf(run.error, 'claimId') ? <ErrorAlert error={run.error} /> : null}
      <Box role="status" aria-live="polite">
        {answer && (
          <Alert severity={answer.handler ? 'info' : 'warning'} sx={{ mt: 2 }}>
            {!answer.handler ? t('assignmentUi.rules.dryRun.noHandler')
              : answer.rule ? t('assignmentUi.rules.dryRun.result', { handler: answer.handler.name, openClaims: answer.handler.openClaims, rule: answer.rule.name })
                : t('assignmentUi.rules.dryRun.resultWorkload', { handler: answer.handler.name, openClaims: answer.handler.openClaims })}
            {answer.outcomes.length > 0 && (
              <List dense disablePadding>
                {answer.outcomes.map((outcome) => (
                  <ListItem key={outcome.ruleId} disableGutters>
                    {t(`assignmentUi.rules.dryRun.outcome.${outcome.outcome}`, { rule: outcome.ruleName, unmet: unmetWords(outcome.unmet) })}
                  </ListItem>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Box>
    </Paper>
  );
}

/**
 * The assignment rules senior handlers maintain: tried in priority order (lowest first) for every claim that opens
 * without a handler; then the least busy of the rule's handlers takes it. Add, edit, remove; try them on a claim.
 */
export function AssignmentRulesPage() {
  const { t } = useTranslation();
  const rules = useAssignmentRules();
  const refresh = useRulesRefresh();
  const [editing, setEditing] = useState<AssignmentRule | 'new' | null>(null);
  const [removing, setRemoving] = useState<AssignmentRule | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const remove = useMutation({ mutationFn: (rule: AssignmentRule) => removeRule(rule.id) });
  const nextPriority = Math.max(0, ...(rules.data ?? []).map((rule) => rule.priority)) + 10;

  return (
    <>
      <PageHeading>{t('assignmentUi.rules.title')}</PageHeading>
      <Typography sx={{ my: 2, maxWidth: '75ch' }}>{t('assignmentUi.rules.intro')}</Typography>
      <Button variant="contained" onClick={() => { setSaid(null); setEditing('new'); }}>{t('assignmentUi.rules.add')}</Button>
      <Box role="status" aria-live="polite">{said && <Alert severity="success" sx={{ mt: 2 }}>{said}</Alert>}</Box>
      {rules.error && <ErrorAlert error={rules.error} />}
      {rules.isLoading && <Loading />}
      {rules.data?.length === 0 && <Typography sx={{ mt: 2 }}>{t('assignmentUi.rules.none')}</Typography>}
      {rules.data && rules.data.length > 0 && (
        <TableContainer component={Paper} sx={{ mt: 2 }}>
          <Table size="small" aria-label={t('assignmentUi.rules.title')}>
            <TableHead>
              <TableRow>
                {(['priority', 'name', 'conditions', 'handlers', 'active', 'actions'] as const).map((column) => (
                  <TableCell key={column}>{t(`assignmentUi.rules.column.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rules.data.map((rule) => (
                <TableRow key={rule.id} data-testid={`rule-${rule.id}`}>
                  <TableCell>{rule.priority}</TableCell>
                  <TableCell>{rule.name}</TableCell>
                  <TableCell><ConditionsText rule={rule} /></TableCell>
                  <TableCell>
                    {rule.handlers.length ? rule.handlers.map((handler) => handler.name).join(', ') : t('assignmentUi.rules.anyHandler')}
                    {rule.matchCustomerLanguage && ` (${t('assignmentUi.rules.writesLanguage')})`}
                  </TableCell>
                  <TableCell>{rule.active ? t('assignmentUi.rules.yes') : t('assignmentUi.rules.no')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => { setSaid(null); setEditing(rule); }} aria-label={`${t('assignmentUi.rules.edit')} ${rule.name}`}>{t('assignmentUi.rules.edit')}</Button>
                    <Button size="small" color="error" onClick={() => { setSaid(null); remove.reset(); setRemoving(rule); }} aria-label={`${t('assignmentUi.rules.remove')} ${rule.name}`}>{t('assignmentUi.rules.remove')}</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <DryRunPanel />
      {editing && (
        <RuleDialog rule={editing === 'new' ? null : editing} nextPriority={nextPriority} onClose={() => setEditing(null)}
          onSaved={(name) => { setEditing(null); setSaid(t('assignmentUi.rules.saved', { name })); void refresh(); }} />
      )}
      {removing && (
        <ConfirmDialog title={t('assignmentUi.rules.removeTitle', { name: removing.name })} text={t('assignmentUi.rules.removeText')} danger
          confirmLabel={t('assignmentUi.rules.remove')} pending={remove.isPending} error={remove.error} onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing, {
            onSuccess: () => { setSaid(t('assignmentUi.rules.removed', { name: removing.name })); setRemoving(null); void refresh(); },
          })} />
      )}
    </>
  );
}
