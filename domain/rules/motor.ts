import { phrase, type Phrase } from '../../i18n/phrase';
import { addMonths, daysBetween, monthsBetween, type IsoDate } from './calendar';

/**
 * Motor claims (auto), seed 001: documents per situation, omnium cover and deductible, replacement
 * vehicle, total-loss valuation and VAT. Pure rules; amounts are integer cents. Reasons and
 * descriptions are phrases (i18n/locales/<language>/assessment.json), worded at the edge.
 */

/** Kleine omnium: "zonder franchise". */
export const SMALL_OMNIUM_DEDUCTIBLE_CENTS = 0;
/** Full omnium: "een vaste franchise van €500 of €250", set in the policy. */
export const FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS = [50_000, 25_000] as const;
/** Vervangvoertuig, "gedurende maximaal …" days. */
export const REPLACEMENT_VEHICLE_DAYS_IMMOBILISED = 10;
export const REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS = 20;
export const REPLACEMENT_VEHICLE_DAYS_STOLEN = 30;
/** "in België of het Groothertogdom Luxemburg" (ISO 3166 codes). */
export const REPLACEMENT_VEHICLE_COUNTRIES = ['BE', 'LU'] as const;
/** Total loss (totaal verlies): insured value during the first 12 months, … */
export const INSURED_VALUE_GUARANTEED_MONTHS = 12;
/** … until month 48 if the car drove at most 20,000 km, … */
export const INSURED_VALUE_LAST_MONTH = 48;
export const INSURED_VALUE_MAX_KILOMETRES = 20_000;
/** … and a residual value (restwaarde) of at least 10 % of the insured value. */
export const GUARANTEED_RESIDUAL_VALUE_PERCENT = 10;

/** BA (burgerlijke aansprakelijkheid) alone, kleine omnium, full omnium. */
export type MotorPolicy =
  | { cover: 'liability' }
  | { cover: 'small_omnium' }
  | { cover: 'full_omnium'; deductibleCents: (typeof FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS)[number] };
export type MotorCover = MotorPolicy['cover'];

/**
 * What happened. A collision (aanrijding) is with a person, a vehicle or an object; with no
 * counterparty it is damage without a third party (schade zonder derden). A loose animal
 * (loslopend dier) is a peril of its own.
 */
export type MotorEvent =
  | 'collision'
  | 'loose_animal'
  | 'vandalism'
  | 'fire'
  | 'glass' // glasbreuk / ruitschade
  | 'hail'
  | 'storm'
  | 'other_natural_force'
  | 'burglary' // inbraak
  | 'attempted_theft' // poging tot diefstal
  | 'theft';

/** Burglary, theft and attempted theft: a crime the police must record. */
const THEFT_EVENTS: readonly MotorEvent[] = ['burglary', 'attempted_theft', 'theft'];
/** "Je hebt geen schadeformulier nodig bij ruitschade, hagel, storm, inbraak of diefstal." */
const NO_ACCIDENT_REPORT_EVENTS: readonly MotorEvent[] = ['glass', 'hail', 'storm', ...THEFT_EVENTS];
/** Theft, fire, glass, natural forces and loose animals: the small omnium perils. */
const SMALL_OMNIUM_EVENTS: readonly MotorEvent[] = [...THEFT_EVENTS, 'fire', 'glass', 'hail', 'storm', 'other_natural_force', 'loose_animal'];

/** Codes match the portal's attachment kinds (domain/attachments.ts), except witness details, which are data. */
export type MotorDocumentCode = 'european_accident_report' | 'police_report' | 'photo' | 'witness_details';

export interface MotorDocument {
  code: MotorDocumentCode;
  description: Phrase;
  /** Without it the insurer does not intervene. */
  mandatory: boolean;
}

export interface MotorSituation {
  event: MotorEvent;
  counterparty: boolean;
  /** A police report (proces-verbaal) was drawn up. */
  policeReportDrawnUp: boolean;
}

/**
 * The seed asks for the accident report (Europees aanrijdingsformulier) after a collision with a
 * person, an animal or an object, and after vandalism, also without a counterparty (then signed
 * by the customer alone); never for glass, hail, storm, burglary or theft. We treat attempted theft
 * like theft: it is the same crime, so the same police report is mandatory.
 */
