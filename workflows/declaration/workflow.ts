import {
  allHandlersFinished, condition, getExternalWorkflowHandle, log, makeContinueAsNewFunc, ParentClosePolicy, patched, proxyActivities, proxyLocalActivities, setHandler,
  startChild, upsertSearchAttributes, workflowInfo,
} from '@temporalio/workflow';
import { durationMs } from '../../domain/duration';
import type { createActivities } from '../../activities';
import {
  Actor, ActionName, customerMayReopen, DeclarationSnapshot, isFinal, reopenRefusal, withdrawRefusal, systemActor,
} from '../../domain/declaration';
import { opensAutomatically, productLineOf } from '../../domain/declaration-types';
import { openedAutomatically } from '../../domain/declaration-opening';
import { brusselsDate } from '../../domain/rules/calendar';
import { inspectionReportDue } from '../../domain/declaration-facts';
import { claimAnsweredSignal, deadlinesWorkflowId } from '../claim-deadlines/definitions';
import { claimDeadlinesWorkflow } from '../claim-deadlines/workflow';
import { claimWorkflowId, type ClaimTiming } from '../claim/definitions';
import { claimWorkflow } from '../claim/workflow';
import { checkDecision } from '../decision-checks';
import { firstUpdateArrived } from '../first-update';
import { MAX_ATTACHMENTS_PER_DECLARATION } from '../../domain/attachments';
import type { SchemaVersion } from '../../domain/declaration-schemas/versions';
import { declarationProblems, schemaVersions } from '../rules-on-demand';
import { ClaimNumber, DeclarationStatus, OrganisationId } from '../search-attributes';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf, staleVersion } from '../refusals';
import {
  addAttachmentsUpdate, claimHandedOverSignal, DeclarationFlags, DeclarationInput, HistoryLimits, MAX_DRAFT_DATA_CHARACTERS, declarationQuery, decideUpdate, reassignUpdate, removeAttachmentUpdate, reopenUpdate, saveDraftUpdate, startHandlingUpdate, submitUpdate, withdrawUpdate,
} from './definitions';
import { untouchedDraftDue } from '../draft-timer';
import { activityOptions, checkpointOf, isStaff, localActivityOptions, serially } from '../shared';

const activities = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);
const { assignClaim, sendDraftReminder, sendDeclarationMail, sendDeclarationMails, issueDecisionLetters, submitAndOpenClaim } = activities;
/** The projection and the claim's opening as local activities (workflows/shared.ts): one workflow task per action. */
const localActivities = proxyLocalActivities<ReturnType<typeof createActivities>>(localActivityOptions);

/** The sandbox has no structuredClone; the state is plain JSON anyway. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** For declarations started before the claim's durations were part of their input. */
const defaultClaimTiming: ClaimTiming = { approvalEscalateAfter: '2 days', instalmentPeriod: '30 days', reopenWithin: '1095 days' };

/** A run hands over to a fresh one before Temporal's own limits (50 MB, 50,000 events) come near. */
const defaultHistoryLimits: HistoryLimits = { historyBytes: 4 * 1024 * 1024, historyEvents: 4_000 };


