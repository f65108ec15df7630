import { phrase, type Phrase } from '../../i18n/phrase';
import { addDays, addWorkingDays, assertIsoDate, daysBetween, type IsoDate } from './calendar';

/**
 * Workplace accidents (arbeidsongevallen), seed 004: the employer's declaration deadline, serious
 * accidents and the labour inspection, the documents a benefit needs, and travel costs.
 * Pure rules: every date, "today" included, is a parameter. Amounts are integer cents.
 * Reasons and descriptions are phrases (i18n/locales/<language>/assessment.json), worded at the edge.
 */

/** "binnen de acht dagen, te rekenen vanaf de dag na het ongeval" */
export const DECLARATION_DEADLINE_DAYS = 8;
/** Administrative fine (administratieve boete) for not declaring: "250 tot € 2500". */
export const ADMINISTRATIVE_FINE_MIN_CENTS = 25_000;
export const ADMINISTRATIVE_FINE_MAX_CENTS = 250_000;
/** Detailed report (uitgebreid verslag) on a serious accident: "binnen de tien werkdagen". */
export const SERIOUS_ACCIDENT_REPORT_WORKING_DAYS = 10;
/** Travel by any other means than public transport or ambulance: "over een afstand van meer dan 5 km". */
export const TRAVEL_MIN_DISTANCE_KM = 5;
/** "0,2479 EUR/km", kept in ten-thousandths of a euro so the computation stays in integers. */
export const TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM = 2479;

export type InjuryOutcome = 'no_injury' | 'temporary_injury' | 'permanent_injury' | 'fatal';
/** What the accident is directly connected with ("rechtstreeks te maken heeft met"). */
export type DirectCause = 'event' | 'object' | 'other'; // gebeurtenis, voorwerp

export interface Seriousness {
  serious: boolean; // ernstig arbeidsongeval
  reason: Phrase;
}

/** Serious = fatal, OR directly caused by an event or an object AND resulting in permanent or temporary injury. */
export function seriousness(outcome: InjuryOutcome, directCause: DirectCause): Seriousness {
  if (outcome === 'fatal') return { serious: true, reason: phrase('assessment.seriousness.fatal') };
  const injured = outcome === 'temporary_injury' || outcome === 'permanent_injury';
  if (directCause !== 'other' && injured) {
    return { serious: true, reason: phrase('assessment.seriousness.directCause', { cause: directCause, injury: outcome }) };
  }
  if (!injured) return { serious: false, reason: phrase('assessment.seriousness.noInjury') };
  return { serious: false, reason: phrase('assessment.seriousness.noDirectCause') };
}

/** The simplified declaration (vereenvoudigde aangifte) is for minor accidents only: those that are not serious. */
export const simplifiedDeclarationAllowed = (outcome: InjuryOutcome, directCause: DirectCause): boolean =>
  !seriousness(outcome, directCause).serious;

/** The last day to declare: the day after the accident is day 1, so 2026-11-02 → 2026-11-10. */
export function declarationDeadline(accidentDate: IsoDate): IsoDate {
  // Calendar days, not moved off a weekend or holiday: the seed counts plain days ("acht dagen").
  return addDays(accidentDate, DECLARATION_DEADLINE_DAYS);
}

export type DeclarationTimeliness = 'on_time' | 'late' | 'due' | 'overdue';

export interface DeclarationDeadlineAssessment {
  deadline: IsoDate;
  declaredOn: IsoDate | null;
  /** on_time / late once declared; due / overdue while not declared yet (as of `today`). */
  timeliness: DeclarationTimeliness;
  /** Declared after the deadline, or still not declared after it: the declaration is still accepted, and still owed. */
  late: boolean;
  daysLate: number;
  /** What the authorities may impose for not declaring (administratieve boete). */
  fineRangeCents: { min: number; max: number };
}

