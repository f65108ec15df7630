import { assessmentEn, assessmentFr, assessmentNl } from './assessment/words';

/** The back office's words (handlers, senior handlers); nl is the reference, fr and en have the same keys. */
export const backofficeNl = {
  assessment: assessmentNl,
  menu: {
    queue: 'Werkvoorraad', approvals: 'Goed te keuren betalingen', workflows: 'Workflows', hospitalisationChanges: 'Wijzigingen hospitalisatie', messages: 'Berichten',
  },
  queue: {
    title: 'Werkvoorraad', claimNumber: 'Schadenummer', type: 'Soort', productLine: 'Productlijn', status: 'Status', organisation: 'Klant',
    submittedAt: 'Aangegeven op', handler: 'Dossierbeheerder', nextDeadline: 'Volgende termijn', assignee: 'Toegewezen aan', me: 'Mij', unassigned: 'Niemand',
    noClaimNumberYet: 'Aangifte openen',
  },
  file: {
    title: 'Schadedossier', back: 'Terug naar de werkvoorraad', declaration: 'Aangifte', assessment: 'Beoordeling', requiredDocuments: 'Vereiste documenten',
    missingDocuments: 'Ontbrekende documenten', noneMissing: 'Er ontbreekt niets', documents: 'Documenten', attachments: 'Bijlagen', letters: 'Brieven',
    deadlines: 'Termijnen', dueOn: 'Vervaldag', noDeadlines: 'Geen termijnen', penalty: 'Boete', history: 'Verloop', messages: 'Berichten', noMessages: 'Geen berichten',
    customer: 'Klant', handler: 'Dossierbeheerder', decision: 'Beslissing', closed: 'Afgesloten op {{date}}', missingItems: 'Ontbrekende stukken',
  },
  deadlineCode: {
    reasoned_answer: 'Gemotiveerd antwoord', reminder_answer: 'Antwoord op herinnering', payment: 'Betaling', inspection_report: 'Verslag aan de arbeidsinspectie',
  },
  deadlineStatus: { running: 'Loopt', met: 'Gehaald', missed: 'Overschreden', ended: 'Beëindigd' },
  actions: {
    title: 'Acties', startHandling: 'Behandeling starten', accept: 'Aanvaarden', reserve: 'Aanvaarden onder voorbehoud', refuse: 'Weigeren', close: 'Dossier afsluiten',
    reason: 'Reden', missing: 'Ontbrekende stukken (één per regel)', confirm: 'Bevestigen', cancel: 'Annuleren',
    confirmTitle: { accept: 'Het schadegeval aanvaarden?', reserve: 'Aanvaarden onder voorbehoud?', refuse: 'Het schadegeval weigeren?' },
    confirmText: 'De beslissing wordt schriftelijk meegedeeld aan alle betrokkenen.', done: 'Gedaan: {{what}}',
  },
  money: {
    title: 'Reserves en betalingen', costType: 'Kostensoort', amount: 'Bedrag (€)', reason: 'Reden', addReserve: 'Reserve wijzigen', pay: 'Betalen',
    payee: 'Begunstigde', iban: 'IBAN', reserve: 'Reserve', paid: 'Betaald', awaiting: 'Wacht op goedkeuring', outstanding: 'Openstaand', available: 'Beschikbaar',
    overall: 'Totaal', entries: 'Reservewijzigingen', payments: 'Betalingen', noPayments: 'Geen betalingen', requestedBy: 'Gevraagd door', when: 'Wanneer',
    paymentPaid: 'Betaald: {{amount}}', paymentAwaiting: 'Boven uw bevoegdheid: {{amount}} wacht op de goedkeuring van een senior dossierbeheerder',
  },
  costType: { indemnity: 'Schadevergoeding', expenses: 'Kosten' },
  paymentStatus: { awaiting_approval: 'Wacht op goedkeuring', paid: 'Betaald', rejected: 'Geweigerd' },
  approvals: {
    title: 'Goed te keuren betalingen', claim: 'Schadegeval', none: 'Er wachten geen betalingen op goedkeuring.', approve: 'Goedkeuren', reject: 'Weigeren',
    rejectTitle: 'Betaling weigeren', approved: 'Betaling van {{amount}} goedgekeurd', rejected: 'Betaling van {{amount}} geweigerd',
  },
  hospitalisation: {
    title: 'Wijzigingen collectieve hospitalisatie', none: 'Er wachten geen wijzigingen.', status: 'Status', requestedBy: 'Gevraagd door', organisation: 'Klant',
    kind: 'Wijziging', person: 'Verzekerde', familyOf: 'gezin van {{name}}', effectiveDate: 'Vanaf', proposed: 'Voorgestelde gegevens', relation: 'Relatie', submittedAt: 'Ingediend op',
    approve: 'Goedkeuren', reject: 'Weigeren', approveTitle: 'Deze wijziging goedkeuren?',
    approveText: 'Het register past zich aan vanaf {{date}}; {{name}} krijgt een e-mail.', rejectTitle: 'Deze wijziging weigeren',
    rejectText: '{{name}} krijgt de reden per e-mail.', approved: 'Goedgekeurd: {{what}}', rejected: 'Geweigerd: {{what}}', decision: 'Beslissing',
  },
  changeKind: {
    update_person: 'Gegevens wijzigen', add_family_member: 'Gezinslid toevoegen', remove_family_member: 'Gezinslid schrappen',
    add_titularis: 'Titularis toevoegen', remove_titularis: 'Titularis schrappen',
  },
  changeStatus: { submitted: 'Ingediend', approved: 'Goedgekeurd', rejected: 'Geweigerd', withdrawn: 'Ingetrokken', expired: 'Vervallen' },
  relation: { partner: 'Partner', child: 'Kind' },
  inbox: {
    title: 'Berichten', none: 'Geen berichten.', status: 'Status', mine: 'Enkel mijn dossiers', subject: 'Onderwerp', from: 'Van', organisation: 'Klant',
    about: 'Over', claim: 'Schadedossier', hospitalisation: 'Collectieve hospitalisatie', received: 'Ontvangen', open: 'Openen', attachments: 'Bijlagen',
    openClaim: 'Schadedossier openen', readBy: 'Gelezen door {{name}} op {{at}}', answer: 'Uw antwoord', send: 'Antwoord versturen',
    answeredBy: 'Antwoord van {{name}} op {{at}}', answered: 'Uw antwoord is verstuurd.', close: 'Sluiten', withdrawn: 'De afzender heeft dit bericht ingetrokken.',
  },
  inboxStatus: { sent: 'Nieuw', read: 'Gelezen', answered: 'Beantwoord', withdrawn: 'Ingetrokken' },
  reassign: {
    title: 'Toewijzing', to: 'Toewijzen aan', action: 'Toewijzen', openClaims: '{{count}} open dossiers',
    confirmTitle: 'Het dossier toewijzen aan {{name}}?', confirmText: 'De nieuwe dossierbeheerder neemt het dossier met zijn termijnen en berichten over.',
    done: 'Toegewezen aan {{name}}',
  },
  deadlineActions: {
    title: 'Termijnen opvolgen', on: 'Datum', reminder: 'Herinnering ontvangen', amountAgreed: 'Bedrag overeengekomen',
    inspectionReportSent: 'Verslag aan de arbeidsinspectie verstuurd',
    confirmText: {
      reminder: 'De eiser stuurde een herinnering: het antwoord is verschuldigd binnen 11 dagen vanaf de derde werkdag erna.',
      amountAgreed: 'Het bedrag is overeengekomen: de betaling is verschuldigd binnen 30 dagen.',
      inspectionReportSent: 'Het omstandig verslag over het ernstig arbeidsongeval is naar de arbeidsinspectie verstuurd.',
    },
    done: 'Geregistreerd: {{what}} op {{date}}',
  },
  schedules: {
    title: 'Betalingsplannen (Verzekerd Inkomen)', none: 'Geen betalingsplannen', kind: 'Uitkering', total: 'Totaal (€)', spread: 'Gespreid over',
    months: '{{count}} maanden', start: 'Betalingsplan starten', paid: 'Betaald', instalments: '{{paid}} van {{total}} betalingen', remaining: 'Nog te betalen',
    stop: 'Stopzetten', stopTitle: 'Het betalingsplan stopzetten', stopText: 'De resterende betalingen vervallen; wat betaald is, blijft betaald.',
    stopped: 'Stopgezet door {{name}}: {{reason}}', started: 'Het betalingsplan loopt: de eerste betaling vertrekt nu.', payee: 'Begunstigde',
  },
  scheduleKind: { death: 'Overlijden (€ 2.500 meteen)', invalidity: 'Blijvende invaliditeit' },
  scheduleStatus: { requested: 'Gevraagd', refused: 'Geweigerd', running: 'Loopt', completed: 'Volledig betaald', stopped: 'Stopgezet' },
};
export type BackofficeWords = typeof backofficeNl;

