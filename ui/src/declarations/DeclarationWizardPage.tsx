import { Alert, Box, Button, Link, Paper, Step, StepButton, Stepper, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../api/session';
import { ConfirmationStep } from './ConfirmationStep';
import { Data, FieldPath, pathKey, problemsByPath, withDefaults } from './form-data';
import { ReviewStep } from './ReviewStep';
import { SchemaFields } from './SchemaFields';
import { SaveState, useDraftAutosave } from './useDraftAutosave';
import { formSchemaOf, isSimplified } from './variant';
import { type Declaration, declarationActions, declarationsOf, type DeclarationTypeInfo, useDeclaration, useDeclarationTypes } from '../api/declarations';

/**
 * Steps 1 to 4 each show one part of the data; what belongs to no part goes with the damage. The simplified
 * flag shows there only on the simplified path, where switching it off turns the form into the full one
 * (what the API asks of a serious accident); the full path was chosen before the wizard started.
 */
const sections: Record<number, string[]> = { 1: ['event'], 2: ['parties'], 3: ['damage'], 4: ['contact'] };
const sectionKeys = Object.values(sections).flat();
const lastEditableStep = 5;
const clampStep = (step: number) => Math.min(Math.max(step, 1), lastEditableStep);

/** The wizard of one declaration (`/declarations/:id`): resumes a draft at its saved step, or confirms a submitted one. */
export function DeclarationWizardPage() {
  const { t } = useTranslation();
  const declarationId = useParams().declarationId!;
  const organisationId = useMe().data!.activeOrganisationId!;
  const base = `${declarationsOf(organisationId)}/${declarationId}`;
  const [loads, setLoads] = useState(0);
  const declaration = useDeclaration(organisationId, declarationId);
  const types = useDeclarationTypes();
  const typeInfo = types.data?.find((info) => info.type === declaration.data?.type);

  const reload = async () => {
    await declaration.refetch();
    setLoads((count) => count + 1);
  };

  return (
    <>
      <Link component={RouterLink} to="/declarations">{t('wizard.drafts')}</Link>
      <PageHeading>{typeInfo ? `${t('wizard.title')}: ${typeInfo.names[currentLanguage()]}` : t('wizard.title')}</PageHeading>
      {(declaration.isPending || types.isPending) && <Loading />}
      {declaration.error && <ErrorAlert error={declaration.error} />}
      {types.error && <ErrorAlert error={types.error} />}
      {declaration.data?.sealed && <Alert severity="info" data-testid="declaration-sealed">{t('myClaims.sealed')}</Alert>}
      {declaration.data && !declaration.data.sealed && typeInfo && <Wizard key={`${declaration.data.id}:${loads}`} initial={declaration.data} typeInfo={typeInfo} base={base} onReload={reload} />}
    </>
  );
}

function Wizard({ initial, typeInfo, base, onReload }: { initial: Declaration; typeInfo: DeclarationTypeInfo; base: string; onReload: () => void }) {
  const { t } = useTranslation();
  const [declaration, setDeclaration] = useState(initial);
  const startData = useMemo(() => withDefaults(formSchemaOf(typeInfo, initial.data), initial.data) as Data, [typeInfo, initial.data]);
  const draft = useDraftAutosave(initial, startData, base);
  const simplified = isSimplified(draft.data);
  const schema = formSchemaOf(typeInfo, draft.data);
  const [step, setStep] = useState(initial.status === 'draft' ? clampStep(initial.step) : 6);
  const [missing, setMissing] = useState<{ path: string; message: string }[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const editable = declaration.status === 'draft';

  // The step's heading takes the focus on every step change, so screen readers announce where the user is.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const goTo = (next: number) => {
    setStep(next);
    draft.stepRef.current = next;
    if (editable && next <= lastEditableStep) void draft.save(next);
  };

  const adopt = (next: Declaration) => {
    draft.adopt(next);
    setDeclaration(next);
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    setMissing([]);
    try {
      if (!(await draft.save(lastEditableStep))) return;
      const submitted = await draft.serialised(() => declarationActions(base).submit(draft.version.current));
      adopt(submitted);
      setStep(6);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.problems.length) {
        setMissing(error.problems);
      } else setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const reopened = (next: Declaration) => {
    adopt(next);
    if (next.status === 'draft') setStep(lastEditableStep);
  };

  const stepNames = [1, 2, 3, 4, 5, 6].map((number) => t(`wizard.steps.${number - 1}`));
  // What the last submit refused stays on its field through later saves, until that field changes.
  const change = (path: FieldPath, value: unknown) => {
    draft.change(path, value);
    const key = pathKey(path);
    setMissing((problems) => problems.filter((problem) => problem.path !== key && !problem.path.startsWith(`${key}.`)));
  };
  const errors = { ...problemsByPath(missing), ...draft.errors };
  const context = { data: draft.data, errors, onChange: change, readOnly: !editable };
  const extraKeys = Object.keys(schema.properties ?? {}).filter((key) => !sectionKeys.includes(key) && (key !== 'simplified' || simplified));

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Stepper activeStep={step - 1} nonLinear alternativeLabel aria-label={t('wizard.title')}>
        {stepNames.map((name, index) => (
          <Step key={name} completed={!editable || index + 1 < step}>
            <StepButton
              onClick={() => goTo(index + 1)} disabled={!editable ? index + 1 !== 6 : index + 1 === 6}
              aria-current={index + 1 === step ? 'step' : undefined}
            >
              {name}
            </StepButton>
          </Step>
        ))}
      </Stepper>
      <SaveStatus state={draft.saveState} onReload={onReload} />
      {simplified && editable && <Alert severity="info">{t('wizard.simplifiedNotice')}</Alert>}
      <Paper sx={{ p: 3, display: 'grid', gap: 2 }}>
        <Typography ref={heading} tabIndex={-1} component="h2" variant="h5" sx={{ outline: 'none' }} data-testid="step-heading">
          {t('wizard.stepHeading', { step, name: stepNames[step - 1] })}
        </Typography>
        {step <= 4 && (
          <SchemaFields schema={schema} path={[]} context={context} only={step === 3 ? [...sections[3], ...extraKeys] : sections[step]} />
        )}
        {step === 5 && (
          <ReviewStep declaration={declaration} data={draft.data} base={base} missing={missing} submitting={submitting} onAttachments={adopt} serialised={draft.serialised} onSubmit={() => void submit()} />
        )}
        {submitError ? <ErrorAlert error={submitError} /> : null}
        {step === 6 && <ConfirmationStep declaration={declaration} base={base} onChange={reopened} />}
        {editable && step <= lastEditableStep && (
          <Box sx={{ display: 'flex', gap: 2 }}>
            {step > 1 && <Button variant="outlined" onClick={() => goTo(step - 1)}>{t('wizard.back')}</Button>}
            {step < lastEditableStep && <Button variant="contained" onClick={() => goTo(step + 1)}>{t('wizard.next')}</Button>}
          </Box>
        )}
      </Paper>
    </Box>
  );
}

const timeOfDay = (at: Date) => new Intl.DateTimeFormat(`${currentLanguage()}-BE`, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(at);

/** "Opgeslagen om 14:05", read out politely by screen readers; a colleague's change offers a reload. */
function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Box aria-live="polite" role="status" data-testid="save-status" sx={{ minHeight: 24 }}>
      {state.kind === 'saving' && <Typography variant="body2" color="text.secondary">{t('wizard.saving')}</Typography>}
      {state.kind === 'saved' && <Typography variant="body2" color="text.secondary">{t('wizard.savedAt', { time: timeOfDay(state.at) })}</Typography>}
      {state.kind === 'invalid' && <Alert severity="warning">{t('wizard.notSaved')}</Alert>}
      {state.kind === 'failed' && <Alert severity="error">{state.message}</Alert>}
      {state.kind === 'stale' && (
        <Alert severity="warning" action={<Button color="inherit" onClick={onReload}>{t('wizard.reload')}</Button>}>{t('wizard.stale')}</Alert>
      )}
    </Box>
  );
}
