import { allHandlersFinished, condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { durationMs } from '../../domain/duration';
import type { createActivities } from '../../activities';
import { Actor, systemActor } from '../../domain/declaration';
import type { ChangeStatus } from '../../domain/hospitalisation';
import type { SchemaVersion } from '../../domain/declaration-schemas/versions';
import { hospitalisationRules, schemaVersions } from '../rules-on-demand';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf, staleVersion } from '../refusals';
import {
  approveChangeUpdate, ChangeInput, changeQuery, ChangeSnapshot, rejectChangeUpdate, SaveChange, saveChangeUpdate, submitChangeUpdate, withdrawChangeUpdate,
} from './definitions';
import { type DraftPeriods, untouchedDraftDue } from '../draft-timer';
import { firstUpdateArrived } from '../first-update';
import { activityOptions, checkpointOf, isStaff, serially } from '../shared';

const { projectHospitalisationChange, applyHospitalisationChange, sendHospitalisationDecisionMail, sendChangeDraftReminder } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** A change to the group hospitalisation register, from draft to the back office's approval or rejection. */
export async function hospitalisationChangeWorkflow(input: ChangeInput): Promise<ChangeSnapshot> {
  const now = () => new Date().toISOString();
  const createdAt = now();
  const { timing, schemaVersion, ...identity } = input;
  // The rules the change started under: handlers re-check its data by these, so its history replays whatever today's are.
  const pinned = schemaVersions().schemasAt(schemaVersion);
  const state: ChangeSnapshot = {
    ...identity, workflowId: workflowInfo().workflowId, data: {}, effectiveDate: null, status: 'draft', version: 0, revision: 0,
    decision: null, actions: [], createdAt, updatedAt: createdAt, submittedAt: null,
  };
  // Executions started before drafts expired keep waiting for the requester.
  const draftsExpire = patched('change-draft-expiry');
  let lastTouchedAt = Date.now(); // what the draft reminder and expiry count from
  const copy = () => JSON.parse(JSON.stringify(state)) as ChangeSnapshot;
  const checkpoint = checkpointOf(state); // what the database last stored
  let storedTouchedAt = lastTouchedAt;
  /** The system's own actions leave the version alone, so the requester's next save is not stale. */
  async function record(action: string, by: Actor, details?: Record<string, unknown>, requesterChange = true) {
    const at = now();
    state.actions.push({ action, by, at, ...(details ? { details } : {}) });
    state.revision += 1;
    if (requesterChange) state.version += 1;
    state.updatedAt = at;
    try {
      await projectHospitalisationChange(copy());
    } catch (error) {
      // Bad data is refused to the caller; the state stays as the database holds it, at the same version.
      checkpoint.restore();
      lastTouchedAt = storedTouchedAt;
      throw refusalOf(error);
    }
    checkpoint.stored();
    storedTouchedAt = lastTouchedAt;
    return copy();
  }
  const exclusively = serially();

  const requireRequester = (actor: Actor) => {
    if (actor.userId !== state.requestedBy.userId) throw forbidden(phrase('hospitalisation.refusal.requesterOnly'));
  };
  /** Validators check today's rules; handlers, which replay, those the change pinned. */
  const checkSave = ({ actor, data, version }: SaveChange, schemas: SchemaVersion) => {
    requireRequester(actor);
    if (state.status !== 'draft') throw notAllowed(phrase('hospitalisation.refusal.notEditable', { status: state.status }));
    if (version !== state.version) throw staleVersion(version, state.version);
    const problems = hospitalisationRules().changeDraftProblems(state.kind, data, schemas.changes);
    if (problems.length) throw invalidFields(phrase('hospitalisation.refusal.malformed'), problems);
  };
  setHandler(saveChangeUpdate, (save) => exclusively(async () => {
    checkSave(save, pinned);
    const creating = state.version === 0;
    state.data = save.data;
    state.effectiveDate = save.effectiveDate;
    lastTouchedAt = Date.now();
    return record(creating ? 'created' : 'saved', save.actor);
  }), { validator: (save) => checkSave(save, schemaVersions().currentSchemas) });

  const checkSubmit = ({ actor }: { actor: Actor }, schemas: SchemaVersion) => {
    requireRequester(actor);
    if (state.status !== 'draft') throw notAllowed(phrase('hospitalisation.refusal.alreadySubmitted', { status: state.status }));
    const problems = hospitalisationRules().changeSubmitProblems(state.kind, state.data, state.effectiveDate, schemas.changes);
    if (problems.length) throw invalidFields(phrase('hospitalisation.refusal.incomplete'), problems);
  };
  setHandler(submitChangeUpdate, ({ actor }) => exclusively(async () => {
    checkSubmit({ actor }, pinned);
    state.status = 'submitted';
    state.submittedAt = now();
    return record('submitted', actor);
  }), { validator: (submit) => checkSubmit(submit, schemaVersions().currentSchemas) });

  const checkWithdraw = ({ actor }: { actor: Actor }) => {
    requireRequester(actor);
    if (state.status !== 'draft' && state.status !== 'submitted') throw notAllowed(phrase('hospitalisation.refusal.alreadyDecided', { status: state.status }));
  };
  setHandler(withdrawChangeUpdate, ({ actor }) => exclusively(async () => {
    checkWithdraw({ actor });
    state.status = 'withdrawn';
    return record('withdrawn', actor);
  }), { validator: checkWithdraw });

  const checkDecision = ({ actor }: { actor: Actor }) => {
    if (!isStaff(actor)) throw forbidden(phrase('hospitalisation.refusal.backOfficeDecides'));
    if (state.status !== 'submitted') throw notAllowed(phrase('hospitalisation.refusal.notSubmitted', { status: state.status }));
  };
  setHandler(approveChangeUpdate, ({ actor }) => exclusively(async () => {
    checkDecision({ actor });
    await applyHospitalisationChange({ change: copy(), approvedBy: actor }) // the register changes from the effective date
      .catch((error) => { throw refusalOf(error); });
    state.status = 'approved';
    state.decision = { decision: 'approve', reason: null, by: actor, at: now() };
    return record('approved', actor);
  }), { validator: checkDecision });

  const checkReject = ({ actor, reason }: { actor: Actor; reason: string }) => {
    checkDecision({ actor });
    if (!reason?.trim()) throw invalidFields(phrase('hospitalisation.refusal.rejectionNeedsReason'), [fieldProblem('reason', 'hospitalisation.problem.rejectionReason')]);
  };
  setHandler(rejectChangeUpdate, (reject) => exclusively(async () => {
    checkReject(reject);
    state.status = 'rejected';
    state.decision = { decision: 'reject', reason: reject.reason.trim(), by: reject.actor, at: now() };
    return record('rejected', reject.actor, { reason: reject.reason.trim() });
  }), { validator: checkReject });

  setHandler(changeQuery, () => state);

  /** As declaration drafts: reminded once per untouched period, then expired; each save starts the count again. */
  async function expireUntouchedDraft(periods: DraftPeriods) {
    let remindedForTouch: number | null = null;
    while (state.status === 'draft') {
      const revision = state.revision;
      const changed = () => state.status !== 'draft' || state.revision !== revision;
      const touched = lastTouchedAt;
      const due = await untouchedDraftDue(periods, touched, remindedForTouch, changed);
      if (due === 'changed') continue;
      await exclusively(async () => {
        if (changed()) return;
        if (due === 'remind') {
          remindedForTouch = touched;
          await sendChangeDraftReminder({ changeId: state.id, userId: state.requestedBy.userId, touchedAt: touched });
          await record('draft_reminder_sent', systemActor, undefined, false);
        } else {
          state.status = 'expired';
          await record('expired', systemActor, undefined, false);
        }
      });
    }
  }

  // A change whose first save never happened (its start's answer was lost) ends without a trace in the database;
  // executions started before went on to remind and expire it.
  const firstSaveStored = () => state.version > 0;
  if (patched('change-ends-without-first-save') && !(await firstUpdateArrived(firstSaveStored, timing?.firstSaveWithin))) return state;
  const final: ChangeStatus[] = ['approved', 'rejected', 'withdrawn', 'expired'];
  // A step the database refused is undone once its handler ends: then the change waits (as a draft: expires) again.
  do {
    if (draftsExpire) await expireUntouchedDraft({ reminderAfter: durationMs(timing.draftReminderAfter), expiresAfter: durationMs(timing.draftExpiresAfter) });
    await condition(() => final.includes(state.status) || (draftsExpire && state.status === 'draft'));
    await condition(allHandlersFinished);
  } while (!final.includes(state.status));
  if (state.decision) await sendHospitalisationDecisionMail(copy()); // the requester is told by mail
  return state;
}
