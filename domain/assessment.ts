import { isPhrase, type Phrase } from '../i18n/phrase';
import type { AttachmentRef } from './attachments';
import { isMotorType, motorPolicyOf, motorSituationOf, vehicleStateOf, workplaceInjuryOf } from './declaration-facts';
import type { DeclarationType } from './declaration-types';
import { missingDocuments, requiredDocuments } from './required-documents';
import { brusselsDate, IsoDate } from './rules/calendar';
import { assessInvalidity, benefitTerms, coveredOn, deathSchedule, exclusionFlags, Formula, invaliditySchedule } from './rules/accident-income';
import { assessMotorClaim, totalLossValuation } from './rules/motor';
import { INSURED_VALUE_RAISE_PERCENT, totalLossWithValueRaise } from './rules/motor-fault';
import { assessWorkplaceAccident } from './rules/workplace-accident';

export interface AssessmentInput {
  type: DeclarationType;
  data: Record<string, any>;
  attachments: AttachmentRef[];
  submittedAt: string | Date | null;
  policy: { productLine: string; startDate: string; terms: Record<string, any>; insuredObject: Record<string, any> } | null;
  /** The moment of the assessment: deadlines are judged against it. */
  now: Date;
}

const validDate = (value: unknown): value is IsoDate => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function workplace(input: AssessmentInput) {
  const accidentDate = input.data.event?.date;
  if (!validDate(accidentDate)) return null;
  return assessWorkplaceAccident({
    accidentDate,
    declaredOn: input.submittedAt ? brusselsDate(new Date(input.submittedAt)) : null,
    today: brusselsDate(input.now),
    ...workplaceInjuryOf(input.data),
  });
}

function motor(input: AssessmentInput) {
  const situation = motorSituationOf(input.type, input.data);
  if (!situation || !input.policy) return null;
  const policy = motorPolicyOf(input.policy.terms);
  const vehicleState = vehicleStateOf(input.type, input.data);
  const claim = assessMotorClaim({
    ...situation, policy, vehicleState,
    atFault: Boolean(input.data.event?.atFault),
    country: input.data.event?.place?.country ?? 'BE',
  });
  const lossDate = input.data.event?.date;
  const insuredValueCents = input.policy.insuredObject.insuredValueCents;
  const totalLoss = (vehicleState === 'total_loss' || vehicleState === 'stolen') && validDate(lossDate) && typeof insuredValueCents === 'number'
    ? totalLossValuation({ signedOn: input.policy.startDate, lossDate, insuredValueCents, kilometresDriven: input.data.damage?.kilometresDriven ?? 0 })
    : null;
  if (totalLoss) totalLoss.compensationCents = totalLossWithValueRaise(totalLoss, insuredValueCents, input.policy.terms.insuredValueRaisePercent === INSURED_VALUE_RAISE_PERCENT);
  return { ...claim, totalLoss };
}

/**
 * Verzekerd Inkomen (seed 003): the formula's bounds, the invalidity test, the exclusions to check and
 * the payment schedule at the minimum and the maximum. The benefit itself lies between them: the handler
 * sets it from the twelve months of income and expenses domiciled on the linked account.
 */
function accidentIncome(input: AssessmentInput) {
  const { policy, data } = input;
  const formula = policy?.terms.formula as Formula | undefined;
  if (!policy || policy.productLine !== 'accident_income' || !formula) return null;
  const terms = benefitTerms(formula, Boolean(data.event?.trafficAccident));
  const outcome: string | undefined = data.damage?.outcome;
  const invalidity = outcome === 'permanent_invalidity' && typeof data.damage?.invalidityPercent === 'number'
    ? assessInvalidity(data.damage.invalidityPercent, data.damage.preExistingInvalidityPercent ?? 0)
    : null;
  const schedule = (totalCents: number) => (outcome === 'death' ? deathSchedule(totalCents, terms) : invaliditySchedule(totalCents, terms));
  const payable = outcome === 'death' || invalidity?.eligible === true;
  const eventDate = data.event?.date;
  return {
    formula,
    terms,
    // Premiums are not tracked here: cover is taken to start the day after signing (the first premium paid then).
    covered: validDate(eventDate) ? coveredOn(eventDate, policy.startDate, policy.startDate) : null,
    outcome: outcome ?? null,
    invalidity,
    exclusionsToCheck: exclusionFlags(data.event?.circumstances ?? []),
    scheduleAtMinimum: payable ? schedule(terms.minCents) : null,
    scheduleAtMaximum: payable ? schedule(terms.maxCents) : null,
  };
}

/**
 * The rule results for a declaration as it stands: documents, and per product line the deadline and
 * seriousness of a workplace accident, or a motor claim's cover, deductible, replacement vehicle and
 * total-loss valuation. Pure: recomputed from the data whenever it is read. Every sentence in it (why a
 * document is asked for, the rules' reasons) is a phrase, `{ key, params }`; see `wordedAssessment`.
 */
export function assessDeclaration(input: AssessmentInput) {
  return {
    documents: {
      required: requiredDocuments(input.type, input.data),
      missing: missingDocuments(input.type, input.data, input.attachments),
    },
    workplaceAccident: input.type === 'workplace_accident' || input.type === 'private_life' ? workplace(input) : null,
    motor: isMotorType(input.type) ? motor(input) : null,
    accidentIncome: input.type === 'bodily_accident' ? accidentIncome(input) : null,
  };
}
export type Assessment = ReturnType<typeof assessDeclaration>;

/** A value with every phrase in it worded: `{ key, params?, text }`, the key and parameters for a client that words it itself. */
export type Worded<T> = T extends Phrase ? T & { text: string }
  : T extends readonly (infer Item)[] ? Worded<Item>[]
  : T extends object ? { [Name in keyof T]: Worded<T[Name]> }
  : T;

function worded(value: unknown, render: (phrase: Phrase) => string): unknown {
  if (isPhrase(value)) return { ...value, text: render(value) };
  if (Array.isArray(value)) return value.map((item) => worded(item, render));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, worded(item, render)]));
  return value;
}

/**
 * The assessment as the API answers it: every phrase (a reason, a description, a note) stays where it is,
 * as `{ key, params, text }` with `text` rendered by `render` in the reader's language; figures, dates
 * and codes stay as they are. E.g. `workplaceAccident.seriousReason`:
 * `{ key: 'assessment.seriousness.directCause', params: { cause: 'event', injury: 'temporary_injury' }, text: '…' }`.
 */
export const wordedAssessment = (assessment: Assessment, render: (phrase: Phrase) => string) =>
  worded(assessment, render) as Worded<Assessment>;
export type WordedAssessment = Worded<Assessment>;