export function motorDocuments({ event, counterparty, policeReportDrawnUp }: MotorSituation): MotorDocument[] {
  const documents: MotorDocument[] = [];
  const add = (code: MotorDocumentCode, description: Phrase, mandatory = false) => documents.push({ code, description, mandatory });
  if (THEFT_EVENTS.includes(event)) {
    add('police_report', phrase('assessment.document.policeReportRequired'), true);
    if (event !== 'theft') add('photo', phrase('assessment.document.damagePhotos'));
    return documents;
  }
  const needsAccidentReport = !NO_ACCIDENT_REPORT_EVENTS.includes(event) && (counterparty || ['collision', 'loose_animal', 'vandalism'].includes(event));
  if (needsAccidentReport) {
    add('european_accident_report', counterparty
      ? phrase('assessment.document.accidentReportSignedByBoth')
      : phrase('assessment.document.accidentReport'));
  }
  if (policeReportDrawnUp) add('police_report', phrase('assessment.document.policeReportCopy'));
  add('photo', counterparty ? phrase('assessment.document.damageAndScenePhotos') : phrase('assessment.document.damageOrPlacePhotos'));
  if (counterparty) add('witness_details', phrase('assessment.document.witnessDetails'));
  return documents;
}

/** Burglary and theft without a police report: "Zonder aangifte bij de politie komt de verzekeraar namelijk niet tussen." */
export function insurerIntervenes({ event, policeReportDrawnUp }: MotorSituation): { intervenes: boolean; reason: Phrase } {
  if (THEFT_EVENTS.includes(event) && !policeReportDrawnUp) {
    return { intervenes: false, reason: phrase('assessment.motor.policeDeclarationMissing') };
  }
  return { intervenes: true, reason: phrase('assessment.motor.noBlockingCondition') };
}

/** Who pays the damage to the insured car. */
export type Payer = 'counterparty_insurer' | 'small_omnium' | 'full_omnium';

/**
 * Not at fault against a counterparty: the counterparty's liability insurer pays. Small omnium
 * perils: the small omnium (also part of the full omnium). Own fault, no third party, vandalism:
 * only the full omnium (eigen schade).
 */
export function payerOfDamage(event: MotorEvent, counterparty: boolean, atFault: boolean): Payer {
  if (SMALL_OMNIUM_EVENTS.includes(event)) return 'small_omnium';
  if (event === 'collision' && counterparty && !atFault) return 'counterparty_insurer';
  return 'full_omnium';
}

export function ownDamageCovered(policy: MotorPolicy, payer: Payer): boolean {
  if (payer === 'counterparty_insurer') return true; // covered, by the other party's insurer
  if (payer === 'small_omnium') return policy.cover !== 'liability';
  return policy.cover === 'full_omnium';
}

/**
 * The full omnium's fixed deductible applies to what it adds (own fault, no third party, vandalism);
 * the small omnium perils stay without deductible under a full omnium too, as the seed attaches
 * the franchise to the added cover ("dezelfde waarborgen als de Kleine Omnium + … met een vaste franchise").
 */
export function deductibleCents(policy: MotorPolicy, payer: Payer): number {
  if (payer === 'full_omnium' && policy.cover === 'full_omnium') return policy.deductibleCents;
  return SMALL_OMNIUM_DEDUCTIBLE_CENTS;
}

/** The state of the car after the event. */
export type VehicleState = 'driveable' | 'immobilised' | 'total_loss' | 'beyond_repair' | 'repair_exceeds_residual_value' | 'stolen';

export interface ReplacementVehicleRequest {
  policy: MotorPolicy;
  /** Where the event happened, ISO 3166 code. */
  country: string;
  event: MotorEvent;
  vehicleState: VehicleState;
  /** Asked for completeness: "Of je al dan niet fout hebt aan het ongeval, speelt geen enkele rol." */
  atFault: boolean;
}

export interface ReplacementVehicleEntitlement {
  days: number;
  reason: Phrase;
}

/** Included in the small and full omnium; not in liability alone. */
export const hasReplacementVehicleGuarantee = (policy: MotorPolicy): boolean => policy.cover !== 'liability';

