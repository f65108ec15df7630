import { Box, Button, FormControl, FormControlLabel, FormLabel, Link, Paper, Radio, RadioGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { coveringProductLines, DeclarationType, declarationTypes } from '../../../domain/declaration-types';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../api/session';
import { useDeclarationTypes, useStartDeclaration } from '../api/declarations';
import { startDataOf, WorkplaceVariant } from './variant';
import { usePolicies } from '../api/policies';

const motorTypes = ['motor_theft', 'motor_damage'];
const withoutPolicy = 'none';

/** `?type=workplace_accident` (the help page's click-through) preselects a type; motor types preselect motor and the kind. */
function preselected(asked: string | null): { choice: string; motorKind: string } {
  if (!declarationTypes.includes(asked as DeclarationType)) return { choice: '', motorKind: '' };
  return motorTypes.includes(asked!) ? { choice: 'motor', motorKind: asked! } : { choice: asked!, motorKind: '' };
}

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
  const [choice, setChoice] = useState(initial.choice);
  const [motorKind, setMotorKind] = useState(initial.motorKind);
  const [variant, setVariant] = useState<WorkplaceVariant | ''>('');
  const [policyId, setPolicyId] = useState('');
  const type = choice === 'motor' ? motorKind : choice;
  const asksVariant = type === 'workplace_accident';
  const chosen = Boolean(type) && (!asksVariant || Boolean(variant));

  const policies = usePolicies(organisationId, { status: 'active', pageSize: 200 });
  const refused = policies.error instanceof ApiError && policies.error.status === 403;
  const matching = type ? (policies.data?.items ?? []).filter((policy) => coveringProductLines(type as DeclarationType).includes(policy.productLine as never)) : [];

  const start = useStartDeclaration(organisationId, (declaration) => navigate(`/declarations/${declaration.id}`));
  const startDeclaration = () => start.mutate({ type, ...(policyId && policyId !== withoutPolicy ? { policyId } : {}), data: startDataOf(type, variant), step: 1 });

  const choices = (types.data ?? []).filter((info) => !motorTypes.includes(info.type));
  const firstMotor = (types.data ?? []).findIndex((info) => motorTypes.includes(info.type));

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
            <RadioGroup aria-labelledby="declaration-type" value={choice} onChange={(event) => { setChoice(event.target.value); setMotorKind(''); setVariant(''); setPolicyId(''); }}>
              {choices.map((info, index) => [
                index === firstMotor ? <FormControlLabel key="motor" value="motor" control={<Radio />} label={t('wizard.motor')} /> : null,
                <FormControlLabel key={info.type} value={info.type} control={<Radio />} label={info.names[language]} />,
              ])}
              {firstMotor >= choices.length && <FormControlLabel value="motor" control={<Radio />} label={t('wizard.motor')} />}
            </RadioGroup>
          </FormControl>
          {choice === 'motor' && (
            <FormControl>
              <FormLabel id="motor-kind">{t('wizard.motorQuestion')}</FormLabel>
              <RadioGroup aria-labelledby="motor-kind" value={motorKind} onChange={(event) => { setMotorKind(event.target.value); setPolicyId(''); }}>
                <FormControlLabel value="motor_theft" control={<Radio />} label={t('wizard.motorTheft')} />
                <FormControlLabel value="motor_damage" control={<Radio />} label={t('wizard.motorDamage')} />
              </RadioGroup>
            </FormControl>
          )}
          {asksVariant && (
            <FormControl>
              <FormLabel id="workplace-variant">{t('wizard.workplaceQuestion')}</FormLabel>
              <RadioGroup aria-labelledby="workplace-variant" value={variant} onChange={(event) => setVariant(event.target.value as WorkplaceVariant)}>
                <FormControlLabel value="full" control={<Radio />} label={t('wizard.workplaceFull')} />
                <FormControlLabel value="simplified" control={<Radio />} label={t('wizard.workplaceSimplified')} />
              </RadioGroup>
            </FormControl>
          )}
          {chosen && (
            <FormControl>
              <FormLabel id="policy">{t('wizard.choosePolicy')}</FormLabel>
              {policies.isPending && <Loading />}
              {policies.error && <ErrorAlert error={policies.error} />}
              {policies.data && matching.length === 0 && <Typography color="text.secondary">{t('wizard.noPolicies')}</Typography>}
              <RadioGroup aria-labelledby="policy" value={policyId} onChange={(event) => setPolicyId(event.target.value)}>
                {matching.map((policy) => (
                  <FormControlLabel key={policy.id} value={policy.id} control={<Radio />} label={`${policy.policyNumber} — ${policy.insuredObject}`} />
                ))}
                <FormControlLabel value={withoutPolicy} control={<Radio />} label={t('wizard.withoutPolicy')} />
              </RadioGroup>
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
