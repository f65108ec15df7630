import { capitalised, humanize, withReason, type Args, type Noun, type TimelineWords } from './shared';

const noun = (name: string): Noun => ({ the: `the ${name}`, ofThe: `of the ${name}` });

/** The source sentences: the other languages say the same events, name for name. */
export const en: TimelineWords = {
  system: 'The system',
  nouns: {
    declarationWorkflow: noun('declaration'),
    claimMessageWorkflow: noun('message'),
    hospitalisationChangeWorkflow: noun('hospitalisation change'),
    paymentApprovalWorkflow: noun('payment approval'),
    paymentScheduleWorkflow: noun('payment schedule'),
    claimDeadlinesWorkflow: noun('claim deadlines'),
  },
  otherNoun: noun,
  units: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'] },

  started: (who, n, kind) => `${who} started ${n.the}${kind ? ` (${kind})` : ''}`,
  updates: {
    saveDraft: (who, a, n) => (a.version === 0 ? `${who} created ${n.the}` : `${who} saved the draft ${n.ofThe} (step ${a.step})`),
    addAttachments: (who, a) => `${who} added ${a.attachments?.length ?? 0} attachment(s): ${(a.attachments ?? []).map((file: Args) => file.fileName).join(', ')}`,
    removeAttachment: (who) => `${who} removed an attachment`,
    submit: (who, _a, n) => `${who} submitted ${n.the}`,
    withdraw: (who, a, n) => withReason(`${who} withdrew ${n.the}`, a.reason),
    reopen: (who, _a, n) => `${who} reopened ${n.the} to amend it`,
    startHandling: (who, _a, n) => `${who} started handling ${n.the}`,
    decide: (who, a, n) => {
      if (a.decision === 'accept') return `${who} accepted ${n.the}`;
      if (a.decision === 'refuse') return withReason(`${who} refused ${n.the}`, a.reason);
      const missing = (a.missing ?? []).length ? ` (missing: ${a.missing.join(', ')})` : '';
      return `${withReason(`${who} accepted ${n.the} under reservation`, a.reason)}${missing}`;
    },
    deliver: (who, _a, n) => `${who} delivered ${n.the} to the back office`,
    withdrawMessage: (who) => `${who} withdrew the message`,
    markRead: (who) => `${who} read the message`,
    reply: (who) => `${who} replied to the message`,
    saveChange: (who, a, n) => (a.version === 0 ? `${who} created ${n.the}` : `${who} saved ${n.the}`),
    submitChange: (who, _a, n) => `${who} submitted ${n.the}`,
    withdrawChange: (who, _a, n) => `${who} withdrew ${n.the}`,
    approveChange: (who, _a, n) => `${who} approved ${n.the}`,
    rejectChange: (who, a, n) => withReason(`${who} rejected ${n.the}`, a.reason),
    approvePayment: (who) => `${who} approved the payment`,
    rejectPayment: (who, a) => withReason(`${who} rejected the payment`, a.reason),
    stopSchedule: (who, a) => withReason(`${who} stopped the payment schedule`, a.reason),
  },
  otherUpdate: (who, name, n) => `${who} asked to "${humanize(name)}" on ${n.the}`,
  updateFailed: (name, who, message) => `The ${name} by ${who ?? 'the system'} failed: ${message}`,
  nowStatus: (n, status, claim) => `${capitalised(n.the)} is now ${status}${claim ? `, claim ${claim}` : ''}`,

  activities: {
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
  },
  otherActivity: (name) => `The system ran "${humanize(name)}"`,

  deadlineSet: (due, duration) => `A deadline was set for ${due} (in ${duration})`,
  deadlinePassed: (setOn) => `The deadline${setOn ? ` set on ${setOn}` : ''} passed without action`,
  signal: (who, signal, n) => `${who} sent "${signal}" to ${n.the}`,
  closed: (n, status) => `${capitalised(n.the)} was closed${status ? `: ${status}` : ''}`,
  failed: (n, message) => `The process ${n.ofThe} failed: ${message}`,
  terminated: (n, by, reason) => `The process ${n.ofThe} was terminated by ${by ?? 'an operator'}: ${reason ?? 'no reason given'}`,
  timedOut: (n) => `The process ${n.ofThe} timed out`,
  canceled: (n) => `The process ${n.ofThe} was canceled`,
  continuedAsNew: (n) => `The process ${n.ofThe} continued in a new run`,
};
