import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { type Actor, systemActor } from '../../domain/declaration';
import type { UserAgreementStatus } from '../../domain/user-agreement';
import { userAgreementRules } from '../rules-on-demand';
import { fieldProblem, problemsOf } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf, staleVersion } from '../refusals';
import { firstUpdateArrived } from '../first-update';
import { activityOptions, checkpointOf, isStaff, serially } from '../shared';
import {
  registerUserAgreementUpdate, type SaveUserAgreement, saveUserAgreementUpdate, sendBackUserAgreementUpdate, type SubmitUserAgreement,
  submitUserAgreementUpdate, type UserAgreementInput, userAgreementQuery, type UserAgreementSnapshot, withdrawUserAgreementUpdate,
} from './definitions';

const { projectUserAgreement, takeAwayAgreementAccess, applyUserAgreement, notifyUserAgreementEscalated } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/**
 * A user agreement from the administrator's draft to the insurer's registration: access taken away applies as
 * soon as it is submitted, access given once it is registered; unregistered after the registration days, the
 * senior staff are told. A draft (or an agreement sent back) nobody touches for the draft period expires.
 */
export async function userAgreementWorkflow(input: UserAgreementInput): Promise<UserAgreementSnapshot> {
  const { agreementEmployees, editableStatuses, registrationDueAt } = userAgreementRules(); // an agreement's own rules, loaded with it
  const now = () => new Date().toISOString();
  const createdAt = now();
  const { timing, ...identity } = input;
  const state: UserAgreementSnapshot = {
    ...identity, workflowId: workflowInfo().workflowId, employees: [], status: 'draft', version: 0, revision: 0, signature: null,
    decision: null, actions: [], createdAt, updatedAt: createdAt, submittedAt: null, registrationDueAt: null, escalatedAt: null, registeredAt: null,
  };
  const copy = () => JSON.parse(JSON.stringify(state)) as UserAgreementSnapshot;
  const checkpoint = checkpointOf(state);
  /** As the hospitalisation change: the system's own actions leave the version alone. */
  async function record(action: string, by: Actor, details?: Record<string, unknown>, requesterChange = true) {
    const at = now();
    state.actions.push({ action, by, at, ...(details ? { details } : {}) });
    state.revision += 1;
    if (requesterChange) state.version += 1;
    state.updatedAt = at;
    try {
      await projectUserAgreement(copy());
    } catch (error) {
      checkpoint.restore();
      throw refusalOf(error);
    }
    checkpoint.stored();
    return copy();
  }
  const exclusively = serially();
  let submissions = 0; // each submission starts its own escalation count

  const requireRequester = (actor: Actor) => {
    if (actor.userId !== state.requestedBy.userId) throw forbidden(phrase('userAgreement.refusal.administratorOnly'));
  };
  const requireEditable = () => {
    if (!editableStatuses.includes(state.status)) throw notAllowed(phrase('userAgreement.refusal.notEditable', { status: state.status }));
  };

  // Validators check the lines by today's rules; the handlers only apply what a validator let through.
  const checkSave = ({ actor, employees, version }: SaveUserAgreement) => {
    requireRequester(actor);
    requireEditable();
    if (version !== state.version) throw staleVersion(version, state.version);
    const parsed = agreementEmployees.safeParse(employees);
    if (!parsed.success) throw invalidFields(phrase('userAgreement.refusal.malformed'), problemsOf(parsed.error, employees));
  };
  // The handlers check the status again once they hold the lock: the draft may have expired in between.
  setHandler(saveUserAgreementUpdate, (save) => exclusively(async () => {
    requireEditable();
    const creating = state.version === 0;
    state.employees = save.employees;
    return record(creating ? 'created' : 'saved', save.actor, { employees: save.employees.length });
  }), { validator: checkSave });

  const alreadySubmitted = () => state.status === 'submitted';
  const checkSubmit = ({ actor, confirmedText }: SubmitUserAgreement) => {
    requireRequester(actor);
    if (alreadySubmitted()) return; // the same submission again: answered as it stands
    requireEditable();
    if (!confirmedText?.trim()) throw invalidFields(phrase('userAgreement.refusal.unsigned'), [fieldProblem('confirmedText', 'userAgreement.problem.signature')]);
  };
  setHandler(submitUserAgreementUpdate, ({ actor, confirmedText }) => exclusively(async () => {
    if (alreadySubmitted()) return copy();
    requireEditable();
    await takeAwayAgreementAccess({ agreement: copy(), by: actor }).catch((error) => { throw refusalOf(error); });
    const at = now();
    state.signature = { by: actor, at, text: confirmedText };
    state.status = 'submitted';
    state.submittedAt = at;
    state.registrationDueAt = registrationDueAt(at);
    state.escalatedAt = null;
    state.decision = null;
    submissions += 1;
    return record('submitted', actor);
  }), { validator: checkSubmit });

  const checkWithdraw = ({ actor }: { actor: Actor }) => {
    requireRequester(actor);
    if (!editableStatuses.includes(state.status) && state.status !== 'submitted') throw notAllowed(phrase('userAgreement.refusal.alreadyDecided', { status: state.status }));
  };
  setHandler(withdrawUserAgreementUpdate, ({ actor }) => exclusively(async () => {
    checkWithdraw({ actor });
    state.status = 'withdrawn';
    return record('withdrawn', actor);
  }), { validator: checkWithdraw });

  const checkDecision = ({ actor }: { actor: Actor }) => {
    if (!isStaff(actor)) throw forbidden(phrase('userAgreement.refusal.insurerRegisters'));
    if (state.status !== 'submitted') throw notAllowed(phrase('userAgreement.refusal.notSubmitted', { status: state.status }));
  };
  setHandler(registerUserAgreementUpdate, ({ actor }) => exclusively(async () => {
    await applyUserAgreement({ agreement: copy(), registeredBy: actor }).catch((error) => { throw refusalOf(error); });
    const at = now();
    state.status = 'registered';
    state.registeredAt = at;
    state.decision = { decision: 'register', reason: null, by: actor, at };
    return record('registered', actor);
  }), { validator: checkDecision });

  const checkSendBack = ({ actor, reason }: { actor: Actor; reason: string }) => {
    checkDecision({ actor });
    if (!reason?.trim()) throw invalidFields(phrase('userAgreement.refusal.sendBackNeedsReason'), [fieldProblem('reason', 'userAgreement.problem.reason')]);
  };
  setHandler(sendBackUserAgreementUpdate, ({ actor, reason }) => exclusively(async () => {
    state.status = 'sent_back';
    state.decision = { decision: 'send_back', reason: reason.trim(), by: actor, at: now() };
    return record('sent_back', actor, { reason: reason.trim() });
  }), { validator: checkSendBack });

  setHandler(userAgreementQuery, () => state);

  if (!(await firstUpdateArrived(() => state.version > 0, timing.firstSaveWithin))) return state;
  const final: UserAgreementStatus[] = ['registered', 'withdrawn', 'expired'];
  const ended = () => final.includes(state.status);

  /** In the organisation's hands (a draft, or sent back): untouched for the draft period, it expires. */
  async function expireUnlessTouched() {
    const version = state.version;
    const touched = () => !editableStatuses.includes(state.status) || state.version !== version;
    if (await condition(touched, timing.draftExpiresAfter)) return;
    await exclusively(async () => {
      if (touched()) return;
      state.status = 'expired';
      await record('expired', systemActor, undefined, false);
    });
  }

  /** Received: the insurer registers within the registration days, or the senior staff are told once. */
  async function escalateUnlessRegistered() {
    const submission = submissions;
    const moved = () => state.status !== 'submitted' || submissions !== submission;
    if (!(await condition(moved, timing.escalateAfter))) {
      await exclusively(async () => {
        if (moved()) return;
        state.escalatedAt = now();
        const escalated = await record('escalated', systemActor, { to: 'senior_handler' }, false);
        await notifyUserAgreementEscalated(escalated);
      });
    }
    await condition(() => ended() || moved());
  }

  while (!ended()) {
    if (editableStatuses.includes(state.status)) await expireUnlessTouched();
    else if (state.status === 'submitted') await escalateUnlessRegistered();
  }
  await condition(allHandlersFinished);
  return state;
}
