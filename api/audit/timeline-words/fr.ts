import { brusselsMoment, capitalised, humanize, withReason, type Args, type Noun, type TimelineWords } from './shared';

/** "la déclaration" / "de la déclaration", "le message" / "du message", "l'échéancier" / "de l'échéancier". */
const noun = (article: 'la' | 'le' | "l'", name: string): Noun => ({
  the: `${article}${article === "l'" ? '' : ' '}${name}`,
  ofThe: article === 'le' ? `du ${name}` : `de ${article}${article === "l'" ? '' : ' '}${name}`,
});

/** The claim deadlines (domain/rules/claim-deadlines.ts) by their code. */
const deadlines: Record<string, string> = {
  reasoned_answer: 'réponse motivée',
  reminder_answer: 'réponse après rappel',
  payment: 'paiement',
  inspection_report: "rapport d'expertise",
};

/** French puts a space before the colon. */
const because = (text: string, reason: unknown) => withReason(text, reason, ' :');

/** "An Peeters a soumis la déclaration"; endings that would agree with the noun are avoided ("le processus de…"). */
export const fr: TimelineWords = {
  system: 'Le système',
  nouns: {
    declarationWorkflow: noun('la', 'déclaration'),
    claimMessageWorkflow: noun('le', 'message'),
    hospitalisationChangeWorkflow: noun('la', "modification de l'assurance hospitalisation"),
    paymentApprovalWorkflow: noun('le', 'paiement à approuver'),
    paymentScheduleWorkflow: noun("l'", 'échéancier de paiement'),
    claimDeadlinesWorkflow: noun('le', 'suivi des délais du sinistre'),
  },
  otherNoun: (name) => noun('le', `processus « ${name} »`),
  units: { day: ['jour', 'jours'], hour: ['heure', 'heures'], minute: ['minute', 'minutes'], second: ['seconde', 'secondes'] },

  started: (who, n, kind) => `${who} a démarré ${n.the}${kind ? ` (${kind})` : ''}`,
  updates: {
    saveDraft: (who, a, n) => (a.version === 0 ? `${who} a créé ${n.the}` : `${who} a enregistré le brouillon ${n.ofThe} (étape ${a.step})`),
    addAttachments: (who, a) => `${who} a ajouté ${a.attachments?.length ?? 0} pièce(s) jointe(s) : ${(a.attachments ?? []).map((file: Args) => file.fileName).join(', ')}`,
    removeAttachment: (who) => `${who} a supprimé une pièce jointe`,
    submit: (who, _a, n) => `${who} a soumis ${n.the}`,
    withdraw: (who, a, n) => because(`${who} a retiré ${n.the}`, a.reason),
    reopen: (who, _a, n) => `${who} a rouvert ${n.the} pour modification`,
    startHandling: (who, _a, n) => `${who} a commencé le traitement ${n.ofThe}`,
    decide: (who, a, n) => {
      if (a.decision === 'accept') return `${who} a accepté ${n.the}`;
      if (a.decision === 'refuse') return because(`${who} a refusé ${n.the}`, a.reason);
      const missing = (a.missing ?? []).length ? ` (manquant : ${a.missing.join(', ')})` : '';
      return `${because(`${who} a accepté ${n.the} sous réserve`, a.reason)}${missing}`;
    },
    deliver: (who, _a, n) => `${who} a transmis ${n.the} au back-office`,
    withdrawMessage: (who) => `${who} a retiré le message`,
    markRead: (who) => `${who} a lu le message`,
    reply: (who) => `${who} a répondu au message`,
    saveChange: (who, a, n) => (a.version === 0 ? `${who} a créé ${n.the}` : `${who} a enregistré ${n.the}`),
    submitChange: (who, _a, n) => `${who} a soumis ${n.the}`,
    withdrawChange: (who, _a, n) => `${who} a retiré ${n.the}`,
    approveChange: (who, _a, n) => `${who} a approuvé ${n.the}`,
    rejectChange: (who, a, n) => because(`${who} a rejeté ${n.the}`, a.reason),
    approvePayment: (who) => `${who} a approuvé le paiement`,
    rejectPayment: (who, a) => because(`${who} a rejeté le paiement`, a.reason),
    stopSchedule: (who, a) => because(`${who} a arrêté l'échéancier de paiement`, a.reason),
  },
  otherUpdate: (who, name, n) => `${who} a demandé « ${humanize(name)} » pour ${n.the}`,
  updateFailed: (name, who, message) => `L'action « ${name} » ${who ? `de ${who}` : 'du système'} a échoué : ${message}`,
  nowStatus: (n, status, claim) => `${capitalised(n.the)} est maintenant ${status}${claim ? `, sinistre ${claim}` : ''}`,

  activities: {
    openClaim: (_i, result) => (result?.claimNumber
      ? `Le sinistre ${result.claimNumber} a été ouvert, géré par ${result.handler?.name ?? 'un gestionnaire inconnu'}`
      : 'Un numéro de sinistre et un gestionnaire ont été demandés'),
    sendDeclarationMail: (input) => ({
      'declaration-submitted': 'La confirmation de la déclaration a été envoyée par e-mail à son contact',
      'claim-opened': 'Le numéro de sinistre et le gestionnaire ont été envoyés par e-mail au contact',
    } as Record<string, string>)[input.template] ?? `L'e-mail « ${input.template} » a été envoyé`,
    sendDraftReminder: () => 'Un rappel pour terminer le brouillon a été envoyé',
    sendChangeDraftReminder: () => 'Un rappel pour terminer le brouillon de la modification a été envoyé',
    notifyStaff: (input) => (input.kind === 'message_escalated'
      ? 'Le message sans réponse a été transmis aux gestionnaires seniors'
      : 'Le gestionnaire a reçu un rappel du message sans réponse'),
    applyHospitalisationChange: () => "La modification a été appliquée au registre de l'hospitalisation de groupe",
    sendHospitalisationDecisionMail: () => 'Le demandeur a été informé de la décision par e-mail',
    issueDecisionLetters: () => 'Les lettres de décision ont été rédigées pour toutes les personnes concernées, classées dans le dossier du sinistre et envoyées',
    assignClaim: (input) => `Le dossier du sinistre a été confié à un autre gestionnaire (${input.handlerId})`,
    deadlineMissed: (input) => {
      const code = input.deadline?.code ?? 'deadline';
      return `Le délai « ${deadlines[code] ?? humanize(code)} » échu le ${input.deadline?.dueOn} est dépassé : le gestionnaire a été prévenu`;
    },
    markPaymentPaid: () => 'Le paiement a été effectué',
    payInstalment: () => 'Une échéance a été payée',
  },
  otherActivity: (name) => `Le système a exécuté « ${humanize(name)} »`,

  deadlineSet: (due, duration) => `Un délai a été fixé au ${brusselsMoment(due, 'fr-BE')} (dans ${duration})`,
  deadlinePassed: (setOn) => `Le délai${setOn ? ` fixé le ${setOn}` : ''} a expiré sans action`,
  signal: (who, signal, n) => `${who} a envoyé « ${signal} » au processus ${n.ofThe}`,
  closed: (n, status) => `Le processus ${n.ofThe} s'est terminé${status ? ` : ${status}` : ''}`,
  failed: (n, message) => `Le processus ${n.ofThe} a échoué : ${message}`,
  terminated: (n, by, reason) => `Le processus ${n.ofThe} a été arrêté par ${by ?? 'un opérateur'} : ${reason ?? 'aucune raison donnée'}`,
  timedOut: (n) => `Le processus ${n.ofThe} a expiré`,
  canceled: (n) => `Le processus ${n.ofThe} a été annulé`,
  continuedAsNew: (n) => `Le processus ${n.ofThe} s'est poursuivi dans une nouvelle exécution`,
};
