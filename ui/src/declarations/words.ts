/** The words of the declare-a-claim wizard and of a claim's messages; nl is the reference, fr and en have the same keys. */
export const wizardNl = {
  title: 'Schade aangeven', chooseType: 'Wat wilt u aangeven?', motor: 'Auto', motorQuestion: 'Gaat het om diefstal?',
  motorTheft: 'Diefstal (of poging tot diefstal)', motorDamage: 'Geen diefstal: andere schade', choosePolicy: 'Onder welke polis?',
  noPolicies: 'Geen actieve polis voor deze soort schade.', withoutPolicy: 'Ik ken de polis niet', start: 'Aangifte starten',
  drafts: 'Mijn ontwerpen', back: 'Vorige', next: 'Volgende', steps: ['Het voorval', 'Betrokken partijen', 'De schade', 'Contactgegevens', 'Nazicht en bijlagen', 'Bevestiging'],
  stepHeading: 'Stap {{step}} van 6: {{name}}', savedAt: 'Opgeslagen om {{time}}', saving: 'Bezig met opslaan…', notSaved: 'Niet opgeslagen: verbeter de aangeduide velden.',
  stale: 'Een collega heeft deze aangifte intussen gewijzigd. Laad de laatste versie om verder te werken.', reload: 'Opnieuw laden',
  add: '{{what}} toevoegen', remove: '{{what}} verwijderen', required: 'verplicht veld', submit: 'Aangifte versturen',
  missing: 'De aangifte is nog niet volledig. Vul deze velden aan:', review: 'Overzicht', notFilled: '—', euros: 'in euro',
  attachments: 'Bijlagen', attachmentKind: 'Soort document', chooseFiles: 'Bestanden kiezen', uploading: 'Bezig met opladen: {{percent}} %',
  noAttachments: 'Nog geen bijlagen', removeAttachment: '{{file}} verwijderen', removeShort: 'Verwijderen',
  submitted: 'Uw aangifte is verstuurd.', claimOpened: 'Uw schadegeval is geopend met schadenummer {{claimNumber}}.',
  handler: 'Uw dossierbeheerder: {{name}} ({{email}})', summaryPdf: 'Overzicht van de aangifte (PDF)', withdraw: 'Aangifte intrekken',
  reopen: 'Aangifte heropenen om te wijzigen', withdrawn: 'Deze aangifte is ingetrokken.', status: 'Status: {{status}}', openClaim: 'Naar het schadegeval',
  workplaceQuestion: 'Welke aangifte wilt u doen?', workplaceFull: 'Volledige aangifte',
  workplaceSimplified: 'Vereenvoudigde aangifte (klein ongeval, geen ernstig letsel)',
  simplifiedNotice: 'Vereenvoudigde aangifte voor een klein arbeidsongeval: u vult enkel het voorval, het slachtoffer, het letsel en een contactpersoon in. Is het ongeval ernstig (dodelijk, of veroorzaakt door een gebeurtenis of een voorwerp en met letsel), dan gebruikt u de volledige aangifte: zet bij De schade de vereenvoudigde aangifte uit.',
  discard: 'Verwijderen', discardLabel: 'Ontwerp verwijderen: {{type}}', discardTitle: 'Ontwerp verwijderen?',
  discardText: 'Het ontwerp "{{type}}", laatst bewaard op {{at}}, verdwijnt uit de ontwerpen van uw organisatie. Er wordt niets naar de verzekeraar verstuurd.',
  cancel: 'Annuleren', discarded: 'Het ontwerp is verwijderd.',
};
export type WizardWords = typeof wizardNl;

export const wizardFr: WizardWords = {
  title: 'Déclarer un sinistre', chooseType: 'Que souhaitez-vous déclarer ?', motor: 'Auto', motorQuestion: "S'agit-il d'un vol ?",
  motorTheft: 'Vol (ou tentative de vol)', motorDamage: 'Pas de vol : autres dégâts', choosePolicy: 'Sous quelle police ?',
  noPolicies: 'Aucune police active pour ce type de sinistre.', withoutPolicy: 'Je ne connais pas la police', start: 'Commencer la déclaration',
  drafts: 'Mes brouillons', back: 'Précédent', next: 'Suivant', steps: ["L'événement", 'Parties concernées', 'Les dommages', 'Coordonnées de contact', 'Vérification et annexes', 'Confirmation'],
  stepHeading: 'Étape {{step}} sur 6 : {{name}}', savedAt: 'Enregistré à {{time}}', saving: 'Enregistrement…', notSaved: 'Non enregistré : corrigez les champs indiqués.',
  stale: 'Un collègue a modifié cette déclaration entre-temps. Chargez la dernière version pour continuer.', reload: 'Recharger',
  add: 'Ajouter : {{what}}', remove: 'Supprimer : {{what}}', required: 'champ obligatoire', submit: 'Envoyer la déclaration',
  missing: "La déclaration n'est pas encore complète. Complétez ces champs :", review: 'Récapitulatif', notFilled: '—', euros: 'en euros',
  attachments: 'Annexes', attachmentKind: 'Type de document', chooseFiles: 'Choisir des fichiers', uploading: 'Envoi en cours : {{percent}} %',
  noAttachments: "Pas encore d'annexes", removeAttachment: 'Supprimer {{file}}', removeShort: 'Supprimer',
  submitted: 'Votre déclaration a été envoyée.', claimOpened: 'Votre sinistre est ouvert sous le numéro {{claimNumber}}.',
  handler: 'Votre gestionnaire : {{name}} ({{email}})', summaryPdf: 'Récapitulatif de la déclaration (PDF)', withdraw: 'Retirer la déclaration',
  reopen: 'Rouvrir la déclaration pour la modifier', withdrawn: 'Cette déclaration a été retirée.', status: 'Statut : {{status}}', openClaim: 'Vers le sinistre',
  workplaceQuestion: 'Quelle déclaration souhaitez-vous faire ?', workplaceFull: 'Déclaration complète',
  workplaceSimplified: 'Déclaration simplifiée (accident bénin, pas de lésion grave)',
  simplifiedNotice: "Déclaration simplifiée pour un accident du travail bénin : vous ne remplissez que l'événement, la victime, la lésion et une personne de contact. Si l'accident est grave (mortel, ou causé par un événement ou un objet et avec lésion), utilisez la déclaration complète : désactivez la déclaration simplifiée sous Les dommages.",
  discard: 'Supprimer', discardLabel: 'Supprimer le brouillon : {{type}}', discardTitle: 'Supprimer le brouillon ?',
  discardText: "Le brouillon « {{type}} », enregistré pour la dernière fois le {{at}}, disparaît des brouillons de votre organisation. Rien n'est envoyé à l'assureur.",
  cancel: 'Annuler', discarded: 'Le brouillon a été supprimé.',
};