/** "ten gevolge van een ongeval, brand, poging tot diefstal of vandalisme" */
const IMMOBILISATION_EVENTS: readonly MotorEvent[] = ['collision', 'loose_animal', 'fire', 'attempted_theft', 'vandalism'];

/** Maximum days of replacement vehicle (vervangvoertuig); fault plays no part. */
export function replacementVehicleDays(request: ReplacementVehicleRequest): ReplacementVehicleEntitlement {
  if (!hasReplacementVehicleGuarantee(request.policy)) return { days: 0, reason: phrase('assessment.replacementVehicle.liabilityOnly') };
  if (!(REPLACEMENT_VEHICLE_COUNTRIES as readonly string[]).includes(request.country)) {
    // The sentence names the REPLACEMENT_VEHICLE_COUNTRIES in the reader's words.
    return { days: 0, reason: phrase('assessment.replacementVehicle.outsideBelgiumOrLuxembourg') };
  }
  switch (request.vehicleState) {
    case 'stolen':
      return { days: REPLACEMENT_VEHICLE_DAYS_STOLEN, reason: phrase('assessment.replacementVehicle.stolen') };
    case 'total_loss':
    case 'beyond_repair':
    case 'repair_exceeds_residual_value':
      // The seed uses "ongeval" loosely (the guarantee holds "voor elk ongeval", theft included), so any event counts.
      return { days: REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS, reason: phrase('assessment.replacementVehicle.totalLoss') };
    case 'immobilised':
      if (IMMOBILISATION_EVENTS.includes(request.event)) {
        return { days: REPLACEMENT_VEHICLE_DAYS_IMMOBILISED, reason: phrase('assessment.replacementVehicle.immobilised') };
      }
      return { days: 0, reason: phrase('assessment.replacementVehicle.immobilisedByOtherEvent') };
    case 'driveable':
      return { days: 0, reason: phrase('assessment.replacementVehicle.driveable') };
  }
}

/** "omdat de waarde van de herstellingen hoger is dan de restwaarde": strictly higher. */
export const repairExceedsResidualValue = (repairCostCents: number, residualValueCents: number): boolean => repairCostCents > residualValueCents;

/** 10 % of the insured value, rounded half up to the cent. */
export const guaranteedResidualValueCents = (insuredValueCents: number): number =>
  Math.floor((insuredValueCents * GUARANTEED_RESIDUAL_VALUE_PERCENT + 50) / 100);

/** The residual value is the real value set by the expert, but never less than 10 % of the insured value. */
export const residualValueCents = (insuredValueCents: number, expertRealValueCents: number): number =>
  Math.max(expertRealValueCents, guaranteedResidualValueCents(insuredValueCents));

export interface TotalLossInput {
  /** The day the insurance contract was signed (het tekenen van je verzekeringsovereenkomst). */
  signedOn: IsoDate;
  lossDate: IsoDate;
  insuredValueCents: number;
  /** Kilometres driven with the car since the signing ("voor de eerste 20.000 kilometer"). */
  kilometresDriven: number;
  /** The real value (werkelijke waarde) set by an expert; not yet known while the expert has not reported. */
  expertRealValueCents?: number;
}

export type TotalLossPeriod = 'first_12_months' | 'months_12_to_48' | 'after_48_months';

export interface TotalLossValuation {
  period: TotalLossPeriod;
  monthsSinceSigning: number;
  basis: 'insured_value' | 'real_value';
  /** Null while the real value is needed but the expert has not set it. */
  compensationCents: number | null;
  reason: Phrase;
}

/**
 * Which period a loss falls in. Boundaries (seed: "tijdens de eerste 12 maanden die volgen op het
 * tekenen", "tussen de 12e en de 48e maand", "na een periode van 48 maanden"): a period of N months
 * that follows the signing starts the day after it and ends at the end of the N-month anniversary,
 * as Belgian law counts periods (the starting day is not counted, the expiry day is). So a loss on
 * the 12-month anniversary is still in the first 12 months, and one on the 48-month anniversary is
 * still before "after 48 months"; the day after each anniversary starts the next period.
 */
