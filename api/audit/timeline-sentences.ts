import { humanise } from '../../i18n/labels';
import { catalogue } from '../../i18n/catalogue';
import { phrase, phraseOf, type Phrase, type PhraseParams } from '../../i18n/phrase';

/**
 * What a workflow's history records, as catalogue phrases (`timeline.*` in i18n/locales/<language>/timeline.json):
 * who did what to which process. Keyed by the update and activity names the workflows define; a name the
 * catalogue does not know (a newer workflow) still reads as a sentence built from the name itself, so the
 * timeline never hides an event.
 */

export interface Actor {
  userId: string | null;
  name: string;
  role: string;
}

export type Args = Record<string, any>;

/** `approvePayment` → `approve payment`: a code in lower-case words, to stand in the middle of a sentence. */
export const humanize = (name: string) => humanise(name).toLowerCase();

export const isActor = (value: unknown): value is Actor =>
  typeof value === 'object' && value !== null && typeof (value as Actor).name === 'string' && typeof (value as Actor).role === 'string' && 'userId' in value;

/** Who started the process: the start input names them under one of these fields (a claim: who opened it). */
export const initiatorOf = (input: Args | undefined): Actor | null =>
  [input?.createdBy, input?.requestedBy, input?.uploadedBy, input?.sender, input?.actor, input?.opening?.openedBy].find(isActor) ?? null;

/** Activities that only copy the process state into PostgreSQL after each action: the action itself is the event. */
export const isProjection = (activityType: string) => /^project[A-Z]/.test(activityType);

const knownProcesses = [
  'declarationWorkflow', 'claimMessageWorkflow', 'hospitalisationChangeWorkflow', 'paymentApprovalWorkflow', 'paymentScheduleWorkflow', 'claimDeadlinesWorkflow',
  'claimWorkflow', 'paymentBatchWorkflow', 'bankStatementWorkflow',
];

/** The process as a sentence names it (`timeline.process.<type>`); a newer type by its name in words. */
export const processOf = (workflowType: string): PhraseParams =>
  (knownProcesses.includes(workflowType) ? { process: workflowType } : { process: 'other', name: humanize(workflowType.replace(/Workflow$/, '')) });

/** Where each process's statuses are worded: the same words as its refusals (French agrees them with the noun). */
const statusWords: Record<string, string> = {
  declarationWorkflow: 'declaration.status',
  hospitalisationChangeWorkflow: 'hospitalisation.status',
  paymentApprovalWorkflow: 'money.paymentStatus',
  claimMessageWorkflow: 'claimMessage.status',
  paymentScheduleWorkflow: 'money.scheduleStatus',
  // The claim's statuses are the declaration's, but French agrees them with « le sinistre », as its refusals do.
  claimWorkflow: 'process.status.claim',
  userAgreementWorkflow: 'process.status.agreement',
};

/** A status as the sentence nests it (`statusKey`), with its code; an unknown one reads as its code in words. */
export function statusOf(workflowType: string, code: string): PhraseParams {
  const words = statusWords[workflowType];
  return words && catalogue.has(`${words}.${code}`) ? { status: code, statusKey: `${words}.${code}` } : { status: code, statusKey: 'timeline.anyStatus', code: humanize(code) };
}

/** The sentence's key, with `_reason` when a reason was given (`rejectChange_reason`). */
const withReason = (key: string, reason: unknown): [string, PhraseParams] =>
  (typeof reason === 'string' && reason.trim() ? [`${key}_reason`, { reason: reason.trim() }] : [key, {}]);

/** What the claim's commands name: an amount of a cost type (`$t(money.costType.<code>)`). */
const amountOf = (args: Args, cents: string): PhraseParams => ({ [cents]: Math.abs(Number(args[cents] ?? 0)), costType: String(args.costType) });

/**
 * An update's sentence: `who` is the actor's name (or the system's), the process as `processOf` gives it; `result`,
 * when the update answered, says what it did (how many payments a batch took).
 */