export const backofficeFr: BackofficeWords = {
  assessment: assessmentFr,
  menu: {
    queue: 'Portefeuille', approvals: 'Paiements à approuver', workflows: 'Workflows', hospitalisationChanges: 'Modifications hospitalisation', messages: 'Messages',
  },
  queue: {
    title: 'Portefeuille', claimNumber: 'Numéro de sinistre', type: 'Type', productLine: 'Branche', status: 'Statut', organisation: 'Client',
    submittedAt: 'Déclaré le', handler: 'Gestionnaire', nextDeadline: 'Prochain délai', assignee: 'Attribué à', me: 'Moi', unassigned: 'Personne',
    noClaimNumberYet: 'Ouvrir la déclaration',
  },
  file: {
    title: 'Dossier sinistre', back: 'Retour au portefeuille', declaration: 'Déclaration', assessment: 'Évaluation', requiredDocuments: 'Documents requis',
    missingDocuments: 'Documents manquants', noneMissing: 'Rien ne manque', documents: 'Documents', attachments: 'Annexes', letters: 'Lettres',
    deadlines: 'Délais', dueOn: 'Échéance', noDeadlines: 'Aucun délai', penalty: 'Pénalité', history: 'Historique', messages: 'Messages', noMessages: 'Aucun message',
    customer: 'Client', handler: 'Gestionnaire', decision: 'Décision', closed: 'Clôturé le {{date}}', missingItems: 'Pièces manquantes',
  },
  deadlineCode: {
    reasoned_answer: 'Réponse motivée', reminder_answer: 'Réponse au rappel', payment: 'Paiement', inspection_report: "Rapport à l'inspection du travail",
  },
  deadlineStatus: { running: 'En cours', met: 'Respecté', missed: 'Dépassé', ended: 'Terminé' },
  actions: {
    title: 'Actions', startHandling: 'Commencer le traitement', accept: 'Accepter', reserve: 'Accepter sous réserve', refuse: 'Refuser', close: 'Clôturer le dossier',
    reason: 'Motif', missing: 'Pièces manquantes (une par ligne)', confirm: 'Confirmer', cancel: 'Annuler',
    confirmTitle: { accept: 'Accepter le sinistre ?', reserve: 'Accepter sous réserve ?', refuse: 'Refuser le sinistre ?' },
    confirmText: 'La décision est communiquée par écrit à toutes les parties concernées.', done: 'Fait : {{what}}',
  },
  money: {
    title: 'Réserves et paiements', costType: 'Type de coût', amount: 'Montant (€)', reason: 'Motif', addReserve: 'Modifier la réserve', pay: 'Payer',
    payee: 'Bénéficiaire', iban: 'IBAN', reserve: 'Réserve', paid: 'Payé', awaiting: "En attente d'approbation", outstanding: 'Restant', available: 'Disponible',
    overall: 'Total', entries: 'Modifications de réserve', payments: 'Paiements', noPayments: 'Aucun paiement', requestedBy: 'Demandé par', when: 'Quand',
    paymentPaid: 'Payé : {{amount}}', paymentAwaiting: "Au-delà de votre compétence : {{amount}} attend l'approbation d'un gestionnaire senior",
  },
  costType: { indemnity: 'Indemnité', expenses: 'Frais' },
  paymentStatus: { awaiting_approval: "En attente d'approbation", paid: 'Payé', rejected: 'Refusé' },
  approvals: {
    title: 'Paiements à approuver', claim: 'Sinistre', none: "Aucun paiement n'attend d'approbation.", approve: 'Approuver', reject: 'Refuser',
    rejectTitle: 'Refuser le paiement', approved: 'Paiement de {{amount}} approuvé', rejected: 'Paiement de {{amount}} refusé',
  },
  hospitalisation: {
    title: 'Modifications hospitalisation collective', none: "Aucune modification n'attend.", status: 'Statut', requestedBy: 'Demandé par', organisation: 'Client',
    kind: 'Modification', person: 'Assuré', familyOf: 'famille de {{name}}', effectiveDate: 'À partir du', proposed: 'Données proposées', relation: 'Lien', submittedAt: 'Introduit le',
    approve: 'Approuver', reject: 'Refuser', approveTitle: 'Approuver cette modification ?',
    approveText: 'Le registre est adapté à partir du {{date}} ; {{name}} reçoit un e-mail.', rejectTitle: 'Refuser cette modification',
    rejectText: '{{name}} reçoit le motif par e-mail.', approved: 'Approuvé : {{what}}', rejected: 'Refusé : {{what}}', decision: 'Décision',
  },
  changeKind: {
    update_person: 'Modifier des données', add_family_member: 'Ajouter un membre de la famille', remove_family_member: 'Retirer un membre de la famille',
    add_titularis: 'Ajouter un titulaire', remove_titularis: 'Retirer un titulaire',
  },
  changeStatus: { submitted: 'Introduit', approved: 'Approuvé', rejected: 'Refusé', withdrawn: 'Retiré', expired: 'Expiré' },
  relation: { partner: 'Partenaire', child: 'Enfant' },
  inbox: {
    title: 'Messages', none: 'Aucun message.', status: 'Statut', mine: 'Mes dossiers uniquement', subject: 'Objet', from: 'De', organisation: 'Client',
    about: 'Au sujet de', claim: 'Dossier sinistre', hospitalisation: 'Hospitalisation collective', received: 'Reçu', open: 'Ouvrir', attachments: 'Annexes',
    openClaim: 'Ouvrir le dossier sinistre', readBy: 'Lu par {{name}} le {{at}}', answer: 'Votre réponse', send: 'Envoyer la réponse',
    answeredBy: 'Réponse de {{name}} le {{at}}', answered: 'Votre réponse a été envoyée.', close: 'Fermer', withdrawn: "L'expéditeur a retiré ce message.",
  },
  inboxStatus: { sent: 'Nouveau', read: 'Lu', answered: 'Répondu', withdrawn: 'Retiré' },
  reassign: {
    title: 'Attribution', to: 'Attribuer à', action: 'Attribuer', openClaims: '{{count}} dossiers ouverts',
    confirmTitle: 'Attribuer le dossier à {{name}} ?', confirmText: 'Le nouveau gestionnaire reprend le dossier avec ses délais et ses messages.',
    done: 'Attribué à {{name}}',
  },
  deadlineActions: {
    title: 'Suivi des délais', on: 'Date', reminder: 'Rappel reçu', amountAgreed: 'Montant convenu',
    inspectionReportSent: "Rapport envoyé à l'inspection du travail",
    confirmText: {
      reminder: 'Le demandeur a envoyé un rappel : la réponse est due dans les 11 jours à compter du troisième jour ouvrable qui suit.',
      amountAgreed: 'Le montant est convenu : le paiement est dû dans les 30 jours.',
      inspectionReportSent: "Le rapport circonstancié sur l'accident du travail grave a été envoyé à l'inspection du travail.",
    },
    done: 'Enregistré : {{what}} le {{date}}',
  },
  schedules: {
    title: 'Plans de paiement (Revenu Garanti)', none: 'Aucun plan de paiement', kind: 'Prestation', total: 'Total (€)', spread: 'Étalé sur',
    months: '{{count}} mois', start: 'Démarrer le plan de paiement', paid: 'Payé', instalments: '{{paid}} paiements sur {{total}}', remaining: 'Reste à payer',
    stop: 'Arrêter', stopTitle: 'Arrêter le plan de paiement', stopText: 'Les paiements restants tombent ; ce qui est payé reste payé.',
    stopped: 'Arrêté par {{name}} : {{reason}}', started: 'Le plan de paiement est en cours : le premier paiement part maintenant.', payee: 'Bénéficiaire',
  },
  scheduleKind: { death: 'Décès (2 500 € immédiatement)', invalidity: 'Invalidité permanente' },
  scheduleStatus: { requested: 'Demandé', refused: 'Refusé', running: 'En cours', completed: 'Entièrement payé', stopped: 'Arrêté' },
};

