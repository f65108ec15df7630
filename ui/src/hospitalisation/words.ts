/** The words of the group hospitalisation screens (groepshospitalisatie); nl is the reference, fr and en have the same keys. */
export const hospitalisationNl = {
  menu: 'Groepshospitalisatie', title: 'Groepshospitalisatie',
  intro: {
    titularis: 'Als titularis beheert u uw eigen gegevens en die van uw gezinsleden.',
    local_admin: 'Als Local Admin beheert u het register van alle verzekerden: u voegt titularissen toe, wijzigt of verwijdert ze.',
  },
  register: {
    title: 'Verzekerden', excel: 'Excel downloaden', lastName: 'Naam', firstName: 'Voornaam', birthDate: 'Geboortedatum', relation: 'Relatie',
    titularis: 'Titularis', nationalNumber: 'Rijksregisternummer', email: 'E-mail', coveredFrom: 'Verzekerd vanaf', coveredUntil: 'Verzekerd tot',
  },
  relation: { titularis: 'Titularis', partner: 'Partner', child: 'Kind' },
  kind: {
    update_person: 'Persoonsgegevens wijzigen', add_family_member: 'Gezinslid toevoegen', remove_family_member: 'Gezinslid verwijderen',
    add_titularis: 'Titularis toevoegen', remove_titularis: 'Titularis verwijderen',
  },
  status: { draft: 'Ontwerp', submitted: 'Ingediend', approved: 'Goedgekeurd', rejected: 'Geweigerd', withdrawn: 'Ingetrokken', expired: 'Vervallen' },
  form: {
    personId: 'Verzekerde', relation: 'Relatie', firstName: 'Voornaam', lastName: 'Naam', birthDate: 'Geboortedatum', email: 'E-mail',
    nationalNumber: 'Rijksregisternummer', nationalNumberHint: 'Bijvoorbeeld 26.10.01-123.31', effectiveDate: 'Ingangsdatum',
    effectiveDateHint: 'De dag vanaf wanneer de wijziging geldt', removeHint: 'De verzekering van deze persoon eindigt op de ingangsdatum.',
    removeTitularisHint: 'De verzekering van de titularis en zijn of haar gezinsleden eindigt op de ingangsdatum.',
    saveDraft: 'Bewaren als ontwerp', review: 'Nazien en indienen', withdraw: 'Wijziging intrekken', close: 'Sluiten',
    saving: 'Bezig met bewaren…', savedAt: 'Ontwerp bewaard om {{time}}', submitting: 'Bezig met indienen…', withdrawing: 'Bezig met intrekken…',
  },
  review: {
    title: 'Nazien voor het indienen', text: 'Na het indienen behandelt de back office deze wijziging. U kunt ze intrekken zolang de back office niet beslist heeft.',
    confirm: 'Definitief indienen', back: 'Terug naar het formulier',
  },
  changes: {
    title: 'Wijzigingen', none: 'Nog geen wijzigingen', change: 'Wijziging', about: 'Betreft', effectiveDate: 'Ingangsdatum', status: 'Status',
    requestedBy: 'Aangevraagd door', updatedAt: 'Laatst gewijzigd', actions: 'Acties', resume: 'Verder invullen', withdraw: 'Intrekken',
    rejectedBecause: 'Reden van weigering: {{reason}}', submitted: 'Uw wijziging is ingediend.', withdrawn: 'De wijziging is ingetrokken.',
  },
  messages: { title: 'Berichten aan de back office' },
};
export type HospitalisationWords = typeof hospitalisationNl;