export function updatePhrase(name: string, args: Args, who: string, process: PhraseParams, result?: unknown): Phrase {
  const base = { who, ...process };
  switch (name) {
    case 'saveDraft':
      return args.version === 0 ? phrase('timeline.update.saveDraft_new', base) : phrase('timeline.update.saveDraft', { ...base, step: args.step ?? null });
    case 'saveChange':
      return phrase(args.version === 0 ? 'timeline.update.saveChange_new' : 'timeline.update.saveChange', base);
    case 'addAttachments':
    case 'addCustomerDocuments': { // the customer's documents, added to a claim in handling
      const files = (args.attachments ?? []).map((file: Args) => String(file.fileName));
      return phrase('timeline.update.addAttachments', { ...base, count: files.length, files });
    }
    case 'decide':
    case 'decideClaim': {
      if (args.decision === 'accept') return phrase('timeline.update.decide_accept', base);
      const [key, reason] = withReason(args.decision === 'refuse' ? 'timeline.update.decide_refuse' : 'timeline.update.decide_reserve', args.reason);
      const missing: string[] = args.decision === 'refuse' ? [] : (args.missing ?? []).map(String);
      return missing.length ? phraseOf(`${key}_missing`, { ...base, ...reason, missing }) : phraseOf(key, { ...base, ...reason });
    }
    case 'withdraw':
    case 'rejectChange':
    case 'rejectPayment':
    case 'cancelPayment':
    case 'stopSchedule':
    case 'writeOffRecovery':
    case 'confirmCover':
    case 'reopenClaim': {
      const [key, reason] = withReason(`timeline.update.${name}`, args.reason);
      return phraseOf(key, { ...base, ...reason });
    }
    case 'addNote':
      return phrase(args.confidential ? 'timeline.update.addNote_confidential' : 'timeline.update.addNote', base);
    case 'addDiaryItem':
      return phrase('diary.timeline.addDiaryItem', { ...base, dueOn: String(args.dueOn) });
    case 'completeDiaryItem':
      return phrase('diary.timeline.completeDiaryItem', base);
    case 'cancelDiaryItem':
      return phrase('diary.timeline.cancelDiaryItem', { ...base, reason: String(args.note ?? '') });
    case 'addClaimDocument':
      return phrase('timeline.update.addClaimDocument', { ...base, fileName: String(args.fileName) });
    case 'tagCatastrophe':
      return phrase('catastrophe.timeline.tagCatastrophe', { ...base, name: String(args.catastrophe?.name) });
    case 'reassignClaim': // a bulk reassignment (an absence) says why
      return typeof args.reason === 'string' && args.reason.trim()
        ? phrase('assignment.timeline.reassignClaim_reason', { ...base, handler: String(args.handler?.name), reason: args.reason.trim() })
        : phrase('timeline.update.reassignClaim', { ...base, handler: String(args.handler?.name) });
    case 'messageCustomer':
      return phrase('assignment.timeline.messageCustomer', { ...base, subject: String(args.subject) });
    case 'changeReserve': {
      const [key, reason] = withReason(Number(args.amountCents) < 0 ? 'timeline.update.changeReserve_lower' : 'timeline.update.changeReserve_raise', args.reason);
      return phraseOf(key, { ...base, ...amountOf(args, 'amountCents'), ...reason });
    }
    case 'requestPayment': // the claim's request names the payment; a payment approval's own request carries nothing
      return typeof args.amountCents === 'number'
        ? phrase('timeline.update.requestPayment_amount', { ...base, ...amountOf(args, 'amountCents'), payeeName: String(args.payeeName) })
        : phrase('timeline.update.requestPayment', base);
    case 'startSchedule':
      return phrase('timeline.update.startSchedule', { ...base, ...amountOf(args, 'totalCents'), spreadMonths: Number(args.spreadMonths), payeeName: String(args.payeeName) });
    case 'openRecovery':
      return phrase('timeline.update.openRecovery', { ...base, ...amountOf(args, 'expectedCents'), kind: String(args.kind), counterparty: String(args.counterparty?.name) });
    case 'recordReceipt':
      return phrase('timeline.update.recordReceipt', { ...base, amountCents: Number(args.amountCents ?? 0), receivedOn: String(args.receivedOn) });
    case 'recordDeadlineEvent': {
      const event: Args = args.event ?? {};
      return catalogue.has(`timeline.update.recordDeadlineEvent_${event.kind}`)
        ? phraseOf(`timeline.update.recordDeadlineEvent_${event.kind}`, { ...base, on: String(event.sentOn ?? event.agreedOn) })
        : phrase('timeline.update.recordDeadlineEvent', base);
    }
    case 'closeClaim': {
      if (typeof args.duplicateOf === 'string' && typeof args.reason === 'string' && args.reason.trim()) {
        return phrase('risk.timeline.closeClaim_duplicateOf', { ...base, reason: args.reason.trim() });
      }
      const [key, reason] = withReason('timeline.update.closeClaim', args.reason);
      return phraseOf(key, { ...base, outcome: String(args.outcome), ...reason });
    }
    // The special investigation unit and litigation (issue 12 §3).
    case 'referToInvestigation':
      return phrase('risk.timeline.referToInvestigation', { ...base, reason: String(args.reason ?? '').trim() });
    case 'closeInvestigation':
      return phrase(args.outcome === 'fraud_confirmed' ? 'risk.timeline.closeInvestigation_fraud_confirmed' : 'risk.timeline.closeInvestigation_cleared', { ...base, note: String(args.note ?? '').trim() });
    case 'setLitigation':
      if (!args.inLitigation) return phrase('risk.timeline.setLitigation_off', base);
      return typeof args.reason === 'string' && args.reason.trim()
        ? phrase('risk.timeline.setLitigation_on_reason', { ...base, reason: args.reason.trim() })
        : phrase('risk.timeline.setLitigation_on', base);
    // A motor claim: what fault decides, towing and the repair (issue 14 §2).
    case 'recordLiability':
      return ['not_at_fault', 'shared', 'at_fault'].includes(args.kind)
        ? phrase('motorFault.timeline.recordLiability', { ...base, kind: String(args.kind) })
        : phrase('motorFault.timeline.recordLiability_unknown', base);
    case 'orderTowing':
      return phrase('motorFault.timeline.orderTowing', { ...base, towedTo: String(args.towedTo), provider: String(args.provider), costCents: Number(args.costCents ?? 0) });
    case 'recordRepair':
      return phrase('motorFault.timeline.recordRepair', { ...base, garageName: String(args.garageName), repairDays: Number(args.repairDays ?? 0) });
    // An organisation's user agreement (workflows/user-agreement).
    case 'saveUserAgreement':
      return phrase(args.version === 0 ? 'userAgreement.timeline.saveUserAgreement_new' : 'userAgreement.timeline.saveUserAgreement', base);
    case 'submitUserAgreement':
    case 'withdrawUserAgreement':
    case 'registerUserAgreement':
      return phraseOf(`userAgreement.timeline.${name}`, base);
    case 'sendBackUserAgreement':
      return typeof args.reason === 'string' && args.reason.trim()
        ? phrase('userAgreement.timeline.sendBackUserAgreement_reason', { ...base, reason: args.reason.trim() })
        : phrase('userAgreement.timeline.sendBackUserAgreement', base);
    // A workplace accident's benefits file (workflows/workplace-benefits) and the claim paying its benefits.
    case 'openBenefits':
    case 'recordCertificate':
    case 'recordDetailedWage':
    case 'recordPayslip':
    case 'recordMedicalCheck':
    case 'recordOtherEmployer':
    case 'proposeAgreement':
    case 'acceptAgreement':
    case 'ratifyAgreement':
    case 'requestRevision':
    case 'recordDeath':
    case 'payBenefit':
      return benefitsUpdatePhrase(name, args, base);
    // The bank's side reaches the claim from the batch and the statement, not from a person.
    case 'takeForBatch':
      return Array.isArray(result) ? phrase('timeline.update.takeForBatch', { count: result.length }) : phrase('timeline.update.takeForBatch_requested');
    case 'bankReported':
      if (args.outcome === 'confirmed') return phrase('timeline.update.bankReported_confirmed');
      return args.reasonCode ? phrase('timeline.update.bankReported_returned_code', { reasonCode: String(args.reasonCode) }) : phrase('timeline.update.bankReported_returned');
    default:
      return catalogue.has(`timeline.update.${name}`)
        ? phraseOf(`timeline.update.${name}`, base)
        : phrase('timeline.otherUpdate', { ...base, update: humanize(name) });
  }
}

