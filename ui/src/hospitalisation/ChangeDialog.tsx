import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../domain/hospitalisation';
import { currentLanguage } from '../i18n';
import { ErrorAlert } from '../layout/feedback';
import { ChangeFields } from './ChangeFields';
import { ChangeReview } from './ChangeReview';
import { useSchemaForm, useServerProblems } from '../api/forms';
import { dataOf, draftSchemaOf, emptyForm, fieldsOf, FormField, formOf, withPerson } from './change-data';
import { changeActions, useChangesRefresh, useHospitalisationBase } from '../api/hospitalisation';
import type { InsuredPerson, RegisterChange } from '../api/hospitalisation';

/** What the dialog opens: a new change of a kind (about a person, from the register), or a draft to resume. */
export type ChangeRequest = { kind: ChangeKind; personId?: string; draft?: RegisterChange };

type Busy = 'saving' | 'submitting' | 'withdrawing';

const timeOfDay = (at: Date) => new Intl.DateTimeFormat(`${currentLanguage()}-BE`, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(at);

/**
 * One change to the register: fill in, save as a draft (the first save starts its workflow), review, submit.
 * A draft can be withdrawn here too; after submitting, only from the list.
 */
export function ChangeDialog({ request, ownEntryId, persons, onClose, onDone }: {
  request: ChangeRequest; ownEntryId: string | null; persons: InsuredPerson[]; onClose: () => void; onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const base = useHospitalisationBase()!;
  const { kind } = request;
  const [change, setChange] = useState<RegisterChange | null>(request.draft ?? null);
  const draftSchema = useMemo(() => draftSchemaOf(kind), [kind]);
  const form = useSchemaForm(draftSchema, {
    defaultValues: request.draft ? formOf(request.draft, persons) : withPerson(emptyForm, kind, request.personId ?? '', persons),
  });
  const values = form.watch();
  const [error, setError] = useState<unknown>(null);
  // The draft schema checks the form before every call; what only the server knows (completeness, the register) goes under the fields it names.
  const elsewhere = useServerProblems(form, error, [...fieldsOf[kind], 'effectiveDate']);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const data = dataOf(kind, values, persons, ownEntryId);
  const refreshChanges = useChangesRefresh();
  const actions = changeActions(base);

  /** Runs one call to the API; a refusal shows the server's reason, and its field problems next to the fields. */
  const run = async <T,>(what: Busy, call: () => Promise<T>): Promise<T | null> => {
    setBusy(what);
    setError(null);
    try {
      return await call();
    } catch (failure) {
      setError(failure);
      return null;
    } finally {
      setBusy(null);
    }
  };

  /** Saves the draft once the form's fields are well-formed; null when they are not, or the server refuses. */
  const save = () => new Promise<RegisterChange | null>((resolve) => {
    void form.handleSubmit(async () => resolve(await saveDraft()), () => resolve(null))();
  });

  const saveDraft = async () => {
    const body = { data, effectiveDate: values.effectiveDate || null };
    const saved = await run('saving', () => actions.save(change, kind, body));
    if (saved) {
      setChange(saved);
      setSavedAt(new Date());
      void refreshChanges();
    }
    return saved;
  };

  const review = async () => {
    if (await save()) setReviewing(true);
  };

  const finish = async (what: Busy, action: 'submit' | 'withdraw', message: string) => {
    const done = await run(what, () => actions.finish(change!, action));
    if (!done) return setReviewing(false); // back to the form, where the refused fields are marked
    await refreshChanges();
    onDone(message);
  };

  /** Another person: their data as the register has it fills the form; a field that shows a problem is checked again. */
  const setPerson = (personId: string) => {
    for (const [field, value] of Object.entries(withPerson(form.getValues(), kind, personId, persons))) {
      form.setValue(field as FormField, value, { shouldDirty: true, shouldValidate: Boolean(form.getFieldState(field as FormField).error) });
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="change-title" fullWidth maxWidth="sm">
      <DialogTitle id="change-title">{reviewing ? `${t('groupHospitalisation.review.title')}: ${t(`groupHospitalisation.kind.${kind}`)}` : t(`groupHospitalisation.kind.${kind}`)}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {reviewing
          ? <ChangeReview data={data} effectiveDate={values.effectiveDate} persons={persons} />
          : <ChangeFields kind={kind} form={form} elsewhere={elsewhere} persons={persons} onPerson={setPerson} />}
        <Box role="status" aria-live="polite" data-testid="change-progress" sx={{ minHeight: 24 }}>
          {busy && <><LinearProgress aria-label={t(`groupHospitalisation.form.${busy}`)} /><Typography variant="body2">{t(`groupHospitalisation.form.${busy}`)}</Typography></>}
          {!busy && savedAt && <Typography variant="body2" color="text.secondary">{t('groupHospitalisation.form.savedAt', { time: timeOfDay(savedAt) })}</Typography>}
        </Box>
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {change && (
          <Button color="error" disabled={busy !== null} onClick={() => void finish('withdrawing', 'withdraw', t('groupHospitalisation.changes.withdrawn'))}>
            {t('groupHospitalisation.form.withdraw')}
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button disabled={busy !== null} onClick={onClose}>{t('groupHospitalisation.form.close')}</Button>
        {reviewing ? (
          <>
            <Button variant="outlined" disabled={busy !== null} onClick={() => setReviewing(false)}>{t('groupHospitalisation.review.back')}</Button>
            <Button variant="contained" disabled={busy !== null} onClick={() => void finish('submitting', 'submit', t('groupHospitalisation.changes.submitted'))}>
              {t('groupHospitalisation.review.confirm')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="outlined" disabled={busy !== null} onClick={() => void save()}>{t('groupHospitalisation.form.saveDraft')}</Button>
            <Button variant="contained" disabled={busy !== null} onClick={() => void review()}>{t('groupHospitalisation.form.review')}</Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
