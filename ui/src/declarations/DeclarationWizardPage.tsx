import { Alert, Box, Button, Link, Paper, Step, StepButton, Stepper, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useSchemaForm } from '../api/forms';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../api/session';
import { ConfirmationStep } from './ConfirmationStep';
import { type Data, draftSchemaFor, withDefaults } from './form-data';
import { ReviewStep } from './ReviewStep';
import { SaveStatus } from './SaveStatus';
import { SchemaFields } from './SchemaFields';
import { useDraftAutosave } from './useDraftAutosave';
import { useSubmitDeclaration } from './useSubmitDeclaration';
import { wizardSectionKeys, wizardSections } from './wizard-steps';
import { formSchemaOf, isSimplified } from './variant';
import { type Declaration, declarationsOf, type DeclarationTypeInfo, useDeclaration, useDeclarationTypes } from '../api/declarations';

/**
 * Steps 1 to 4 each show one part of the data; what belongs to no part goes with the damage. The simplified
 * flag shows there only on the simplified path, where switching it off turns the form into the full one
 * (what the API asks of a serious accident); the full path was chosen before the wizard started.
 */
const sections: Record<number, string[]> = wizardSections;
const sectionKeys = wizardSectionKeys;
const lastEditableStep = 5;
const clampStep = (step: number) => Math.min(Math.max(step, 1), lastEditableStep);

/** Out of sight, still read by screen readers (the usual clip pattern). */
const labelsForScreenReadersOnly = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px', padding: 0, border: 0 } as const;

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
  const draftSchema = useMemo(() => draftSchemaFor(typeInfo.type), [typeInfo.type]);
  const form = useSchemaForm(draftSchema, { defaultValues: withDefaults(formSchemaOf(typeInfo, initial.data), initial.data) as Data });
  const data = useWatch({ control: form.control }) as Data;
  const draft = useDraftAutosave(initial, form, draftSchema, base);
  const simplified = isSimplified(data);
  const schema = formSchemaOf(typeInfo, data);
  const [step, setStep] = useState(initial.status === 'draft' ? clampStep(initial.step) : 6);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const editable = declaration.status === 'draft';

  const adopt = (next: Declaration) => {
    draft.adopt(next);
    setDeclaration(next);
  };
  const submission = useSubmitDeclaration(form, draft, base, lastEditableStep, (submitted) => {
    adopt(submitted);
    setStep(6);
  });

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

  const reopened = (next: Declaration) => {
    adopt(next);
    if (next.status === 'draft') setStep(lastEditableStep);
  };

  const stepNames = [1, 2, 3, 4, 5, 6].map((number) => t(`wizard.steps.${number - 1}`));
  const extraKeys = Object.keys(schema.properties ?? {}).filter((key) => !sectionKeys.includes(key) && (key !== 'simplified' || simplified));

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {/* On a phone six labels do not fit side by side: the numbers stay, the labels are for screen readers (the heading below names the step). */}
      <Stepper activeStep={step - 1} nonLinear alternativeLabel aria-label={t('wizard.title')} sx={(theme) => ({ [theme.breakpoints.down('sm')]: { '& .MuiStepLabel-labelContainer': labelsForScreenReadersOnly } })}>
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
      <Paper sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2, minWidth: 0 }}>
        <Typography ref={heading} tabIndex={-1} component="h2" variant="h5" sx={{ outline: 'none' }} data-testid="step-heading">
          {t('wizard.stepHeading', { step, name: stepNames[step - 1] })}
        </Typography>
        {step <= 4 && (
          <FormProvider {...form}>
            <SchemaFields schema={schema} path={[]} readOnly={!editable} only={step === 3 ? [...sections[3], ...extraKeys] : sections[step]} />
          </FormProvider>
        )}
        {step === 5 && (
          <ReviewStep
            declaration={declaration} data={data} base={base} missing={submission.missing} submitting={submission.submitting}
            onAttachments={adopt} serialised={draft.serialised} onSubmit={() => void submission.submit()}
          />
        )}
        {submission.error ? <ErrorAlert error={submission.error} /> : null}
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
