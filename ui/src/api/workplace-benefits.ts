import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  AgreementProposal, BenefitsFile, BenefitsOpening, CertificateInput, CustomerBenefits, DeathInput, DetailedWageInput, MedicalCheckInput, OtherEmployerInput,
  PayslipInput, RatificationInput, RevisionRequestInput, SignatureInput,
} from '../../../contract/workplace-benefits';
import { ApiError, api } from './client';
import { claimKeys } from './claims';
import { useKeyedMutation } from './submission';

export type {
  AgreementView, BaseWageView, BenefitPaymentView, BenefitsFile, CertificateView, ComputationLineView, CustomerBenefits, PeriodView,
} from '../../../contract/workplace-benefits';
export {
  agreementProposal, benefitsOpening, certificateInput, certificateKinds, deathInput, detailedWageInput, medicalCheckInput, otherEmployerInput, payslipInput,
  ratificationInput, revisionRequesters, revisionRequestInput, signatureInput, workerStatuses,
} from '../../../contract/workplace-benefits';

/** The benefits file of a workplace accident (arbeidsongeval): keys defined once. */
export const benefitsKeys = {
  file: (claimId: string) => ['backoffice-benefits', claimId] as const,
  customer: (organisationId: string, claimId: string) => ['customer-benefits', organisationId, claimId] as const,
};

const benefitsOf = (claimId: string) => `/backoffice/claims/${claimId}/benefits`;
const customerBenefitsOf = (organisationId: string, claimId: string) => `/organisations/${organisationId}/claims/${claimId}/benefits`;

/** A file not opened yet is no error: it reads as null. */
const orNone = async <T>(read: Promise<T>): Promise<T | null> => {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

/** The back office's benefits file, read again in another language (its sentences are worded by the server). */
export function useBenefits(claimId: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: [...benefitsKeys.file(claimId), i18n.language], queryFn: () => orNone(api.get<BenefitsFile>(benefitsOf(claimId))) });
}

/** The customer's view of the benefits file of their claim: null when there is none. */
export function useCustomerBenefits(organisationId: string, claimId: string, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...benefitsKeys.customer(organisationId, claimId), i18n.language], enabled,
    queryFn: () => orNone(api.get<CustomerBenefits>(customerBenefitsOf(organisationId, claimId))),
  });
}

/** What the handler does with the benefits file, each on its own endpoint with the submission's Idempotency-Key. */
export const benefitsActions = (claimId: string) => {
  const file = benefitsOf(claimId);
  const post = <B>(path: string) => (body: B, idempotencyKey: string) => api.post<BenefitsFile>(`${file}${path}`, body, { idempotencyKey });
  return {
    open: post<BenefitsOpening>(''),
    recordCertificate: post<CertificateInput>('/certificates'),
    recordDetailedWage: post<DetailedWageInput>('/detailed-wage'),
    recordPayslip: post<PayslipInput>('/payslips'),
    recordMedicalCheck: post<MedicalCheckInput>('/medical-checks'),
    recordOtherEmployer: post<OtherEmployerInput>('/other-employers'),
    proposeAgreement: post<AgreementProposal>('/agreement'),
    recordSignature: post<SignatureInput>('/agreement/signature'),
    ratify: post<RatificationInput>('/agreement/ratification'),
    requestRevision: post<RevisionRequestInput>('/revision-requests'),
    recordDeath: post<DeathInput>('/death'),
  };
};

/** An action on the benefits file; afterwards the file, the claim (its money and letters) are read again. */
export function useBenefitsAction<B>(claimId: string, call: (body: B, idempotencyKey: string) => Promise<BenefitsFile>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useKeyedMutation(call, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: benefitsKeys.file(claimId) });
      void queryClient.invalidateQueries({ queryKey: claimKeys.file(claimId) });
      onDone?.();
    },
  });
}

/** The victim accepts the agreement, through the employer's portal user. */
export function useAcceptAgreement(organisationId: string, claimId: string) {
  const queryClient = useQueryClient();
  return useKeyedMutation(
    (_body: Record<string, never>, idempotencyKey: string) => api.post<CustomerBenefits>(`${customerBenefitsOf(organisationId, claimId)}/agreement/accept`, {}, { idempotencyKey }),
    { onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: benefitsKeys.customer(organisationId, claimId) }),
      queryClient.invalidateQueries({ queryKey: claimKeys.detail(organisationId, claimId) }),
    ]) },
  );
}