/**
 * An activity's sentence: the input says what was asked, the result (when it came) what happened; `again` when the
 * same activity ran before in this process (an earlier event, or a run this one continues).
 */
export function activityPhrase(name: string, input: Args, result: Args | undefined, again = false): Phrase {
  switch (name) {
    case 'submitAndOpenClaim': // the submitted declaration's rows and its claim, in one activity: the claim is what it tells
    case 'openClaim':
      if (!result?.claimNumber) return phrase('timeline.activity.openClaim_requested');
      // Chosen automatically: by the assignment rule named, or (no rule applied) by workload.
      if (result.assignedBy && result.handler?.name) {
        return result.assignedBy.ruleName
          ? phrase('assignment.timeline.openClaim_rule', { claimNumber: result.claimNumber, handler: result.handler.name, rule: String(result.assignedBy.ruleName) })
          : phrase('assignment.timeline.openClaim_workload', { claimNumber: result.claimNumber, handler: result.handler.name });
      }
      return result.handler?.name
        ? phrase('timeline.activity.openClaim', { claimNumber: result.claimNumber, handler: result.handler.name })
        : phrase('timeline.activity.openClaim_unknownHandler', { claimNumber: result.claimNumber });
    case 'sendDeclarationMail':
      return catalogue.has(`timeline.activity.sendDeclarationMail_${input.template}`)
        ? phraseOf(`timeline.activity.sendDeclarationMail_${input.template}`)
        : phrase('timeline.activity.sendDeclarationMail', { template: String(input.template) });
    case 'notifyStaff':
      return phrase(input.kind === 'message_escalated' ? 'timeline.activity.notifyStaff_escalated' : 'timeline.activity.notifyStaff');
    case 'checkClaimCoverage':
      return typeof result?.status === 'string' ? phrase('timeline.activity.checkClaimCoverage', { status: result.status }) : phrase('timeline.activity.checkClaimCoverage_requested');
    case 'claimOpeningFacts': {
      if (!result?.coverage) return phrase('timeline.activity.claimOpeningFacts_requested');
      const read = { status: String(result.coverage.status), indicators: (result.risk?.indicators ?? []).length, duplicates: (result.risk?.possibleDuplicates ?? []).length };
      return result.catastrophe?.name
        ? phrase('timeline.activity.claimOpeningFacts_catastrophe', { ...read, name: String(result.catastrophe.name) })
        : phrase('timeline.activity.claimOpeningFacts', read);
    }
    case 'adoptClaim': // first the take-over; later only the payments and schedules of the time before, read again
      return phrase(again ? 'timeline.activity.adoptClaim_again' : 'timeline.activity.adoptClaim');
    case 'readLegacyMoney':
      return phrase('timeline.activity.adoptClaim_again');
    case 'diaryFactsAtOpening':
      return phrase('diary.timeline.diaryFactsAtOpening');
    case 'catastropheAtOpening':
      return result?.name ? phrase('catastrophe.timeline.catastropheAtOpening', { name: String(result.name) }) : phrase('catastrophe.timeline.catastropheAtOpening_none');
    case 'motorFaultFactsOf':
      return phrase('motorFault.timeline.motorFaultFactsOf');
    case 'fastTrackFactsOf':
      return phrase('catastrophe.timeline.fastTrackFactsOf');
    case 'tagCatastropheClaims':
      return typeof result?.tagged === 'number' ? phrase('catastrophe.timeline.tagCatastropheClaims', { count: result.tagged }) : phrase('catastrophe.timeline.tagCatastropheClaims_requested');
    case 'assessClaimRisk':
      return Array.isArray(result?.indicators)
        ? phrase('risk.timeline.assessClaimRisk_found', { indicators: result.indicators.length, duplicates: (result.possibleDuplicates ?? []).length })
        : phrase('risk.timeline.assessClaimRisk');
    case 'issueClaimDecisionLetters':
      return phrase('timeline.activity.issueDecisionLetters');
    case 'recordPaymentBatch':
      return result?.number !== undefined
        ? phrase('timeline.activity.recordPaymentBatch', { number: Number(result.number), count: Number(result.paymentCount), totalCents: Number(result.totalCents), executionDate: String(result.executionDate) })
        : phrase('timeline.activity.recordPaymentBatch_requested', { count: (input.payments ?? []).length });
    case 'recordBankStatement':
      return phrase('timeline.activity.recordBankStatement', { fileName: String(input.fileName), count: (input.results ?? []).length });
    case 'claimsWithApprovedPayments':
      return Array.isArray(result) ? phrase('timeline.activity.claimsWithApprovedPayments', { count: result.length }) : phrase('timeline.activity.claimsWithApprovedPayments_requested');
    case 'takeClaimPaymentsForBatch':
      return Array.isArray(result) ? phrase('timeline.activity.takeClaimPaymentsForBatch', { count: result.length }) : phrase('timeline.activity.takeClaimPaymentsForBatch_requested');
    case 'reportTransfersToClaims':
      return phrase('timeline.activity.reportTransfersToClaims', { count: (input.transfers ?? []).length });
    case 'assignClaim':
      return phrase('timeline.activity.assignClaim', { handlerId: String(input.handlerId) });
    case 'takeAwayAgreementAccess': {
      const taken = Array.isArray(result?.userIds) ? result.userIds.length : null;
      if (taken === null) return phrase('userAgreement.timeline.takeAwayAgreementAccess_requested');
      return taken ? phrase('userAgreement.timeline.takeAwayAgreementAccess', { count: taken }) : phrase('userAgreement.timeline.takeAwayAgreementAccess_none');
    }
    case 'applyUserAgreement':
      return phrase('userAgreement.timeline.applyUserAgreement');
    case 'notifyUserAgreementEscalated':
      return phrase('userAgreement.timeline.notifyUserAgreementEscalated');
    case 'payWorkplaceBenefit':
      return phrase('benefits.timeline.payWorkplaceBenefit', { amountCents: Number(input.amountCents ?? 0), payeeName: String(input.payeeName ?? '') });
    case 'issueBenefitLetter':
      return phrase('benefits.timeline.issueBenefitLetter');
    case 'deadlineMissed': {
      const code = String(input.deadline?.code ?? 'deadline');
      const deadline: PhraseParams = catalogue.has(`timeline.deadline.${code}`) ? { deadline: code } : { deadline: 'other', name: humanize(code) };
      return phrase('timeline.activity.deadlineMissed', { ...deadline, dueOn: String(input.deadline?.dueOn) });
    }
    default:
      return catalogue.has(`timeline.activity.${name}`) ? phraseOf(`timeline.activity.${name}`) : phrase('timeline.otherActivity', { activity: humanize(name) });
  }
}

