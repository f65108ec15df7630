/** The back office's words (handlers, senior handlers); nl is the reference, fr and en have the same keys. */
export const backofficeNl = {
  menu: { queue: 'Werkvoorraad', approvals: 'Goed te keuren betalingen', workflows: 'Workflows' },
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
};
export type BackofficeWords = typeof backofficeNl;

export const backofficeFr: BackofficeWords = {
  menu: { queue: 'Portefeuille', approvals: 'Paiements à approuver', workflows: 'Workflows' },
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
};

export const backofficeEn: BackofficeWords = {
  menu: { queue: 'Work queue', approvals: 'Payments to approve', workflows: 'Workflows' },
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
};
