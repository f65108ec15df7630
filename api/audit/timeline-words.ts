import { humanise } from '../../domain/labels';
/**
 * The business words for what a workflow's history records: who did what to which process. Keyed by the
 * update and activity names the workflows define; a name not listed here (a newer workflow) still reads
 * as a plain sentence built from the name itself, so the timeline never hides an event.
 */

export interface Actor {
  userId: string | null;
  name: string;
  role: string;
}

type Args = Record<string, any>;

/** `approvePayment` → `approve payment`. */
/** A code in lower-case words, to stand in the middle of a sentence. */
export const humanize = (name: string) => humanise(name).toLowerCase();

const processNames: Record<string, string> = { claimMessageWorkflow: 'message' };

/** What the process is called: `declarationWorkflow` → `declaration`, `paymentApprovalWorkflow` → `payment approval`. */
export const processNoun = (workflowType: string) => processNames[workflowType] ?? humanize(workflowType.replace(/Workflow$/, ''));

export const isActor = (value: unknown): value is Actor =>
  typeof value === 'object' && value !== null && typeof (value as Actor).name === 'string' && typeof (value as Actor).role === 'string' && 'userId' in value;

/** Who started the process: the start input names them under one of these fields. */
export const initiatorOf = (input: Args | undefined): Actor | null =>
  [input?.createdBy, input?.requestedBy, input?.sender, input?.actor].find(isActor) ?? null;

const withReason = (text: string, reason: unknown) => (typeof reason === 'string' && reason.trim() ? `${text}: ${reason.trim()}` : text);

/** Verb phrases in the past tense, to follow the actor's name: "An Peeters submitted the declaration". */
const updatePhrases: Record<string, (args: Args, noun: string) => string> = {
  saveDraft: (a, noun) => (a.version === 0 ? `created the ${noun}` : `saved the draft of the ${noun} (step ${a.step})`),
  addAttachments: (a) => `added ${a.attachments?.length ?? 0} attachment(s): ${(a.attachments ?? []).map((file: Args) => file.fileName).join(', ')}`,
  removeAttachment: () => 'removed an attachment',
  submit: (_a, noun) => `submitted the ${noun}`,
  withdraw: (a, noun) => withReason(`withdrew the ${noun}`, a.reason),
  reopen: (_a, noun) => `reopened the ${noun} to amend it`,
  startHandling: (_a, noun) => `started handling the ${noun}`,
  decide: (a, noun) => {
    if (a.decision === 'accept') return `accepted the ${noun}`;
    if (a.decision === 'refuse') return withReason(`refused the ${noun}`, a.reason);
    const missing = (a.missing ?? []).length ? ` (missing: ${a.missing.join(', ')})` : '';
    return `${withReason(`accepted the ${noun} under reservation`, a.reason)}${missing}`;
  },
  deliver: (_a, noun) => `delivered the ${noun} to the back office`,
  withdrawMessage: () => 'withdrew the message',
  markRead: () => 'read the message',
  reply: () => 'replied to the message',
  saveChange: (a, noun) => (a.version === 0 ? `created the ${noun}` : `saved the ${noun}`),
  submitChange: (_a, noun) => `submitted the ${noun}`,
  withdrawChange: (_a, noun) => `withdrew the ${noun}`,
  approveChange: (_a, noun) => `approved the ${noun}`,
  rejectChange: (a, noun) => withReason(`rejected the ${noun}`, a.reason),
  approvePayment: () => 'approved the payment',
  rejectPayment: (a) => withReason('rejected the payment', a.reason),
  stopSchedule: (a) => withReason('stopped the payment schedule', a.reason),
};

export const updatePhrase = (updateName: string, args: Args, noun: string) =>
  updatePhrases[updateName]?.(args, noun) ?? `asked to "${humanize(updateName)}" on the ${noun}`;

/** Activities that only copy the process state into PostgreSQL after each action: the action itself is the event. */
export const isProjection = (activityType: string) => /^project[A-Z]/.test(activityType);

/** Sentences for side effects: the input says what was asked, the result (when it came) what happened. */
const activitySentences: Record<string, (input: Args, result: Args | undefined) => string> = {
  openClaim: (_i, result) => (result?.claimNumber
    ? `Claim ${result.claimNumber} was opened, handled by ${result.handler?.name ?? 'an unknown handler'}`
    : 'A claim number and a handler were requested'),
  sendDeclarationMail: (input) => ({
    'declaration-submitted': 'The confirmation of the declaration was mailed to its contact',
    'claim-opened': 'The claim number and the handler were mailed to the contact',
  } as Record<string, string>)[input.template] ?? `The mail "${input.template}" was sent`,
  sendDraftReminder: () => 'A reminder to finish the draft was sent',
  sendChangeDraftReminder: () => 'A reminder to finish the draft change was sent',
  notifyStaff: (input) => (input.kind === 'message_escalated'
    ? 'The unanswered message was escalated to the senior handlers'
    : 'The handler was reminded of the unanswered message'),
  applyHospitalisationChange: () => 'The change was applied to the group hospitalisation register',
  sendHospitalisationDecisionMail: () => 'The requester was told of the decision by mail',
  issueDecisionLetters: () => 'The decision letters were written to everyone concerned, kept in the claim file and mailed',
  assignClaim: (input) => `The claim file was put in another handler's name (${input.handlerId})`,
  deadlineMissed: (input) => `The deadline "${humanize(input.deadline?.code ?? 'deadline')}" due on ${input.deadline?.dueOn} passed: the handler was told`,
  markPaymentPaid: () => 'The payment was paid out',
  payInstalment: () => 'An instalment was paid out',
};

export const activitySentence = (activityType: string, input: Args, result: Args | undefined) =>
  activitySentences[activityType]?.(input ?? {}, result) ?? `The system ran "${humanize(activityType)}"`;

/** A duration in the largest whole unit that reads well: "14 days", "2 hours", "30 seconds". */
export function spokenDuration(ms: number): string {
  const units: [string, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000]];
  for (const [unit, size] of units) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${unit}${ms / size === 1 ? '' : 's'}`;
  }
  return `${ms} ms`;
}