/**
 * A duration in the largest unit that says it whole, or rounded where that is off by 5 % at most: 14 days,
 * 90 minutes (`timeline.duration.<unit>`). A timer set a moment after the save that started it reads "14 days",
 * not "1209599730 ms": the entry names the exact moment beside it.
 */
export function durationOf(ms: number): PhraseParams {
  const sizes: [string, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000]];
  const [unit, size] = sizes.find(([, size]) => ms >= size && (ms % size === 0 || ms / size >= 10)) ?? ['millisecond', 1];
  return { unit, count: Math.round(ms / size) };
}

/** How a process started, by whom, with what was declared when the start input names a type the labels know. */
export function startedPhrase(who: string, process: PhraseParams, type: unknown): Phrase {
  return typeof type === 'string' && catalogue.has(`label.type.${type}`)
    ? phrase('timeline.started_kind', { who, ...process, kind: type })
    : phrase('timeline.started', { who, ...process });
}

/** The benefits file's updates: what was recorded, proposed, accepted, ratified or paid (empty arguments still read as a sentence). */
function benefitsUpdatePhrase(name: string, args: Args, base: PhraseParams): Phrase {
  const text = (value: unknown) => String(value ?? '');
  switch (name) {
    case 'recordCertificate':
      return catalogue.has(`benefits.certificateKind.${args.kind}`)
        ? phrase('benefits.timeline.recordCertificate_kind', { ...base, kind: text(args.kind), from: text(args.from) })
        : phrase('benefits.timeline.recordCertificate', { ...base, from: text(args.from) });
    case 'recordDetailedWage':
      return phrase('benefits.timeline.recordDetailedWage', { ...base, amountCents: Number(args.previousYearWagesCents ?? 0) });
    case 'recordPayslip':
      return phrase('benefits.timeline.recordPayslip', { ...base, month: text(args.month), amountCents: Number(args.adaptedWageCents ?? 0) });
    case 'recordMedicalCheck':
      return phrase('benefits.timeline.recordMedicalCheck', { ...base, on: text(args.on), hours: Number(args.hoursLost ?? 0) });
    case 'recordOtherEmployer':
      return phrase('benefits.timeline.recordOtherEmployer', { ...base, name: text(args.name) });
    case 'proposeAgreement':
      return phrase('benefits.timeline.proposeAgreement', { ...base, consolidationDate: text(args.consolidationDate), degreePercent: Number(args.degreePercent ?? 0) });
    case 'acceptAgreement':
      return args.via === 'portal'
        ? phrase('benefits.timeline.acceptAgreement_portal', base)
        : phrase('benefits.timeline.acceptAgreement_signature', { ...base, signedOn: text(args.signedOn) });
    case 'ratifyAgreement':
      return phrase(args.via === 'fedris' ? 'benefits.timeline.ratifyAgreement_fedris' : 'benefits.timeline.ratifyAgreement', { ...base, ratifiedOn: text(args.ratifiedOn), reference: text(args.reference) });
    case 'requestRevision':
      return phrase('benefits.timeline.requestRevision', { ...base, degreePercent: Number(args.newDegreePercent ?? 0), reason: text(args.reason).trim() });
    case 'recordDeath':
      return phrase('benefits.timeline.recordDeath', { ...base, diedOn: text(args.diedOn) });
    case 'payBenefit':
      return catalogue.has(`benefits.payee.${args.payee}`)
        ? phrase('benefits.timeline.payBenefit_payee', { amountCents: Number(args.amountCents ?? 0), payeeName: text(args.payeeName), payee: text(args.payee) })
        : phrase('benefits.timeline.payBenefit', { amountCents: Number(args.amountCents ?? 0), payeeName: text(args.payeeName) });
    default:
      return phrase('benefits.timeline.openBenefits', base);
  }
}