export const wizardEn: WizardWords = {
  title: 'Declare a claim', chooseType: 'What would you like to declare?', motor: 'Motor', motorQuestion: 'Is it a theft?',
  motorTheft: 'Theft (or attempted theft)', motorDamage: 'Not a theft: other damage', choosePolicy: 'Under which policy?',
  noPolicies: 'No active policy for this kind of claim.', withoutPolicy: 'I do not know the policy', start: 'Start the declaration',
  drafts: 'My drafts', back: 'Back', next: 'Next', steps: ['The event', 'Parties', 'The damage', 'Contact details', 'Review and attachments', 'Confirmation'],
  stepHeading: 'Step {{step}} of 6: {{name}}', savedAt: 'Saved at {{time}}', saving: 'Saving…', notSaved: 'Not saved: correct the fields shown.',
  stale: 'A colleague changed this declaration in the meantime. Load the latest version to continue.', reload: 'Reload',
  add: 'Add {{what}}', remove: 'Remove {{what}}', required: 'required field', submit: 'Submit the declaration',
  missing: 'The declaration is not complete yet. Fill in these fields:', review: 'Overview', notFilled: '—', euros: 'in euros',
  attachments: 'Attachments', attachmentKind: 'Kind of document', chooseFiles: 'Choose files', uploading: 'Uploading: {{percent}} %',
  noAttachments: 'No attachments yet', removeAttachment: 'Remove {{file}}', removeShort: 'Remove',
  submitted: 'Your declaration has been submitted.', claimOpened: 'Your claim is open under claim number {{claimNumber}}.',
  handler: 'Your claims handler: {{name}} ({{email}})', summaryPdf: 'Summary of the declaration (PDF)', withdraw: 'Withdraw the declaration',
  reopen: 'Reopen the declaration to change it', withdrawn: 'This declaration has been withdrawn.', status: 'Status: {{status}}', openClaim: 'Go to the claim',
  workplaceQuestion: 'Which declaration would you like to make?', workplaceFull: 'Full declaration',
  workplaceSimplified: 'Simplified declaration (minor accident, no serious injury)',
  simplifiedNotice: 'Simplified declaration for a minor workplace accident: you fill in only the event, the victim, the injury and a contact person. If the accident is serious (fatal, or caused by an event or an object and with an injury), use the full declaration: switch off the simplified declaration under The damage.',
  discard: 'Delete', discardLabel: 'Delete the draft: {{type}}', discardTitle: 'Delete the draft?',
  discardText: 'The draft "{{type}}", last saved on {{at}}, disappears from your organisation’s drafts. Nothing is sent to the insurer.',
  cancel: 'Cancel', discarded: 'The draft has been deleted.',
};

export const messagesNl = {
  title: 'Berichten', none: 'Nog geen berichten', from: 'Van {{name}} op {{at}}', answer: 'Antwoord van {{name}} op {{at}}',
  withdraw: 'Bericht intrekken', subject: 'Onderwerp', body: 'Uw bericht', files: 'Bijlagen toevoegen', send: 'Bericht versturen', sent: 'Uw bericht is verstuurd.',
  status: { sent: 'Verstuurd', read: 'Gelezen', answered: 'Beantwoord', withdrawn: 'Ingetrokken' },
};
export type MessagesWords = typeof messagesNl;

export const messagesFr: MessagesWords = {
  title: 'Messages', none: 'Pas encore de messages', from: 'De {{name}} le {{at}}', answer: 'Réponse de {{name}} le {{at}}',
  withdraw: 'Retirer le message', subject: 'Objet', body: 'Votre message', files: 'Ajouter des annexes', send: 'Envoyer le message', sent: 'Votre message a été envoyé.',
  status: { sent: 'Envoyé', read: 'Lu', answered: 'Répondu', withdrawn: 'Retiré' },
};

export const messagesEn: MessagesWords = {
  title: 'Messages', none: 'No messages yet', from: 'From {{name}} on {{at}}', answer: 'Answer from {{name}} on {{at}}',
  withdraw: 'Withdraw the message', subject: 'Subject', body: 'Your message', files: 'Add attachments', send: 'Send the message', sent: 'Your message has been sent.',
  status: { sent: 'Sent', read: 'Read', answered: 'Answered', withdrawn: 'Withdrawn' },
};
