import { messagesFr, wizardFr } from '../declarations/words';
import { auditFr } from '../audit/words';
import { backofficeFr } from '../backoffice/words';
import { hospitalisationFr } from '../hospitalisation/words';
import { helpFr } from '../help/words';
import type { Translations } from './nl';

export const fr: Translations = {
  app: { title: 'Déclarations de sinistre', language: 'Langue', logout: 'Se déconnecter', menu: 'Menu', skipToContent: 'Aller au contenu' },
  login: {
    title: 'Connexion', email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter',
  },
  organisation: {
    choose: "Choisissez l'organisation", chooseHint: 'Pour quelle organisation souhaitez-vous travailler ?', rememberAsDefault: 'Retenir comme profil par défaut',
    continue: 'Continuer', switcher: 'Organisation', defaultProfile: 'profil par défaut', access: { full: 'Accès complet', limited: 'Accès limité' },
  },
  menu: { my_data: 'Mes données', my_policies: 'Mes polices', my_claims: 'Mes sinistres', declare: 'Déclarer un sinistre' },
  myData: {
    title: 'Mes données', enterpriseNumber: "Numéro d'entreprise", address: 'Adresse', phone: 'Téléphone', email: 'E-mail',
    language: 'Langue', userAgreement: "Convention d'utilisation", name: 'Nom', accessLevel: 'Accès',
  },
  policies: {
    title: 'Mes polices', policyNumber: 'Numéro de police', productLine: 'Ligne de produit', status: 'Statut', policyholder: 'Preneur',
    insuredObject: 'Objet assuré', startDate: 'Date de début', endDate: 'Date de fin', premium: 'Prime annuelle', documents: 'Documents',
    motor: 'Auto', motorAll: 'Toutes les polices', motorOnly: 'Auto uniquement', motorExclude: "Tout sauf l'auto", documentsOf: 'Documents de la police {{policyNumber}}',
    noDocuments: 'Aucun document',
  },
  claims: {
    title: 'Mes sinistres', claimNumber: 'Numéro de sinistre', type: 'Type', status: 'Statut', policyNumber: 'Numéro de police',
    eventDate: 'Date du sinistre', description: 'Description', submittedAt: 'Déclaré le', handler: 'Gestionnaire', search: 'Rechercher',
    detail: 'Sinistre', history: 'Historique', documents: 'Documents', decision: 'Décision', noClaimNumberYet: 'pas encore de numéro de sinistre',
    back: 'Retour à mes sinistres',
    sealed: "Les données médicales ne sont visibles que par la personne concernée, l'auteur de la déclaration et l'assureur. Vous voyez que le sinistre existe et son statut.", sealedShort: 'Masqué (vie privée)',
  },
  drafts: { title: 'Mes brouillons', type: 'Type', step: 'Étape', updatedAt: 'Dernier enregistrement', resume: 'Continuer' },
  list: { allStatuses: 'Tous', exportCsv: 'Exporter (CSV)', open: 'Ouvrir' },
  status: {
    draft: 'Brouillon', submitted: 'Envoyée', in_handling: 'En traitement', accepted: 'Acceptée', under_reservation: 'Sous réserve',
    refused: 'Refusée', withdrawn: 'Retirée', expired: 'Expirée', active: 'Active', suspended: 'Suspendue', cancelled: 'Résiliée',
  },
  productLine: {
    liability: 'Responsabilité civile', bodily_accident: 'Accidents corporels', workplace_accident: 'Accidents du travail', fire: 'Incendie',
    collective_hospitalisation: 'Hospitalisation collective', motor: 'Auto', omnium_assignment: 'Omnium mission', accident_income: 'Revenu Assuré',
  },
  action: {
    created: 'Créée', saved: 'Enregistrée', attachments_added: 'Annexes ajoutées', attachment_removed: 'Annexe supprimée', submitted: 'Envoyée',
    withdrawn: 'Retirée', reopened: 'Rouverte', handling_started: 'Traitement commencé', opened_automatically: 'Ouverte automatiquement',
    decided: 'Décidée', reassigned: 'Confiée à un autre gestionnaire', draft_reminder_sent: 'Rappel envoyé', expired: 'Expirée', closed: 'Clôturée',
  },
  decision: { accept: 'Acceptée', reserve: 'Acceptée sous réserve', refuse: 'Refusée' },
  documentKind: { declaration_summary: 'Récapitulatif de la déclaration', decision_accept: 'Décision : acceptée', decision_reserve: 'Décision : sous réserve', decision_refuse: 'Décision : refusée' },
  common: { loading: 'Chargement…', yes: 'Oui', no: 'Non', notFound: "Cette page n'existe pas." },
  // Staff screens (back office and audit): their words live with their screens.
  backoffice: backofficeFr,
  audit: auditFr,
  wizard: wizardFr,
  messages: messagesFr,
  hospitalisation: hospitalisationFr,
  help: helpFr,
};
