import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import { addMonths } from '../../domain/rules/calendar';
import type { ComputationLine, WorkerStatus } from '../../domain/rules/workplace-benefits/money';
import type { CertificateKind } from '../../domain/rules/workplace-benefits/certificates';
import { LAW_RULES, type WorkplaceBenefitRules } from '../../domain/rules/workplace-benefits/rules';
import type { Phrase } from '../../i18n/phrase';
import type { HistoryLimits } from '../declaration/definitions';

/** One accepted workplace accident, one benefits file: its id follows from the claim's (the declaration's) id. */
export const benefitsWorkflowId = (declarationId: string) => `workplace-benefits-${declarationId}`;

export interface BenefitsTiming {
  /** Between two monthly payments of the allowance or the annuity ('30 days'). */
  month: Duration;
  /** From the ratification to the end of the revision period (art. 72: three years, '1095 days'). */
  revisionPeriod: Duration;
  /** An agreement not ratified this long after its acceptance reminds the handler, and again every as long. */
  ratificationRemindAfter: Duration;
  /** The file continues as new once a benefit year ('365 days'), carrying its state. */
  year: Duration;
}

/** What the API knows when a handler opens the file. */
export interface BenefitsOpening {
  declarationId: string;
  organisationId: string;
  claimNumber: string;
  accidentDate: string;
  workerStatus: WorkerStatus;
  monthlyGrossCents: number;
  victim: { name: string; iban: string };
  employer: { name: string; iban: string };
  /** Who to remind when Fedris is slow: the claim's handler. */
  handlerId: string | null;
  openedBy: Actor;
  /** The (scoped) Idempotency-Key the file was opened under: the same request again answers the file. */
  openKey: string;
  /** The tables the file computes with, as configured when it opened (absent in files opened before: the law's). */
  rules?: WorkplaceBenefitRules;
}

/** The tables a file computes with: those it opened with, or the law's. */
export const rulesOf = (state: { rules?: WorkplaceBenefitRules }): WorkplaceBenefitRules => state.rules ?? LAW_RULES;

export interface BenefitsInput {
  opening: BenefitsOpening;
  timing: BenefitsTiming;
  limits?: Partial<HistoryLimits>;
  /** Set when this run continues a previous one. */
  continued?: { state: BenefitsState };
}

export type BenefitItem = 'period' | 'correction' | 'adapted_work' | 'medical_check' | 'arrears' | 'allowance' | 'final_settlement' | 'annuity';
export type Payee = 'victim' | 'employer';

export interface RecordedCertificate { id: string; kind: CertificateKind; from: string; to: string | null; doctor: string | null; recordedBy: Actor; recordedAt: string }
export interface BenefitPayment {
  /** The claim payment's id (deterministic from its key: the same item is one payment, whatever runs twice). */
  id: string;
  key: string;
  item: BenefitItem;
  itemRef: string;
  payee: Payee;
  payeeName: string;
  amountCents: number;
  provisional: boolean;
  basis: Phrase;
  lines: ComputationLine[];
  paidAt: string;
}
/** What the file counts as settled for a period (paid, or corrected): a later certificate pays only the difference. */
export interface PeriodSettlement { from: string; to: string; victimCents: number; employerCents: number; provisional: boolean }
export interface Agreement {
  id: string;
  kind: 'initial' | 'revision';
  consolidationDate: string;
  degreePercent: number;
  yearlyCents: number;
  monthlyCents: number;
  lines: ComputationLine[];
  proposedBy: Actor;
  proposedAt: string;
  acceptance: { via: 'portal' | 'signature'; by: Actor; signedOn: string; at: string } | null;
  ratification: { via: 'handler' | 'fedris'; by: Actor; ratifiedOn: string; reference: string; at: string } | null;
  remindersSent: number;
  /** Epoch ms of the next reminder while not ratified (accepted and waiting for Fedris); null otherwise. */
  remindAt: number | null;
}
export interface RevisionRequest {
  id: string; by: 'victim' | 'insurer'; reason: string; newDegreePercent: number; consolidationDate: string; agreementId: string; requestedBy: Actor; requestedAt: string;
}
export interface Allowance {
  kind: 'allowance' | 'life_annuity';
  yearlyCents: number;
  monthlyCents: number;
  monthsPaid: number;
  /** Epoch ms of the next monthly payment. */
  nextDueAt: number | null;
  /** The legal day its months count from (the ratification: arrears cover what came before; the deadline for the annuity). */
  startsOn: string;
  lines: ComputationLine[];
}