export const hospitalisationFr: HospitalisationWords = {
  menu: 'Hospitalisation de groupe', title: 'Hospitalisation de groupe',
  intro: {
    titularis: 'En tant que titulaire, vous gérez vos propres données et celles des membres de votre famille.',
    local_admin: 'En tant que Local Admin, vous gérez le registre de tous les assurés : vous ajoutez, modifiez ou supprimez des titulaires.',
  },
  register: {
    title: 'Assurés', excel: 'Télécharger en Excel', lastName: 'Nom', firstName: 'Prénom', birthDate: 'Date de naissance', relation: 'Lien',
    titularis: 'Titulaire', nationalNumber: 'Numéro de registre national', email: 'E-mail', coveredFrom: 'Assuré depuis le', coveredUntil: "Assuré jusqu'au",
  },
  relation: { titularis: 'Titulaire', partner: 'Partenaire', child: 'Enfant' },
  kind: {
    update_person: 'Modifier les données personnelles', add_family_member: 'Ajouter un membre de la famille', remove_family_member: 'Supprimer un membre de la famille',
    add_titularis: 'Ajouter un titulaire', remove_titularis: 'Supprimer un titulaire',
  },
  status: { draft: 'Brouillon', submitted: 'Introduite', approved: 'Approuvée', rejected: 'Refusée', withdrawn: 'Retirée', expired: 'Expirée' },
  form: {
    personId: 'Assuré', relation: 'Lien', firstName: 'Prénom', lastName: 'Nom', birthDate: 'Date de naissance', email: 'E-mail',
    nationalNumber: 'Numéro de registre national', nationalNumberHint: 'Par exemple 26.10.01-123.31', effectiveDate: "Date d'effet",
    effectiveDateHint: 'Le jour à partir duquel la modification s’applique', removeHint: "L'assurance de cette personne prend fin à la date d'effet.",
    removeTitularisHint: "L'assurance du titulaire et des membres de sa famille prend fin à la date d'effet.",
    saveDraft: 'Enregistrer comme brouillon', review: 'Vérifier et introduire', withdraw: 'Retirer la modification', close: 'Fermer',
    saving: 'Enregistrement…', savedAt: 'Brouillon enregistré à {{time}}', submitting: 'Introduction en cours…', withdrawing: 'Retrait en cours…',
  },
  review: {
    title: "Vérifier avant d'introduire", text: "Une fois introduite, la modification est traitée par le back office. Vous pouvez la retirer tant que le back office n'a pas décidé.",
    confirm: 'Introduire définitivement', back: 'Retour au formulaire',
  },
  changes: {
    title: 'Modifications', none: 'Pas encore de modifications', change: 'Modification', about: 'Concerne', effectiveDate: "Date d'effet", status: 'Statut',
    requestedBy: 'Demandée par', updatedAt: 'Dernière modification', actions: 'Actions', resume: 'Continuer', withdraw: 'Retirer',
    rejectedBecause: 'Motif du refus : {{reason}}', submitted: 'Votre modification a été introduite.', withdrawn: 'La modification a été retirée.',
  },
  messages: { title: 'Messages au back office' },
};

export const hospitalisationEn: HospitalisationWords = {
  menu: 'Group hospitalisation', title: 'Group hospitalisation',
  intro: {
    titularis: 'As a titularis you manage your own data and that of your family members.',
    local_admin: 'As Local Admin you manage the register of all insured persons: you add, change or remove titularissen.',
  },
  register: {
    title: 'Insured persons', excel: 'Download Excel', lastName: 'Last name', firstName: 'First name', birthDate: 'Date of birth', relation: 'Relation',
    titularis: 'Titularis', nationalNumber: 'National register number', email: 'E-mail', coveredFrom: 'Insured from', coveredUntil: 'Insured until',
  },
  relation: { titularis: 'Titularis', partner: 'Partner', child: 'Child' },
  kind: {
    update_person: 'Change personal data', add_family_member: 'Add a family member', remove_family_member: 'Remove a family member',
    add_titularis: 'Add a titularis', remove_titularis: 'Remove a titularis',
  },
  status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn', expired: 'Expired' },
  form: {
    personId: 'Insured person', relation: 'Relation', firstName: 'First name', lastName: 'Last name', birthDate: 'Date of birth', email: 'E-mail',
    nationalNumber: 'National register number', nationalNumberHint: 'For example 26.10.01-123.31', effectiveDate: 'Effective date',
    effectiveDateHint: 'The day from which the change applies', removeHint: "This person's cover ends on the effective date.",
    removeTitularisHint: 'The cover of the titularis and their family members ends on the effective date.',
    saveDraft: 'Save as draft', review: 'Review and submit', withdraw: 'Withdraw the change', close: 'Close',
    saving: 'Saving…', savedAt: 'Draft saved at {{time}}', submitting: 'Submitting…', withdrawing: 'Withdrawing…',
  },
  review: {
    title: 'Review before submitting', text: 'Once submitted, the back office handles this change. You can withdraw it as long as the back office has not decided.',
    confirm: 'Submit for good', back: 'Back to the form',
  },
  changes: {
    title: 'Changes', none: 'No changes yet', change: 'Change', about: 'About', effectiveDate: 'Effective date', status: 'Status',
    requestedBy: 'Requested by', updatedAt: 'Last changed', actions: 'Actions', resume: 'Continue', withdraw: 'Withdraw',
    rejectedBecause: 'Reason for rejection: {{reason}}', submitted: 'Your change has been submitted.', withdrawn: 'The change has been withdrawn.',
  },
  messages: { title: 'Messages to the back office' },
};