export const backofficeEn: BackofficeWords = {
  assessment: assessmentEn,
  menu: {
    queue: 'Work queue', approvals: 'Payments to approve', workflows: 'Workflows', hospitalisationChanges: 'Hospitalisation changes', messages: 'Messages',
  },
  queue: {
    title: 'Work queue', claimNumber: 'Claim number', type: 'Type', productLine: 'Product line', status: 'Status', organisation: 'Customer',
    submittedAt: 'Declared on', handler: 'Handler', nextDeadline: 'Next deadline', assignee: 'Assigned to', me: 'Me', unassigned: 'Nobody',
    noClaimNumberYet: 'Open declaration',
  },
  file: {
    title: 'Claim file', back: 'Back to the work queue', declaration: 'Declaration', assessment: 'Assessment', requiredDocuments: 'Required documents',
    missingDocuments: 'Missing documents', noneMissing: 'Nothing is missing', documents: 'Documents', attachments: 'Attachments', letters: 'Letters',
    deadlines: 'Deadlines', dueOn: 'Due on', noDeadlines: 'No deadlines', penalty: 'Penalty', history: 'History', messages: 'Messages', noMessages: 'No messages',
    customer: 'Customer', handler: 'Handler', decision: 'Decision', closed: 'Closed on {{date}}', missingItems: 'Missing items',
  },
  deadlineCode: {
    reasoned_answer: 'Reasoned answer', reminder_answer: 'Answer to reminder', payment: 'Payment', inspection_report: 'Report to the labour inspection',
  },
  deadlineStatus: { running: 'Running', met: 'Met', missed: 'Missed', ended: 'Ended' },
  actions: {
    title: 'Actions', startHandling: 'Start handling', accept: 'Accept', reserve: 'Accept under reservation', refuse: 'Refuse', close: 'Close the claim',
    reason: 'Reason', missing: 'Missing items (one per line)', confirm: 'Confirm', cancel: 'Cancel',
    confirmTitle: { accept: 'Accept the claim?', reserve: 'Accept under reservation?', refuse: 'Refuse the claim?' },
    confirmText: 'The decision is sent in writing to everyone concerned.', done: 'Done: {{what}}',
  },
  money: {
    title: 'Reserves and payments', costType: 'Cost type', amount: 'Amount (€)', reason: 'Reason', addReserve: 'Change reserve', pay: 'Pay',
    payee: 'Payee', iban: 'IBAN', reserve: 'Reserve', paid: 'Paid', awaiting: 'Awaiting approval', outstanding: 'Outstanding', available: 'Available',
    overall: 'Total', entries: 'Reserve changes', payments: 'Payments', noPayments: 'No payments', requestedBy: 'Requested by', when: 'When',
    paymentPaid: 'Paid: {{amount}}', paymentAwaiting: 'Above your authority: {{amount}} awaits the approval of a senior handler',
  },
  costType: { indemnity: 'Indemnity', expenses: 'Expenses' },
  paymentStatus: { awaiting_approval: 'Awaiting approval', paid: 'Paid', rejected: 'Rejected' },
  approvals: {
    title: 'Payments to approve', claim: 'Claim', none: 'No payments await approval.', approve: 'Approve', reject: 'Reject',
    rejectTitle: 'Reject payment', approved: 'Payment of {{amount}} approved', rejected: 'Payment of {{amount}} rejected',
  },
  hospitalisation: {
    title: 'Group hospitalisation changes', none: 'No changes are waiting.', status: 'Status', requestedBy: 'Requested by', organisation: 'Customer',
    kind: 'Change', person: 'Insured person', familyOf: 'family of {{name}}', effectiveDate: 'From', proposed: 'Proposed data', relation: 'Relation', submittedAt: 'Submitted on',
    approve: 'Approve', reject: 'Reject', approveTitle: 'Approve this change?',
    approveText: 'The register changes from {{date}}; {{name}} gets an e-mail.', rejectTitle: 'Reject this change',
    rejectText: '{{name}} gets the reason by e-mail.', approved: 'Approved: {{what}}', rejected: 'Rejected: {{what}}', decision: 'Decision',
  },
  changeKind: {
    update_person: 'Change personal data', add_family_member: 'Add a family member', remove_family_member: 'Remove a family member',
    add_titularis: 'Add a titularis', remove_titularis: 'Remove a titularis',
  },
  changeStatus: { submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn', expired: 'Expired' },
  relation: { partner: 'Partner', child: 'Child' },
  inbox: {
    title: 'Messages', none: 'No messages.', status: 'Status', mine: 'My claims only', subject: 'Subject', from: 'From', organisation: 'Customer',
    about: 'About', claim: 'Claim file', hospitalisation: 'Group hospitalisation', received: 'Received', open: 'Open', attachments: 'Attachments',
    openClaim: 'Open the claim file', readBy: 'Read by {{name}} on {{at}}', answer: 'Your answer', send: 'Send the answer',
    answeredBy: 'Answer from {{name}} on {{at}}', answered: 'Your answer has been sent.', close: 'Close', withdrawn: 'The sender withdrew this message.',
  },
  inboxStatus: { sent: 'New', read: 'Read', answered: 'Answered', withdrawn: 'Withdrawn' },
  reassign: {
    title: 'Assignment', to: 'Assign to', action: 'Assign', openClaims: '{{count}} open claims',
    confirmTitle: 'Assign the claim to {{name}}?', confirmText: 'The new handler takes over the claim with its deadlines and messages.',
    done: 'Assigned to {{name}}',
  },
  deadlineActions: {
    title: 'Deadline follow-up', on: 'Date', reminder: 'Reminder received', amountAgreed: 'Amount agreed',
    inspectionReportSent: 'Report sent to the labour inspection',
    confirmText: {
      reminder: 'The claimant sent a reminder: the answer is due within 11 days from the third working day after it.',
      amountAgreed: 'The amount is agreed: payment is due within 30 days.',
      inspectionReportSent: 'The detailed report on the serious workplace accident went to the labour inspection.',
    },
    done: 'Recorded: {{what}} on {{date}}',
  },
  schedules: {
    title: 'Payment schedules (Assured Income)', none: 'No payment schedules', kind: 'Benefit', total: 'Total (€)', spread: 'Spread over',
    months: '{{count}} months', start: 'Start the payment schedule', paid: 'Paid', instalments: '{{paid}} of {{total}} payments', remaining: 'Still to pay',
    stop: 'Stop', stopTitle: 'Stop the payment schedule', stopText: 'The remaining payments lapse; what is paid stays paid.',
    stopped: 'Stopped by {{name}}: {{reason}}', started: 'The payment schedule is running: the first payment goes now.', payee: 'Payee',
  },
  scheduleKind: { death: 'Death (€2,500 at once)', invalidity: 'Permanent invalidity' },
  scheduleStatus: { requested: 'Requested', refused: 'Refused', running: 'Running', completed: 'Fully paid', stopped: 'Stopped' },
};