export function assessDeclarationDeadline(accidentDate: IsoDate, declaredOn: IsoDate | null, today: IsoDate): DeclarationDeadlineAssessment {
  assertIsoDate(today);
  if (declaredOn !== null && daysBetween(accidentDate, declaredOn) < 0) throw new RangeError('Declared before the accident');
  const deadline = declarationDeadline(accidentDate);
  const reference = declaredOn ?? today;
  const daysLate = Math.max(0, daysBetween(deadline, reference));
  const late = daysLate > 0;
  const timeliness: DeclarationTimeliness = declaredOn !== null ? (late ? 'late' : 'on_time') : late ? 'overdue' : 'due';
  return {
    deadline,
    declaredOn,
    timeliness,
    late,
    daysLate,
    fineRangeCents: { min: ADMINISTRATIVE_FINE_MIN_CENTS, max: ADMINISTRATIVE_FINE_MAX_CENTS },
  };
}

export type ObligationCode = 'declare_to_insurer' | 'notify_inspection_immediately' | 'detailed_report_to_inspection';

export interface Obligation {
  code: ObligationCode;
  description: Phrase;
  dueDate: IsoDate;
  /** True when the due date means "at once", not "at the latest on". */
  immediately: boolean;
}

/** The employer's obligations, in the order they fall due. The inspection is Toezicht op het Welzijn op het Werk. */
export function obligations(accidentDate: IsoDate, outcome: InjuryOutcome, directCause: DirectCause): Obligation[] {
  const list: Obligation[] = [];
  const { serious } = seriousness(outcome, directCause);
  // Fatal accidents and permanent injuries caused by an event or an object: "onmiddellijk melden".
  if (serious && (outcome === 'fatal' || outcome === 'permanent_injury')) {
    list.push({
      code: 'notify_inspection_immediately',
      description: phrase('assessment.obligation.notifyInspection'),
      dueDate: accidentDate,
      immediately: true,
    });
  }
  list.push({
    code: 'declare_to_insurer',
    description: phrase('assessment.obligation.declareToInsurer', { days: DECLARATION_DEADLINE_DAYS }),
    dueDate: declarationDeadline(accidentDate),
    immediately: false,
  });
  if (serious) {
    list.push({
      code: 'detailed_report_to_inspection',
      description: phrase('assessment.obligation.detailedReport', { workingDays: SERIOUS_ACCIDENT_REPORT_WORKING_DAYS }),
      dueDate: addWorkingDays(accidentDate, SERIOUS_ACCIDENT_REPORT_WORKING_DAYS),
      immediately: false,
    });
  }
  return list.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Document codes match the attachment kinds of the portal (domain/attachments.ts). */
export type WorkplaceDocumentCode = 'medical_certificate_first_finding' | 'incapacity_certificate';
export const INCAPACITY_CERTIFICATE_KINDS = ['incapacity', 'extension', 'return_to_work', 'relapse'] as const; // ongeschiktheid, verlenging, werkhervatting, herval

export interface RequiredDocument {
  code: WorkplaceDocumentCode;
  description: Phrase;
  /** Without it, no temporary-incapacity benefit is paid. */
  neededForTemporaryIncapacityBenefit: boolean;
}

export function requiredMedicalDocuments(temporaryIncapacity: boolean): RequiredDocument[] {
  const documents: RequiredDocument[] = [{
    code: 'medical_certificate_first_finding',
    description: phrase('assessment.document.firstFindingCertificate'),
    neededForTemporaryIncapacityBenefit: temporaryIncapacity,
  }];
  if (temporaryIncapacity) {
    documents.push({
      code: 'incapacity_certificate',
      // The sentence names the four INCAPACITY_CERTIFICATE_KINDS in the reader's words.
      description: phrase('assessment.document.incapacityCertificates'),
      neededForTemporaryIncapacityBenefit: true,
    });
  }
  return documents;
}

/** "Zonder deze attesten kan er geen vergoeding voor tijdelijke arbeidsongeschiktheid worden uitbetaald." */
export function temporaryIncapacityBenefitPayable(received: readonly WorkplaceDocumentCode[]): { payable: boolean; missing: WorkplaceDocumentCode[] } {
  const missing = requiredMedicalDocuments(true)
    .filter((document) => document.neededForTemporaryIncapacityBenefit && !received.includes(document.code))
    .map((document) => document.code);
  return { payable: missing.length === 0, missing };
}

export type TravelMeans = 'public_transport' | 'ambulance' | 'other';
/** Who asked for the trip; medical reasons include physiotherapy ("naar de kine"). */
export type TravelReason = 'insurer' | 'advising_physician' | 'court' | 'medical' | 'other';

export interface Trip {
  means: TravelMeans;
  reason: TravelReason;
  /** Public transport or ambulance: the real cost. */
  actualCostCents?: number;
  /** Public transport or ambulance: the proof of transport (vervoerbewijs) was handed in. */
  proofOfTransport?: boolean;
  /** Ambulance: the transport was medically justified. */
  medicallyJustified?: boolean;
  /** Other means: the kilometres of the trip. */
  distanceKm?: number;
  /** Other means: the written statement of date, reason and kilometres was handed in. */
  writtenStatement?: boolean;
}

export interface TravelReimbursement {
  status: 'reimbursable' | 'awaiting_proof' | 'not_reimbursable';
  /** What is paid once the proof is in; 0 when not reimbursable. */
  amountCents: number;
  reason: Phrase;
}

/**
 * €0.2479 per km for the whole trip. Rounding: the trip total is rounded half up to the cent, once,
 * on the exact product (distance taken to the metre × the rate in ten-thousandths of a euro), so no
 * floating-point error can tip a half cent: 150 km = €37.185 → €37.19.
 */
export function kilometreAllowanceCents(distanceKm: number): number {
  const metres = Math.round(distanceKm * 1000);
  // metres × (€/10 000 per km) is in €/10 000 000, that is in units of 1/100 000 of a cent.
  const exact = metres * TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM;
  return Math.floor((exact + 50_000) / 100_000);
}

const notReimbursable = (reason: Phrase): TravelReimbursement => ({ status: 'not_reimbursable', amountCents: 0, reason });

export function travelReimbursement(trip: Trip): TravelReimbursement {
  if (trip.reason === 'other') {
    return notReimbursable(phrase('assessment.travel.reasonNotCovered'));
  }
  if (trip.means === 'other') return kilometreReimbursement(trip);
  if (trip.means === 'ambulance' && !trip.medicallyJustified) return notReimbursable(phrase('assessment.travel.ambulanceNotJustified'));
  const amountCents = trip.actualCostCents ?? 0;
  if (!trip.proofOfTransport) return { status: 'awaiting_proof', amountCents, reason: phrase('assessment.travel.awaitingProofOfTransport') };
  return { status: 'reimbursable', amountCents, reason: phrase('assessment.travel.realCost') };
}

function kilometreReimbursement(trip: Trip): TravelReimbursement {
  const distanceKm = trip.distanceKm ?? 0;
  if (Math.round(distanceKm * 1000) <= TRAVEL_MIN_DISTANCE_KM * 1000) {
    return notReimbursable(phrase('assessment.travel.tooShort', { minimumKm: TRAVEL_MIN_DISTANCE_KM }));
  }
  const amountCents = kilometreAllowanceCents(distanceKm);
  if (!trip.writtenStatement) {
    return { status: 'awaiting_proof', amountCents, reason: phrase('assessment.travel.awaitingWrittenStatement') };
  }
  return { status: 'reimbursable', amountCents, reason: phrase('assessment.travel.perKilometre', { distanceKm, rateEuros: TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM / 10_000 }) };
}

export interface WorkplaceAccidentInput {
  accidentDate: IsoDate;
  /** The day the employer (or the victim) declared it; null while not declared. */
  declaredOn: IsoDate | null;
  today: IsoDate;
  outcome: InjuryOutcome;
  directCause: DirectCause;
  temporaryIncapacity: boolean;
}

/** Everything the declaration screen shows at once: deadline, seriousness, obligations and documents. */
export function assessWorkplaceAccident(input: WorkplaceAccidentInput) {
  const { serious, reason } = seriousness(input.outcome, input.directCause);
  return {
    declaration: assessDeclarationDeadline(input.accidentDate, input.declaredOn, input.today),
    serious,
    seriousReason: reason,
    simplifiedDeclarationAllowed: !serious,
    obligations: obligations(input.accidentDate, input.outcome, input.directCause),
    requiredDocuments: requiredMedicalDocuments(input.temporaryIncapacity),
  };
}
export type WorkplaceAccidentAssessment = ReturnType<typeof assessWorkplaceAccident>;
