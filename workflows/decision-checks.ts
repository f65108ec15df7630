import { allowedDecisions, type DeclarationStatus } from '../domain/declaration';
import { fieldProblem } from '../i18n/field-problems';
import { phrase } from '../i18n/phrase';
import { invalidFields, notAllowed } from './refusals';

/**
 * A handler's decision on a claim, as the declaration's process (claims of the time before) and the claim's own
 * process check it: allowed in the status (a reservation is later accepted or refused), with a reason unless it
 * accepts, and what is missing when it reserves.
 */
export function checkDecision(status: DeclarationStatus, { decision, reason, missing }: { decision: string; reason?: string; missing?: string[] }) {
  const allowed = allowedDecisions(status);
  if (!allowed.includes(decision as never)) {
    throw notAllowed(allowed.length
      ? phrase('declaration.refusal.decisionNotAllowed', { status, decision })
      : phrase('declaration.refusal.notDecidable', { status }));
  }
  const problems = [];
  if (decision !== 'accept' && !reason?.trim()) {
    problems.push(fieldProblem('reason', decision === 'refuse' ? 'declaration.problem.refusalReason' : 'declaration.problem.reservationReason'));
  }
  if (decision === 'reserve' && !missing?.some((item) => item.trim())) problems.push(fieldProblem('missing', 'declaration.problem.missingInformation'));
  if (problems.length) throw invalidFields(phrase('declaration.refusal.decisionIncomplete'), problems);
}
