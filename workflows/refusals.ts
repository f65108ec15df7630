import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { badDataFailureType } from '../activities/failures';
import type { FieldProblem } from '../domain/declaration-schemas';

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

export const invalidFields = (message: string, problems: FieldProblem[]) =>
  ApplicationFailure.create({ type: refusalTypes.validation, message, details: [problems], nonRetryable: true });

export const staleVersion = (given: number, current: number) =>
  ApplicationFailure.create({
    type: refusalTypes.staleVersion,
    message: `This declaration was changed by someone else (you had version ${given}, it is now ${current}). Reload it and apply your changes again.`,
    details: [{ current }],
    nonRetryable: true,
  });

export const notAllowed = (message: string) =>
  ApplicationFailure.create({ type: refusalTypes.notAllowed, message, nonRetryable: true });

export const forbidden = (message: string) =>
  ApplicationFailure.create({ type: refusalTypes.forbidden, message, nonRetryable: true });

/**
 * An activity refused the data for good (bad_data, see activities/failures.ts): the action is refused with
 * the reason, instead of failing the workflow. Any other failure is passed on as it is.
 */
export function refusalOf(error: unknown): unknown {
  const cause = error instanceof ActivityFailure ? error.cause : undefined;
  if (!(cause instanceof ApplicationFailure) || cause.type !== badDataFailureType) return error;
  return ApplicationFailure.create({ type: refusalTypes.unstorable, message: cause.message, details: cause.details ? [...cause.details] : [], nonRetryable: true });
}