/** One claim declaration (schadeaangifte), from first draft to the handler's final decision. */
export async function declarationWorkflow(input: DeclarationInput): Promise<DeclarationSnapshot> {
  const now = () => new Date().toISOString();
  const createdAt = now();
  const { continued } = input;
  const state: DeclarationSnapshot = continued?.state ?? {
    id: input.declarationId,
    workflowId: workflowInfo().workflowId,
    organisationId: input.organisationId,
    policyId: input.policyId,
    type: input.type,
    status: 'draft',
    step: 1,
    version: 0,
    revision: 0,
    data: {},
    attachments: [],
    claimNumber: null,
    handler: null,
    decision: null,
    actions: [],
    createdBy: input.createdBy,
    createdAt,
    updatedAt: createdAt,
    submittedAt: null,
  };
  // Every patch a run asks records a marker and a search-attribute upsert. Runs of this generation ask one patch that
  // stands for every earlier one below (and for the submit in one write); runs recorded before ask each as they did.
  const currentGeneration = patched('declaration-generation-2026-12');
  const since = (patchId: string) => currentGeneration || patched(patchId);
  // A continued run keeps the behaviour its declaration started with; a first run asks patched().
  const flags: DeclarationFlags = continued?.flags ?? {
    // Executions started before documents were checked at submit keep submitting without that check.
    mandatoryDocumentsChecked: since('submit-checks-mandatory-documents'),
    // ...and send no mails.
    mailsSent: since('declaration-mails'),
    // ...and their claims have no deadlines workflow and no decision letters.
    deadlinesTracked: since('claim-deadlines'),
  };
  const { mandatoryDocumentsChecked, mailsSent, deadlinesTracked } = flags;
  // How, not what: asked by every run at its start, so an action's own task records no patch. Runs recorded before
  // write through activities of the engine, upsert the status with every action and send each mail on its own.
  const fastPath = since('declaration-one-task-per-action');
  // A local activity's write outlives a workflow task that a dead worker never completed: the row would show a save the
  // workflow never took (and, its caller gone too, never takes). New runs write through activities of the engine, which
  // run only once the task that asked for them is recorded; runs recorded with local writes replay as they were.
  const writesAfterRecording = fastPath && since('declaration-writes-after-recording');
  const { projectDeclaration, openClaim } = fastPath && !writesAfterRecording ? localActivities : activities;
  // A declaration whose claim opens by itself is submitted and opened by one activity; runs recorded before use three.
  const submitsInOneWrite = currentGeneration;
  const claimOwnsHandling = fastPath ? since('claim-owns-handling') : undefined;
  let indexedStatus = workflowInfo().typedSearchAttributes.get(DeclarationStatus);
  /** The status as list searches see it; the fast path leaves an unchanged status alone (a draft saved again). */
  const indexStatus = () => {
    if (fastPath && indexedStatus === state.status) return;
    upsertSearchAttributes([{ key: DeclarationStatus, value: state.status }]);
    indexedStatus = state.status;
  };
  // The rules the declaration started under: handlers re-check its data by these, so its history replays whatever today's are.
  const pinned = schemaVersions().schemasAt(input.schemaVersion);
  // Executions started before histories were bounded never continue as new...
  const continuesAsNew = continued ? true : since('declaration-continues-as-new');
  // ...and wait for their first save however long it takes.
  const endsWithoutFirstSave = continued ? true : since('declaration-ends-without-first-save');
  let lastTouchedAt = continued?.lastTouchedAt ?? Date.now(); // what the draft reminder and expiry count from
  let remindedForTouch: number | null = continued?.remindedForTouch ?? null;
  // What the database last stored; a refused projection goes back to it.
  const checkpoint = checkpointOf(state);
  let storedTouchedAt = lastTouchedAt;
  let storedVersion = state.version;

  /** Applies an accepted action: who and when, a new revision, and the projection written before we answer. */
  async function record(action: ActionName, by: Actor, details?: Record<string, unknown>, customerChange = true): Promise<DeclarationSnapshot> {
    stamp(action, by, details, customerChange);
    indexStatus();
    await store(() => projectDeclaration(copy(state)));
    return copy(state);
  }
  function stamp(action: ActionName, by: Actor, details?: Record<string, unknown>, customerChange = true) {
    const at = now();
    state.actions.push({ action, by, at, ...(details ? { details } : {}) });
    state.revision += 1;
    if (customerChange) state.version += 1;
    state.updatedAt = at;
  }
  /** Runs the write of the state; refused, the state goes back to what was stored last. */
  async function store<T>(write: () => Promise<T>): Promise<T> {
    let written: T;
    try {
      written = await write();
    } catch (error) {
      checkpoint.restore();
      lastTouchedAt = storedTouchedAt;
      indexStatus();
      throw refusalOf(error); // bad data: the caller is told why, and may save again at the same version
    }
    checkpoint.stored();
    storedTouchedAt = lastTouchedAt;
    storedVersion = state.version;
    return written;
  }

  /** The claim's legal deadlines run in a workflow of their own, which outlives this one (ABANDON). */
  const startDeadlines = async (simpleFireRisk: boolean) => {
    if (!deadlinesTracked) return;
    await startChild(claimDeadlinesWorkflow, {
      workflowId: deadlinesWorkflowId(state.id),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{
        declarationId: state.id, productLine: productLineOf[state.type], claimFiledOn: brusselsDate(state.submittedAt ?? now()),
        simpleFireRisk, inspectionReportDueOn: inspectionReportDue(state.type, state.data),
      }],
    });
  };
  /**
   * From the opening on, the claim is a process of its own (claim-<id>): it owns the decisions, the money and the
   * deadlines, and outlives this one, whose work ends here. Executions started before keep deciding themselves.
   */
  let handedOver = false;
  const openClaimProcess = async (simpleFireRisk: boolean, openedBy: Actor) => {
    if (!(claimOwnsHandling ?? patched('claim-owns-handling'))) return startDeadlines(simpleFireRisk);
    await startChild(claimWorkflow, {
      workflowId: claimWorkflowId(state.id),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: [{ key: OrganisationId, value: state.organisationId }, { key: ClaimNumber, value: state.claimNumber! }],
      args: [{
        declarationId: state.id,
        timing: input.claimTiming ?? defaultClaimTiming,
        limits: input.claimLimits,
        opening: {
          organisationId: state.organisationId, claimNumber: state.claimNumber!, type: state.type, handler: state.handler!, openedBy,
          claimFiledOn: brusselsDate(state.submittedAt ?? now()), simpleFireRisk, inspectionReportDueOn: inspectionReportDue(state.type, state.data),
        },
      }],
    });
    handedOver = true;
  };
  setHandler(claimHandedOverSignal, () => {
    handedOver = true;
  });
  const requireNotHandedOver = () => {
    if (handedOver) throw notAllowed(phrase('declaration.refusal.handedOver', { claimNumber: state.claimNumber }));
  };
  const tellDeadlinesAnswered = async () => {
    if (!deadlinesTracked || !state.claimNumber) return;
    await getExternalWorkflowHandle(deadlinesWorkflowId(state.id)).signal(claimAnsweredSignal, { answeredOn: brusselsDate(now()) });
  };

  // Mails go out in the background, in order, so an action answers without waiting for the mail server.
  const outbox: { template: 'declaration-submitted' | 'claim-opened'; declaration: DeclarationSnapshot }[] = [];
  let outboxClosed = false;
  const queueMail = (template: 'declaration-submitted' | 'claim-opened', declaration = copy(state)) => {
    if (mailsSent) outbox.push({ template, declaration });
  };
  const mailing = (async () => {
    for (;;) {
      if (fastPath) {
        // Once the action is answered, what it queued goes in one activity (a submit queues two mails).
        await condition(() => (outbox.length > 0 && allHandlersFinished()) || outboxClosed);
        if (!outbox.length) return;
        const sending = outbox.length;
        await sendDeclarationMails({ mails: outbox.slice(0, sending) });
        outbox.splice(0, sending);
        continue;
      }
      await condition(() => outbox.length > 0 || outboxClosed);
      const mail = outbox[0];
      if (!mail) return;
      await sendDeclarationMail(mail);
      outbox.shift(); // only once sent: an empty outbox is a flushed one
    }
  })();

  const exclusively = serially();

  const requireCustomer = (actor: Actor) => {
    if (actor.role !== 'customer') throw forbidden(phrase('declaration.refusal.customerOnly'));
  };
  const requireHandler = (actor: Actor) => {
    if (!isStaff(actor)) throw forbidden(phrase('declaration.refusal.handlerOnly'));
  };

  /** What the handler re-checks when its turn comes: only what another action may have changed meanwhile. */
  const checkSaveAllowed = ({ actor, version }: { actor: Actor; version: number }) => {
    requireCustomer(actor);
    if (state.status !== 'draft') {
      throw notAllowed(customerMayReopen(state.status)
        ? phrase('declaration.refusal.notEditableReopen', { status: state.status })
        : phrase('declaration.refusal.notEditable', { status: state.status }));
    }
    if (version !== state.version) throw staleVersion(version, state.version);
  };
  /**
   * The data's own checks run in the validator only: they depend on nothing but the data, and a validator
   * does not run on replay, so tightening a schema never changes how a recorded save replays.
   */
  const checkSave = (save: { actor: Actor; data: unknown; version: number }) => {
    checkSaveAllowed(save);
    const { data } = save;
    if (JSON.stringify(data ?? {}).length > MAX_DRAFT_DATA_CHARACTERS) {
      throw invalidFields(phrase('declaration.refusal.tooLarge'), [fieldProblem('data', 'declaration.problem.draftSize', { count: MAX_DRAFT_DATA_CHARACTERS })]);
    }
    const problems = declarationProblems().draftProblems(state.type, data);
    if (problems.length) throw invalidFields(phrase('declaration.refusal.malformed'), problems);
  };
  setHandler(saveDraftUpdate, (save) => exclusively(async () => {
    checkSaveAllowed(save);
    const creating = state.version === 0;
    state.data = save.data;
    state.step = save.step;
    lastTouchedAt = Date.now();
    return record(creating ? 'created' : 'saved', save.actor, { step: save.step });
  }), { validator: checkSave });

  const checkEditable = (actor: Actor) => {
    requireCustomer(actor);
    if (state.status !== 'draft') throw notAllowed(phrase('declaration.refusal.attachmentsOnlyInDraft', { status: state.status }));
  };
  const checkAdd = ({ actor, attachments }: { actor: Actor; attachments: unknown[] }) => {
    checkEditable(actor);
    if (state.attachments.length + attachments.length > MAX_ATTACHMENTS_PER_DECLARATION) {
      throw invalidFields(phrase('declaration.refusal.tooManyAttachments'), [fieldProblem('files', 'declaration.problem.attachmentCount', { count: MAX_ATTACHMENTS_PER_DECLARATION })]);
    }
  };
  setHandler(addAttachmentsUpdate, (add) => exclusively(async () => {
    checkAdd(add);
    state.attachments.push(...add.attachments);
    lastTouchedAt = Date.now();
    return record('attachments_added', add.actor, { files: add.attachments.map((file) => file.fileName) });
  }), { validator: checkAdd });

  const checkRemove = ({ actor, attachmentId }: { actor: Actor; attachmentId: string }) => {
    checkEditable(actor);
    if (!state.attachments.some((file) => file.id === attachmentId)) throw notAllowed(phrase('declaration.refusal.unknownAttachment'));
  };
  setHandler(removeAttachmentUpdate, (remove) => exclusively(async () => {
    checkRemove(remove);
    const removed = state.attachments.find((file) => file.id === remove.attachmentId)!;
    state.attachments = state.attachments.filter((file) => file.id !== remove.attachmentId);
    lastTouchedAt = Date.now();
    return record('attachment_removed', remove.actor, { file: removed.fileName });
  }), { validator: checkRemove });

  /** The validator checks today's rules; the handler, which replays, those the declaration pinned. */
  const checkSubmit = ({ actor, version }: { actor: Actor; version?: number }, schemas: SchemaVersion) => {
    requireCustomer(actor);
    if (state.status !== 'draft') throw notAllowed(phrase('declaration.refusal.alreadySubmitted', { status: state.status }));
    if (version !== undefined && version !== state.version) throw staleVersion(version, state.version);
    const problems = [
      ...declarationProblems().submitProblems(state.type, state.data, schemas),
      ...(mandatoryDocumentsChecked ? schemas.missingMandatoryDocuments(state.type, state.data, state.attachments) : []),
    ];
    if (problems.length) throw invalidFields(phrase('declaration.refusal.incomplete'), problems);
  };
  setHandler(submitUpdate, (submit) => exclusively(async () => {
    checkSubmit(submit, pinned);
    state.status = 'submitted';
    state.submittedAt = now();
    if (submitsInOneWrite && opensAutomatically(state.type)) return submitAndOpen(submit.actor);
    const submitted = await record('submitted', submit.actor);
    queueMail('declaration-submitted');
    if (!opensAutomatically(state.type)) return submitted;
    const claim = await openClaim({ declarationId: state.id, type: state.type, handlerId: null, openedBy: null });
    state.status = 'in_handling';
    state.claimNumber = claim.claimNumber;
    state.handler = claim.handler;
    const opened = await record('opened_automatically', systemActor, { claimNumber: claim.claimNumber, handlerId: claim.handler.id }, false);
    queueMail('claim-opened');
    await openClaimProcess(claim.simpleFireRisk ?? false, systemActor);
    return opened;
  }), { validator: (submit) => checkSubmit(submit, schemaVersions().currentSchemas) });

  /** The submit of a declaration whose claim opens by itself: one write for both states and the claim (activities/declaration-submit.ts). */
  const submitAndOpen = async (by: Actor) => {
    stamp('submitted', by);
    const submitted = copy(state);
    const claim = await store(async () => {
      const opened = await submitAndOpenClaim(submitted);
      Object.assign(state, openedAutomatically(submitted, opened));
      return opened;
    });
    indexStatus(); // in handling: the list searches never needed to see the moment between
    queueMail('declaration-submitted', submitted);
    queueMail('claim-opened');
    await openClaimProcess(claim.simpleFireRisk, systemActor); // answered once it runs: the handler's next action goes to it
    return copy(state);
  };

  const checkWithdraw = ({ actor }: { actor: Actor }) => {
    requireCustomer(actor);
    const refusal = withdrawRefusal(state.status);
    if (refusal) throw notAllowed(refusal);
  };
  setHandler(withdrawUpdate, (withdraw) => exclusively(async () => {
    checkWithdraw(withdraw);
    state.status = 'withdrawn';
    lastTouchedAt = Date.now();
    return record('withdrawn', withdraw.actor, withdraw.reason ? { reason: withdraw.reason } : undefined);
  }), { validator: checkWithdraw });

  const checkReopen = ({ actor }: { actor: Actor }) => {
    requireCustomer(actor);
    const refusal = reopenRefusal(state.status);
    if (refusal) throw notAllowed(refusal);
  };
  setHandler(reopenUpdate, (reopen) => exclusively(async () => {
    checkReopen(reopen);
    state.status = 'draft';
    state.submittedAt = null;
    lastTouchedAt = Date.now();
    return record('reopened', reopen.actor);
  }), { validator: checkReopen });

  const checkStartHandling = ({ actor }: { actor: Actor }) => {
    requireHandler(actor);
    if (state.status !== 'submitted') throw notAllowed(phrase('declaration.refusal.notSubmitted', { status: state.status }));
  };
  setHandler(startHandlingUpdate, ({ actor }) => exclusively(async () => {
    checkStartHandling({ actor });
    const claim = await openClaim({ declarationId: state.id, type: state.type, handlerId: actor.userId, openedBy: actor.userId });
    state.status = 'in_handling';
    state.claimNumber = claim.claimNumber;
    state.handler = claim.handler;
    const started = await record('handling_started', actor, { claimNumber: claim.claimNumber }, false);
    queueMail('claim-opened');
    await openClaimProcess(claim.simpleFireRisk ?? false, actor);
    return started;
  }), { validator: checkStartHandling });

  const checkDecide = ({ actor, decision, reason, missing }: { actor: Actor; decision: string; reason?: string; missing?: string[] }) => {
    requireHandler(actor);
    requireNotHandedOver();
    checkDecision(state.status, { decision, reason, missing });
  };
  setHandler(decideUpdate, (decide) => exclusively(async () => {
    checkDecide(decide);
    const at = now();
    state.decision = { decision: decide.decision, reason: decide.reason?.trim() || null, missing: decide.missing ?? [], decidedBy: decide.actor, decidedAt: at };
    state.status = decide.decision === 'accept' ? 'accepted' : decide.decision === 'reserve' ? 'under_reservation' : 'refused';
    const decided = await record('decided', decide.actor, { decision: decide.decision }, false);
    await tellDeadlinesAnswered(); // a decision, reservation included, is the reasoned answer
    if (deadlinesTracked) await issueDecisionLetters(decided); // in writing, to everyone concerned
    return decided;
  }), { validator: checkDecide });

  const checkReassign = ({ actor }: { actor: Actor }) => {
    requireNotHandedOver();
    if (actor.role !== 'senior_handler') throw forbidden(phrase('declaration.refusal.seniorReassigns'));
    if (!state.claimNumber) throw notAllowed(phrase('declaration.refusal.noClaimYet'));
  };
  setHandler(reassignUpdate, (reassign) => exclusively(async () => {
    checkReassign(reassign);
    await assignClaim({ declarationId: state.id, handlerId: reassign.handler.id });
    const from = state.handler?.name ?? null;
    state.handler = reassign.handler;
    return record('reassigned', reassign.actor, { from, to: reassign.handler.name }, false);
  }), { validator: checkReassign });

  setHandler(declarationQuery, () => state);

  /** Past the limits (or when Temporal suggests it): hand over to a fresh run, state and bookkeeping included. */
  const limits = { ...defaultHistoryLimits, ...input.limits };
  const historyFull = () => {
    if (!continuesAsNew) return false;
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historySize >= limits.historyBytes || info.historyLength >= limits.historyEvents;
  };
  const continueAsNewCarryingState = async () => {
    // Accepted actions finish and queued mails go out first; an update arriving meanwhile is handled here or,
    // sent during the hand-over itself, by the next run (Temporal routes it there).
    await condition(() => allHandlersFinished() && outbox.length === 0);
    const continueAsNew = makeContinueAsNewFunc<typeof declarationWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
    return continueAsNew({ ...input, continued: { state: copy(state), lastTouchedAt, remindedForTouch, flags } });
  };

  // A workflow whose first save never happened (its creation failed half-way) ends without a trace in the database.
  const firstSaveStored = () => storedVersion > 0;
  const firstSaveMissing = endsWithoutFirstSave && !(await firstUpdateArrived(firstSaveStored, input.timing.firstSaveWithin));
  if (firstSaveMissing) log.warn('The declaration was never saved; its workflow ends without projecting', { declarationId: state.id });

  const draftPeriods = { reminderAfter: durationMs(input.timing.draftReminderAfter), expiresAfter: durationMs(input.timing.draftExpiresAfter) };
  let closed = firstSaveMissing;
  const ended = () => isFinal(state.status) || closed || handedOver;
  // A final step the database refused is undone once its handler ends: then the declaration goes on.
  do {
    while (!ended()) {
      if (historyFull()) await continueAsNewCarryingState();
      const status = state.status;
      const revision = state.revision;
      const changed = () => state.status !== status || state.revision !== revision;
      // Handing the claim over changes neither status nor revision: it ends the wait by itself.
      const wakes = () => changed() || historyFull() || handedOver;
      if (status !== 'draft' && status !== 'withdrawn') {
        await condition(wakes);
        continue;
      }
      // Untouched drafts are reminded once, then expire; a withdrawn declaration not reopened is closed.
      const touched = lastTouchedAt;
      const due = await untouchedDraftDue(draftPeriods, touched, remindedForTouch, wakes, status === 'draft');
      if (due === 'changed') continue;
      await exclusively(async () => {
        if (changed()) return;
        if (due === 'remind') {
          remindedForTouch = touched;
          try {
            await sendDraftReminder({ declarationId: state.id, userId: input.createdBy.userId, touchedAt: touched });
          } catch (error) {
            if (refusalOf(error) === error) throw error;
            log.warn('The draft reminder was refused; the draft goes on to its expiry without it', { declarationId: state.id });
            return;
          }
          await record('draft_reminder_sent', systemActor, undefined, false);
        } else if (status === 'draft') {
          state.status = 'expired';
          await record('expired', systemActor, undefined, false);
        } else {
          closed = true;
          await record('closed', systemActor, { reason: 'withdrawn and not reopened in time' }, false);
        }
      });
    }
    await condition(allHandlersFinished);
  } while (!ended());
  outboxClosed = true;
  await mailing;
  return state;
}