/**
 * The victim's death, recorded by a handler: the allowance or the life annuity stops after the month of the death
 * (paid in full). Months paid beyond it are counted for the handler to recover; survivors' benefits are another file.
 */
export interface VictimDeath {
  diedOn: string;
  recordedBy: Actor;
  recordedAt: string;
  /** The monthly terms owed up to and including the one the death falls in (null: no allowance was running). */
  monthsOwed: number | null;
  /** Monthly terms paid for after the month of the death, to recover. */
  monthsPaidAfter: number;
}

/** The legal day up to which an allowance is paid: a calendar month per payment from its start (never drifting on short months). */
export const paidUntil = (allowance: Pick<Allowance, 'startsOn' | 'monthsPaid'>): string => addMonths(allowance.startsOn, allowance.monthsPaid);

export interface BenefitsState extends Omit<BenefitsOpening, 'handlerId'> {
  workflowId: string;
  handlerId: string | null;
  revision: number;
  openedAt: string;
  certificates: RecordedCertificate[];
  detailedWage: { previousYearWagesCents: number; holidayPayCents: number; bonusesCents: number; recordedBy: Actor; recordedAt: string } | null;
  payslips: { id: string; month: string; adaptedWageCents: number; amountCents: number; recordedBy: Actor; recordedAt: string }[];
  medicalChecks: { id: string; on: string; hoursLost: number; hourlyWageCents: number; amountCents: number; recordedBy: Actor; recordedAt: string }[];
  otherEmployers: { name: string; recordedAt: string }[];
  settlements: PeriodSettlement[];
  payments: BenefitPayment[];
  agreements: Agreement[];
  revisionPeriod: { deadline: string | null; endsAt: number | null; ended: boolean; requests: RevisionRequest[] };
  allowance: Allowance | null;
  /** The victim's death ends the file (absent in files from before it could be recorded). */
  death?: VictimDeath | null;
  /** The idempotency keys of the requests it answered (recent ones): a retry answers the state and changes nothing. */
  recentKeys: string[];
  /** Epoch ms this run began (the benefit year it continues as new after). */
  runStartedAt: number;
}

interface Keyed { key: string; actor: Actor }
export interface RecordCertificate extends Keyed { certificateId: string; kind: CertificateKind; from: string; to: string | null; doctor: string | null }
export interface RecordDetailedWage extends Keyed { previousYearWagesCents: number; holidayPayCents: number; bonusesCents: number }
export interface RecordPayslip extends Keyed { payslipId: string; month: string; adaptedWageCents: number }
export interface RecordMedicalCheck extends Keyed { checkId: string; on: string; hoursLost: number; hourlyWageCents: number }
export interface RecordOtherEmployer extends Keyed { name: string }
export interface ProposeAgreement extends Keyed { agreementId: string; consolidationDate: string; degreePercent: number }
export interface AcceptAgreement extends Keyed { via: 'portal' | 'signature'; signedOn: string }
export interface RatifyAgreement extends Keyed { via: 'handler' | 'fedris'; ratifiedOn: string; reference: string }
export interface RecordDeath extends Keyed { diedOn: string }
export interface RequestRevision extends Keyed { requestId: string; agreementId: string; by: 'victim' | 'insurer'; reason: string; newDegreePercent: number; consolidationDate: string }

export const openBenefitsUpdate = defineUpdate<BenefitsState, []>('openBenefits');
export const recordCertificateUpdate = defineUpdate<BenefitsState, [RecordCertificate]>('recordCertificate');
export const recordDetailedWageUpdate = defineUpdate<BenefitsState, [RecordDetailedWage]>('recordDetailedWage');
export const recordPayslipUpdate = defineUpdate<BenefitsState, [RecordPayslip]>('recordPayslip');
export const recordMedicalCheckUpdate = defineUpdate<BenefitsState, [RecordMedicalCheck]>('recordMedicalCheck');
export const recordOtherEmployerUpdate = defineUpdate<BenefitsState, [RecordOtherEmployer]>('recordOtherEmployer');
export const proposeAgreementUpdate = defineUpdate<BenefitsState, [ProposeAgreement]>('proposeAgreement');
export const acceptAgreementUpdate = defineUpdate<BenefitsState, [AcceptAgreement]>('acceptAgreement');
export const ratifyAgreementUpdate = defineUpdate<BenefitsState, [RatifyAgreement]>('ratifyAgreement');
export const requestRevisionUpdate = defineUpdate<BenefitsState, [RequestRevision]>('requestRevision');
export const recordDeathUpdate = defineUpdate<BenefitsState, [RecordDeath]>('recordDeath');
export const benefitsQuery = defineQuery<BenefitsState>('benefitsQuery');
