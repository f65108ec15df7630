import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { badDataFailureType } from '../activities/failures';
import type { FieldProblem } from '../i18n/field-problems';
import { phrase, type Phrase } from '../i18n/phrase';

/**
 * Why a workflow refuses an action. The type travels to the caller, which maps it to an HTTP status;
 * thrown from an update validator, the refusal leaves no trace in the history.
 */
export const refusalTypes = {
  validation: 'validation_failed', // 422
  staleVersion: 'stale_version', // 409
  notAllowed: 'not_allowed_in_status', // 409
  forbidden: 'forbidden', // 403
  unstorable: 'unstorable_data', // 422
} as const;
type RefusalType = (typeof refusalTypes)[keyof typeof refusalTypes];

/**
 * What a refusal carries to the caller, in its details: the phrase that words it (a catalogue key and its
 * parameters, worded in the reader's language by the API), and for fields their problems.
 */
export interface RefusalDetails {
  phrase: Phrase;
  problems?: FieldProblem[];
  /** The declaration's current version, with a stale-version refusal. */
  current?: number;
  /** What the database said, with an unstorable-data refusal. */
  data?: unknown;
}

const refusal = (type: RefusalType, said: Phrase, extra: Omit<RefusalDetails, 'phrase'> = {}) => {
  const details: RefusalDetails = { phrase: said, ...extra };
  return ApplicationFailure.create({ type, message: said.key, details: [details], nonRetryable: true });
};

export const invalidFields = (said: Phrase, problems: FieldProblem[]) => refusal(refusalTypes.validation, said, { problems });

export const staleVersion = (given: number, current: number) =>
  refusal(refusalTypes.staleVersion, phrase('declaration.refusal.staleVersion', { given, current }), { current });

export const notAllowed = (said: Phrase) => refusal(refusalTypes.notAllowed, said);

export const forbidden = (said: Phrase) => refusal(refusalTypes.forbidden, said);

/** The details of a refusal made here; a failure from elsewhere reads as its message. */
export function refusalDetailsOf(failure: ApplicationFailure): RefusalDetails {
  const details = failure.details?.[0] as RefusalDetails | undefined;
  return details?.phrase ? details : { phrase: { key: failure.message } };
}

/** Why an activity failed: the cause of an ActivityFailure, or a local activity's own failure, which arrives unwrapped. */
export const activityCause = (error: unknown): unknown => (error instanceof ActivityFailure ? error.cause : error);

/**
 * An activity (local or not) refused the data for good (bad_data, see activities/failures.ts): the action is refused with
 * the reason, instead of failing the workflow. Any other failure is passed on as it is.
 */
export function refusalOf(error: unknown): unknown {
  const cause = activityCause(error);
  if (!(cause instanceof ApplicationFailure) || cause.type !== badDataFailureType) return error;
  return refusal(refusalTypes.unstorable, phrase('declaration.refusal.unstorable'), { data: cause.details?.[0] ?? null });
}
