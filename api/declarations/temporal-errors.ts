import { isGrpcServiceError, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalTypes } from '../../workflows/refusals';
import { conflict, forbidden, HttpError, invalid } from '../errors';

const closedWorkflow = (error: unknown) =>
  error instanceof WorkflowNotFoundError || /workflow execution already completed/i.test(String((error as Error)?.message));

/** The request may or may not have reached the workflow: saying "nothing was changed" would be a guess. */
const outcomeUnknown = (error: unknown) =>
  error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || error instanceof ServiceError || isGrpcServiceError(error);

/** Turns a workflow's refusal into the HTTP error the caller can act on. */
export function httpErrorOf(error: unknown, statusInProjection: string, subject = 'This declaration'): unknown {
  if (closedWorkflow(error)) {
    return conflict(refusalTypes.notAllowed, `${subject} is ${statusInProjection.replace('_', ' ')}; it can no longer change.`);
  }
  if (outcomeUnknown(error)) {
    return new HttpError(503, 'outcome_unknown',
      'The answer was lost on the way: the change may or may not have been made. Reload to see it, or send the same request again with the same Idempotency-Key.');
  }
  const failure = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (!(failure instanceof ApplicationFailure)) return error;
  switch (failure.type) {
    case refusalTypes.validation:
      return invalid(failure.message, (failure.details?.[0] as never) ?? []);
    case refusalTypes.staleVersion:
      return conflict(refusalTypes.staleVersion, failure.message, failure.details?.[0]);
    case refusalTypes.notAllowed:
      return conflict(refusalTypes.notAllowed, failure.message);
    case refusalTypes.forbidden:
      return forbidden(refusalTypes.forbidden, failure.message);
    case refusalTypes.unstorable: // the database refused the data (a NUL, a lone surrogate): the workflow kept its state
      return new HttpError(422, refusalTypes.unstorable, failure.message, failure.details ?? null);
    default:
      return new HttpError(500, 'workflow_failure', failure.message);
  }
}