export function totalLossPeriod(signedOn: IsoDate, lossDate: IsoDate): TotalLossPeriod {
  if (daysBetween(signedOn, lossDate) < 0) throw new RangeError('The loss is before the signing');
  if (daysBetween(lossDate, addMonths(signedOn, INSURED_VALUE_GUARANTEED_MONTHS)) >= 0) return 'first_12_months';
  if (daysBetween(lossDate, addMonths(signedOn, INSURED_VALUE_LAST_MONTH)) >= 0) return 'months_12_to_48';
  return 'after_48_months';
}

/**
 * "Tijdens de eerste 12 maanden" the insured value, without a kilometre condition: the seed's
 * detailed rule for that period names none (its summary sentence's "voor de eerste 20.000 kilometer"
 * is spelled out only for months 12 to 48). There "maximaal 20.000 kilometers": 20,000 km still
 * gets the insured value, 20,001 km the real value.
 */
export function totalLossValuation(input: TotalLossInput): TotalLossValuation {
  const period = totalLossPeriod(input.signedOn, input.lossDate);
  const monthsSinceSigning = monthsBetween(input.signedOn, input.lossDate);
  const insured = (reason: Phrase): TotalLossValuation => ({ period, monthsSinceSigning, basis: 'insured_value', compensationCents: input.insuredValueCents, reason });
  const middlePeriod = { fromMonth: INSURED_VALUE_GUARANTEED_MONTHS, toMonth: INSURED_VALUE_LAST_MONTH, kilometres: INSURED_VALUE_MAX_KILOMETRES };
  if (period === 'first_12_months') return insured(phrase('assessment.totalLoss.insuredValueFirstMonths', { months: INSURED_VALUE_GUARANTEED_MONTHS }));
  if (period === 'months_12_to_48' && input.kilometresDriven <= INSURED_VALUE_MAX_KILOMETRES) {
    return insured(phrase('assessment.totalLoss.insuredValueLowMileage', middlePeriod));
  }
  const reason = period === 'after_48_months'
    ? phrase('assessment.totalLoss.realValueAfterLastMonth', { months: INSURED_VALUE_LAST_MONTH, percent: GUARANTEED_RESIDUAL_VALUE_PERCENT })
    : phrase('assessment.totalLoss.realValueHighMileage', { ...middlePeriod, percent: GUARANTEED_RESIDUAL_VALUE_PERCENT });
  const compensationCents = input.expertRealValueCents === undefined ? null : residualValueCents(input.insuredValueCents, input.expertRealValueCents);
  return {
    period,
    monthsSinceSigning,
    basis: 'real_value',
    compensationCents,
    reason,
  };
}

export interface VatInput {
  policy: MotorPolicy;
  /** Paid by the counterparty's liability insurer (the customer was not at fault). */
  paidByCounterpartyInsurer: boolean;
  vatCents: number;
  repairInvoice: boolean;
}

/**
 * Not at fault, the damage is paid VAT included whether or not the car is repaired. With own-damage
 * (full omnium) cover, VAT is paid only on a repair invoice (herstelfactuur).
 */
export function reimbursedVatCents(input: VatInput): { vatCents: number; reason: Phrase } {
  if (!input.paidByCounterpartyInsurer && input.policy.cover === 'full_omnium' && !input.repairInvoice) {
    return { vatCents: 0, reason: phrase('assessment.vat.repairInvoiceOnly') };
  }
  return { vatCents: input.vatCents, reason: phrase('assessment.vat.included') };
}

export interface MotorClaimInput extends MotorSituation {
  policy: MotorPolicy;
  atFault: boolean;
  country: string;
  vehicleState: VehicleState;
}

/** Everything the claim screen shows at once: documents, whether and by whom it is paid, deductible, replacement vehicle. */
export function assessMotorClaim(input: MotorClaimInput) {
  const payer = payerOfDamage(input.event, input.counterparty, input.atFault);
  const intervention = insurerIntervenes(input);
  return {
    documents: motorDocuments(input),
    insurerIntervenes: intervention.intervenes,
    interventionReason: intervention.reason,
    payer,
    ownDamageCovered: ownDamageCovered(input.policy, payer),
    deductibleCents: deductibleCents(input.policy, payer),
    replacementVehicle: replacementVehicleDays(input),
  };
}
export type MotorClaimAssessment = ReturnType<typeof assessMotorClaim>;
