import { MenuItem, TextField } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../../../domain/rules/calendar';
import { fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import {
  agreementProposal, type BenefitsFile, benefitsActions, ratificationInput, revisionRequesters, revisionRequestInput, signatureInput, useBenefitsAction,
} from '../../api/workplace-benefits';
import { capitalised } from '../status-words';
import { asNumber, BenefitForm, dateField } from './BenefitForm';

/**
 * The handler's steps of the agreement, each when it is the next one: propose it (consolidation date and degree), record
 * the victim's signature on paper, record Fedris' ratification, and, during the revision period, ask for a revision.
 */
export function AgreementForms({ claimId, benefits }: { claimId: string; benefits: BenefitsFile }) {
  const { agreement, revision } = benefits;
  if (!agreement) return <ProposeAgreementForm claimId={claimId} />;
  if (!agreement.acceptance) return <SignatureForm claimId={claimId} />;
  if (!agreement.ratification) return <RatificationForm claimId={claimId} />;
  if (!revision.ended) return <RevisionRequestForm claimId={claimId} degree={agreement.degreePercent} consolidationDate={agreement.consolidationDate} />;
  return null;
}

function ProposeAgreementForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(agreementProposal, { defaultValues: { consolidationDate: '' } });
  const propose = useBenefitsAction(claimId, benefitsActions(claimId).proposeAgreement);
  useServerProblems(form, propose.error, ['consolidationDate', 'degreePercent']);
  return (
    <BenefitForm title={t('benefitsUi.propose.title')} submitLabel={t('benefitsUi.propose.submit')} pending={propose.isPending} error={propose.error}
      done={propose.isSuccess ? t('benefitsUi.propose.done') : null} onSubmit={form.handleSubmit((body) => propose.mutate(body))}>
      <TextField size="small" required {...dateField} label={t('benefitsUi.propose.consolidationDate')} {...fieldProps(form, 'consolidationDate')} />
      <TextField size="small" required label={t('benefitsUi.propose.degree')} {...fieldProps(form, 'degreePercent', asNumber)} sx={{ width: 200 }} />
    </BenefitForm>
  );
}

function SignatureForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(signatureInput, { defaultValues: { signedOn: brusselsDate(new Date()) } });
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordSignature);
  useServerProblems(form, record.error, ['signedOn']);
  return (
    <BenefitForm title={t('benefitsUi.signature.title')} submitLabel={t('benefitsUi.signature.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.signature.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <TextField size="small" required {...dateField} label={t('benefitsUi.signature.signedOn')} {...fieldProps(form, 'signedOn')} />
    </BenefitForm>
  );
}

function RatificationForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(ratificationInput, { defaultValues: { ratifiedOn: brusselsDate(new Date()), reference: '' } });
  const ratify = useBenefitsAction(claimId, benefitsActions(claimId).ratify);
  useServerProblems(form, ratify.error, ['ratifiedOn', 'reference']);
  return (
    <BenefitForm title={t('benefitsUi.ratification.title')} submitLabel={t('benefitsUi.ratification.submit')} pending={ratify.isPending} error={ratify.error}
      done={ratify.isSuccess ? t('benefitsUi.ratification.done') : null} onSubmit={form.handleSubmit((body) => ratify.mutate(body))}>
      <TextField size="small" required {...dateField} label={t('benefitsUi.ratification.ratifiedOn')} {...fieldProps(form, 'ratifiedOn')} />
      <TextField size="small" required label={t('benefitsUi.ratification.reference')} {...fieldProps(form, 'reference')} />
    </BenefitForm>
  );
}

function RevisionRequestForm({ claimId, degree, consolidationDate }: { claimId: string; degree: number; consolidationDate: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(revisionRequestInput, { defaultValues: { by: 'victim', reason: '', newDegreePercent: degree, consolidationDate } });
  const request = useBenefitsAction(claimId, benefitsActions(claimId).requestRevision);
  useServerProblems(form, request.error, ['by', 'reason', 'newDegreePercent', 'consolidationDate']);
  return (
    <BenefitForm title={t('benefitsUi.revisionRequest.title')} submitLabel={t('benefitsUi.revisionRequest.submit')} pending={request.isPending} error={request.error}
      done={request.isSuccess ? t('benefitsUi.revisionRequest.done') : null} onSubmit={form.handleSubmit((body) => request.mutate(body))}>
      <Controller control={form.control} name="by" render={({ field }) => (
        <TextField select size="small" label={t('benefitsUi.revisionRequest.by')} {...field} sx={{ minWidth: 160 }}>
          {revisionRequesters.map((by) => <MenuItem key={by} value={by}>{capitalised(t(`benefitsUi.revision.by.${by}`))}</MenuItem>)}
        </TextField>
      )} />
      <TextField size="small" required label={t('benefitsUi.revisionRequest.degree')} {...fieldProps(form, 'newDegreePercent', asNumber)} sx={{ width: 200 }} />
      <TextField size="small" required {...dateField} label={t('benefitsUi.revisionRequest.consolidationDate')} {...fieldProps(form, 'consolidationDate')} />
      <TextField size="small" required multiline label={t('benefitsUi.revisionRequest.reason')} {...fieldProps(form, 'reason')} sx={{ minWidth: 320 }} />
    </BenefitForm>
  );
}
