import {
  isGrpcServiceError, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { conflict, forbidden, HttpError, invalid } from '../api/errors';
import { phrase } from '../i18n/phrase';
import { refusalDetailsOf, refusalTypes } from './refusals';

/** What a refusal calls a process (`process.subject.<code>`): the business object its workflow owns. */
export type ProcessSubject = 'declaration' | 'change' | 'message' | 'payment' | 'schedule' | 'claim' | 'agreement';

/**
 * The failure Temporal gives an update it had accepted when the workflow closed or continued as new before
 * the handler answered (go.temporal.io/server, service/history/workflow/update/errors_failures.go).
 */
const acceptedUpdateCompletedWorkflow = 'AcceptedUpdateCompletedWorkflow';

/**
 * The workflow has ended: Temporal answers an update to it with NOT_FOUND ("workflow execution already
 * completed", or "aborted by closing workflow" for one that was waiting), which the SDK throws as this type.
 */
const closedWorkflow = (error: unknown) => error instanceof WorkflowNotFoundError;

/** The request may or may not have reached the workflow: saying "nothing was changed" would be a guess. */
const outcomeUnknown = (error: unknown) =>
  error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || error instanceof ServiceError || isGrpcServiceError(error) ||
  (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === acceptedUpdateCompletedWorkflow);

/**
 * Turns a failed start or update of a process into the HTTP error the caller can act on; `status` is the
 * process's status as its projection shows it, for the refusal of a process that has ended.
 */
export function httpErrorOf(error: unknown, process: { subject: ProcessSubject; status: string }): unknown {
  if (closedWorkflow(error)) return conflict(refusalTypes.notAllowed, phrase('process.closed', { subject: process.subject, status: process.status }));
  if (outcomeUnknown(error)) return new HttpError(503, 'outcome_unknown', phrase('process.outcomeUnknown'));
  const failure = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (!(failure instanceof ApplicationFailure)) return error;
  const { phrase: said, problems, current, data } = refusalDetailsOf(failure);
  switch (failure.type) {
    case refusalTypes.validation:
      return invalid(said, problems ?? []);
    case refusalTypes.staleVersion:
      return conflict(refusalTypes.staleVersion, said, { current });
    case refusalTypes.notAllowed:
      return conflict(refusalTypes.notAllowed, said);
    case refusalTypes.forbidden:
      return forbidden(refusalTypes.forbidden, said);
    case refusalTypes.unstorable: // the database refused the data (a NUL, a lone surrogate): the workflow kept its state
      return new HttpError(422, refusalTypes.unstorable, said, data ? [data] : null);
    default:
      return new HttpError(500, 'workflow_failure', said);
  }
}
