import { isGrpcServiceError, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalDetailsOf, refusalTypes } from '../../workflows/refusals';
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
  const { phrase, problems, current, data } = refusalDetailsOf(failure);
  switch (failure.type) {
    case refusalTypes.validation:
      return invalid(phrase, problems ?? []);
    case refusalTypes.staleVersion:
      return conflict(refusalTypes.staleVersion, phrase, { current });
    case refusalTypes.notAllowed:
      return conflict(refusalTypes.notAllowed, phrase);
    case refusalTypes.forbidden:
      return forbidden(refusalTypes.forbidden, phrase);
    case refusalTypes.unstorable: // the database refused the data (a NUL, a lone surrogate): the workflow kept its state
      return new HttpError(422, refusalTypes.unstorable, phrase, data ? [data] : null);
    default:
      return new HttpError(500, 'workflow_failure', phrase);
  }
}
