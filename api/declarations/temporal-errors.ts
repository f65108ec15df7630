import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalTypes } from '../../workflows/refusals';
import { conflict, forbidden, HttpError, invalid } from '../errors';

const closedWorkflow = (error: unknown) =>
  error instanceof WorkflowNotFoundError || /workflow execution already completed/i.test(String((error as Error)?.message));

/** Turns a workflow's refusal into the HTTP error the caller can act on. */
export function httpErrorOf(error: unknown, statusInProjection: string, subject = 'This declaration'): unknown {
  if (closedWorkflow(error)) {
    return conflict(refusalTypes.notAllowed, `${subject} is ${statusInProjection.replace('_', ' ')}; it can no longer change.`);
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
    default:
      return new HttpError(500, 'workflow_failure', failure.message);
  }
}
