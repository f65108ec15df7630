import { brusselsMoment, capitalised, humanize, withReason, type Args, type Noun, type TimelineWords } from './shared';

/** "de aangifte", "het bericht": the article belongs to the word. */
const noun = (the: string): Noun => ({ the, ofThe: `van ${the}` });

/** The claim deadlines (domain/rules/claim-deadlines.ts) by their code. */
const deadlines: Record<string, string> = {
  reasoned_answer: 'gemotiveerd antwoord',
  reminder_answer: 'antwoord na herinnering',
  payment: 'betaling',
  inspection_report: 'expertiseverslag',
};

/** Dutch sentences put the participle last: "An Peeters heeft de aangifte ingediend". */
export const nl: TimelineWords = {
  system: 'Het systeem',
  nouns: {
    declarationWorkflow: noun('de aangifte'),
    claimMessageWorkflow: noun('het bericht'),
    hospitalisationChangeWorkflow: noun('de wijziging in de hospitalisatieverzekering'),
    paymentApprovalWorkflow: noun('de betaling ter goedkeuring'),
    paymentScheduleWorkflow: noun('het betalingsplan'),
    claimDeadlinesWorkflow: noun('de termijnbewaking van het schadedossier'),
  },
  otherNoun: (name) => noun(`het proces "${name}"`),
  units: { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'], second: ['seconde', 'seconden'] },

  started: (who, n, kind) => `${who} heeft ${n.the} gestart${kind ? ` (${kind})` : ''}`,
  updates: {
    saveDraft: (who, a, n) => (a.version === 0 ? `${who} heeft ${n.the} aangemaakt` : `${who} heeft het ontwerp ${n.ofThe} bewaard (stap ${a.step})`),
    addAttachments: (who, a) => `${who} heeft ${a.attachments?.length ?? 0} bijlage(n) toegevoegd: ${(a.attachments ?? []).map((file: Args) => file.fileName).join(', ')}`,
    removeAttachment: (who) => `${who} heeft een bijlage verwijderd`,
    submit: (who, _a, n) => `${who} heeft ${n.the} ingediend`,
    withdraw: (who, a, n) => withReason(`${who} heeft ${n.the} ingetrokken`, a.reason),
    reopen: (who, _a, n) => `${who} heeft ${n.the} heropend om aan te passen`,
    startHandling: (who, _a, n) => `${who} is begonnen met de behandeling ${n.ofThe}`,
    decide: (who, a, n) => {
      if (a.decision === 'accept') return `${who} heeft ${n.the} aanvaard`;
      if (a.decision === 'refuse') return withReason(`${who} heeft ${n.the} geweigerd`, a.reason);
      const missing = (a.missing ?? []).length ? ` (ontbreekt: ${a.missing.join(', ')})` : '';
      return `${withReason(`${who} heeft ${n.the} onder voorbehoud aanvaard`, a.reason)}${missing}`;
    },
    deliver: (who, _a, n) => `${who} heeft ${n.the} aan de backoffice bezorgd`,
    withdrawMessage: (who) => `${who} heeft het bericht ingetrokken`,
    markRead: (who) => `${who} heeft het bericht gelezen`,
    reply: (who) => `${who} heeft het bericht beantwoord`,
    saveChange: (who, a, n) => (a.version === 0 ? `${who} heeft ${n.the} aangemaakt` : `${who} heeft ${n.the} bewaard`),
    submitChange: (who, _a, n) => `${who} heeft ${n.the} ingediend`,
    withdrawChange: (who, _a, n) => `${who} heeft ${n.the} ingetrokken`,
    approveChange: (who, _a, n) => `${who} heeft ${n.the} goedgekeurd`,
    rejectChange: (who, a, n) => withReason(`${who} heeft ${n.the} afgewezen`, a.reason),
    approvePayment: (who) => `${who} heeft de betaling goedgekeurd`,
    rejectPayment: (who, a) => withReason(`${who} heeft de betaling afgewezen`, a.reason),
    stopSchedule: (who, a) => withReason(`${who} heeft het betalingsplan stopgezet`, a.reason),
  },
  otherUpdate: (who, name, n) => `${who} heeft "${humanize(name)}" gevraagd voor ${n.the}`,
  updateFailed: (name, who, message) => `De actie "${name}" van ${who ?? 'het systeem'} is mislukt: ${message}`,
  nowStatus: (n, status, claim) => `${capitalised(n.the)} is nu ${status}${claim ? `, schadedossier ${claim}` : ''}`,

  activities: {
    openClaim: (_i, result) => (result?.claimNumber
      ? `Schadedossier ${result.claimNumber} werd geopend, beheerd door ${result.handler?.name ?? 'een onbekende dossierbeheerder'}`
      : 'Er werden een schadedossiernummer en een dossierbeheerder aangevraagd'),
    sendDeclarationMail: (input) => ({
      'declaration-submitted': 'De bevestiging van de aangifte werd naar de contactpersoon gemaild',
      'claim-opened': 'Het schadedossiernummer en de dossierbeheerder werden naar de contactpersoon gemaild',
    } as Record<string, string>)[input.template] ?? `De e-mail "${input.template}" werd verstuurd`,
    sendDraftReminder: () => 'Er werd een herinnering verstuurd om het ontwerp af te werken',
    sendChangeDraftReminder: () => 'Er werd een herinnering verstuurd om het ontwerp van de wijziging af te werken',
    notifyStaff: (input) => (input.kind === 'message_escalated'
      ? 'Het onbeantwoorde bericht werd doorgestuurd naar de senior dossierbeheerders'
      : 'De dossierbeheerder werd herinnerd aan het onbeantwoorde bericht'),
    applyHospitalisationChange: () => 'De wijziging werd toegepast in het register van de groepshospitalisatie',
    sendHospitalisationDecisionMail: () => 'De aanvrager werd per e-mail op de hoogte gebracht van de beslissing',
    issueDecisionLetters: () => 'De beslissingsbrieven werden voor alle betrokkenen opgesteld, in het schadedossier bewaard en gemaild',
    assignClaim: (input) => `Het schadedossier werd op naam van een andere dossierbeheerder gezet (${input.handlerId})`,
    deadlineMissed: (input) => {
      const code = input.deadline?.code ?? 'deadline';
      return `De termijn "${deadlines[code] ?? humanize(code)}" met vervaldag ${input.deadline?.dueOn} is verstreken: de dossierbeheerder werd verwittigd`;
    },
    markPaymentPaid: () => 'De betaling werd uitbetaald',
    payInstalment: () => 'Er werd een afbetaling uitbetaald',
  },
  otherActivity: (name) => `Het systeem voerde "${humanize(name)}" uit`,

  deadlineSet: (due, duration) => `Er werd een termijn gezet tot ${brusselsMoment(due, 'nl-BE')} (over ${duration})`,
  deadlinePassed: (setOn) => `De termijn${setOn ? ` gezet op ${setOn}` : ''} is verstreken zonder actie`,
  signal: (who, signal, n) => `${who} heeft "${signal}" naar ${n.the} gestuurd`,
  closed: (n, status) => `${capitalised(n.the)} werd afgesloten${status ? `: ${status}` : ''}`,
  failed: (n, message) => `Het proces ${n.ofThe} is mislukt: ${message}`,
  terminated: (n, by, reason) => `Het proces ${n.ofThe} werd beëindigd door ${by ?? 'een operator'}: ${reason ?? 'geen reden opgegeven'}`,
  timedOut: (n) => `De tijd voor het proces ${n.ofThe} is verstreken`,
  canceled: (n) => `Het proces ${n.ofThe} werd geannuleerd`,
  continuedAsNew: (n) => `Het proces ${n.ofThe} ging verder in een nieuwe run`,
};
