import { Box, Button, FormControl, FormControlLabel, FormLabel, Link, Paper, Radio, RadioGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { coveringProductLines, DeclarationType } from '../../../domain/declaration-types';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../api/session';
import { useDeclarationTypes, useStartDeclaration } from '../api/declarations';
import { startDataOf } from './variant';
import { usePolicies } from '../api/policies';
import { useSchemaForm } from '../api/forms';
import { chosenType, declarationChoice, type DeclarationChoice, motorTypes, preselected, withoutPolicy } from './declaration-choice';

const isMotor = (type: string) => (motorTypes as readonly string[]).includes(type);

/**
 * Schade aangeven: what happened (motor asks theft or not first, a workplace accident the full or the
 * simplified declaration), under which policy; then the wizard.
 */
export function DeclarePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const organisationId = useMe().data!.activeOrganisationId!;
  const types = useDeclarationTypes();
  const [searchParams] = useSearchParams();
  const [initial] = useState(() => preselected(searchParams.get('type')));
  const form = useSchemaForm(declarationChoice, { defaultValues: initial });
  const { choice, motorKind, variant, policyId } = form.watch();
  const type = chosenType({ choice, motorKind });
  const asksVariant = type === 'workplace_accident';
  const chosen = Boolean(type) && (!asksVariant || Boolean(variant));
  /** A changed answer clears the questions that depended on it. */
  const clear = (...fields: (keyof DeclarationChoice)[]) => fields.forEach((field) => form.setValue(field, ''));

  const policies = usePolicies(organisationId, { status: 'active', pageSize: 200 });
  const refused = policies.error instanceof ApiError && policies.error.status === 403;
  const matching = type ? (policies.data?.items ?? []).filter((policy) => coveringProductLines(type as DeclarationType).includes(policy.productLine as never)) : [];

  const start = useStartDeclaration(organisationId, (declaration) => navigate(`/declarations/${declaration.id}`));
  const startDeclaration = form.handleSubmit((answer) => {
    const chosenPolicy = answer.policyId !== withoutPolicy ? { policyId: answer.policyId } : {};
    start.mutate({ type: chosenType(answer), ...chosenPolicy, data: startDataOf(chosenType(answer), answer.variant), step: 1 });
  });

  const choices = (types.data ?? []).filter((info) => !isMotor(info.type));
  const firstMotor = (types.data ?? []).findIndex((info) => isMotor(info.type));

  return (
    <>
      <PageHeading>{t('wizard.title')}</PageHeading>
      <Link component={RouterLink} to="/declarations">{t('wizard.drafts')}</Link>
      {types.isPending && <Loading />}
      {types.error && <ErrorAlert error={types.error} />}
      {/* Without the right to declare for this organisation, the server's refusal is all there is to see. */}
      {refused && <ErrorAlert error={policies.error} />}
      {types.data && !refused && (
        <Paper sx={{ p: 3, mt: 2, display: 'grid', gap: 3, justifyItems: 'start' }}>
          <FormControl>
            <FormLabel id="declaration-type">{t('wizard.chooseType')}</FormLabel>
            <Controller control={form.control} name="choice" render={({ field }) => (
              <RadioGroup aria-labelledby="declaration-type" value={field.value} onChange={(event) => { field.onChange(event.target.value); clear('motorKind', 'variant', 'policyId'); }}>
                {choices.map((info, index) => [
                  index === firstMotor ? <FormControlLabel key="motor" value="motor" control={<Radio />} label={t('wizard.motor')} /> : null,
                  <FormControlLabel key={info.type} value={info.type} control={<Radio />} label={info.names[language]} />,
                ])}
                {firstMotor >= choices.length && <FormControlLabel value="motor" control={<Radio />} label={t('wizard.motor')} />}
              </RadioGroup>
            )} />
          </FormControl>
          {choice === 'motor' && (
            <FormControl>
              <FormLabel id="motor-kind">{t('wizard.motorQuestion')}</FormLabel>
              <Controller control={form.control} name="motorKind" render={({ field }) => (
                <RadioGroup aria-labelledby="motor-kind" value={field.value} onChange={(event) => { field.onChange(event.target.value); clear('policyId'); }}>
                  <FormControlLabel value="motor_theft" control={<Radio />} label={t('wizard.motorTheft')} />
                  <FormControlLabel value="motor_damage" control={<Radio />} label={t('wizard.motorDamage')} />
                </RadioGroup>
              )} />
            </FormControl>
          )}
          {asksVariant && (
            <FormControl>
              <FormLabel id="workplace-variant">{t('wizard.workplaceQuestion')}</FormLabel>
              <Controller control={form.control} name="variant" render={({ field }) => (
                <RadioGroup aria-labelledby="workplace-variant" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                  <FormControlLabel value="full" control={<Radio />} label={t('wizard.workplaceFull')} />
                  <FormControlLabel value="simplified" control={<Radio />} label={t('wizard.workplaceSimplified')} />
                </RadioGroup>
              )} />
            </FormControl>
          )}
          {chosen && (
            <FormControl>
              <FormLabel id="policy">{t('wizard.choosePolicy')}</FormLabel>
              {policies.isPending && <Loading />}
              {policies.error && <ErrorAlert error={policies.error} />}
              {policies.data && matching.length === 0 && <Typography color="text.secondary">{t('wizard.noPolicies')}</Typography>}
              <Controller control={form.control} name="policyId" render={({ field }) => (
                <RadioGroup aria-labelledby="policy" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                  {matching.map((policy) => (
                    <FormControlLabel key={policy.id} value={policy.id} control={<Radio />} label={`${policy.policyNumber} — ${policy.insuredObject}`} />
                  ))}
                  <FormControlLabel value={withoutPolicy} control={<Radio />} label={t('wizard.withoutPolicy')} />
                </RadioGroup>
              )} />
            </FormControl>
          )}
          {start.error && <ErrorAlert error={start.error} />}
          <Box>
            <Button variant="contained" disabled={!chosen || !policyId || start.isPending} onClick={startDeclaration}>{t('wizard.start')}</Button>
          </Box>
        </Paper>
      )}
    </>
  );
}
