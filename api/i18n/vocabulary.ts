import type { RefusalLanguage } from './catalogue/refusal';

type Words = Record<string, readonly [nl: string, fr: string]>;

/** Statuses as they read after "is" in a refusal; French agrees with la déclaration, la modification. */
const declarationStatus: Words = {
  draft: ['in ontwerp', 'en brouillon'],
  submitted: ['ingediend', 'soumise'],
  'in handling': ['in behandeling', 'en traitement'],
  accepted: ['aanvaard', 'acceptée'],
  'under reservation': ['aanvaard onder voorbehoud', 'acceptée sous réserve'],
  refused: ['geweigerd', 'refusée'],
  withdrawn: ['ingetrokken', 'retirée'],
  expired: ['vervallen', 'expirée'],
};
const changeStatus: Words = {
  draft: ['in ontwerp', 'en brouillon'],
  submitted: ['ingediend', 'soumise'],
  approved: ['goedgekeurd', 'approuvée'],
  rejected: ['afgewezen', 'rejetée'],
  withdrawn: ['ingetrokken', 'retirée'],
  expired: ['vervallen', 'expirée'],
};
/** Le paiement, le message, l'échéancier: masculine in French. */
const paymentStatus: Words = {
  'awaiting approval': ['in afwachting van goedkeuring', "en attente d'approbation"],
  paid: ['betaald', 'payé'],
  rejected: ['afgewezen', 'rejeté'],
  refused: ['geweigerd', 'refusé'],
};
const messageStatus: Words = {
  sent: ['verzonden', 'envoyé'],
  read: ['gelezen', 'lu'],
  answered: ['beantwoord', 'traité'],
  withdrawn: ['ingetrokken', 'retiré'],
};
const scheduleStatus: Words = {
  requested: ['aangevraagd', 'demandé'],
  refused: ['geweigerd', 'refusé'],
  running: ['actief', 'en cours'],
  completed: ['afgelopen', 'terminé'],
  stopped: ['stopgezet', 'arrêté'],
};

const type: Words = {
  string: ['tekst', 'texte'],
  number: ['getal', 'nombre'],
  int: ['geheel getal', 'nombre entier'],
  boolean: ['ja of nee', 'oui ou non'],
  object: ['object', 'objet'],
  array: ['lijst', 'liste'],
  date: ['datum', 'date'],
  null: ['leeg', 'vide'],
};

/** Words a placeholder of that name may hold; any other value (a name, a number) is carried over as it is. */
const vocabulary: Record<string, Words> = {
  declarationStatus,
  changeStatus,
  paymentStatus,
  messageStatus,
  scheduleStatus,
  expected: type,
  received: type,
  policyStatus: {
    active: ['actief', 'active'],
    suspended: ['geschorst', 'suspendue'],
    cancelled: ['opgezegd', 'résiliée'],
  },
  roles: {
    customer: ['klanten', 'clients'],
    handler: ['dossierbeheerders', 'gestionnaires de sinistres'],
    'senior handler': ['senior dossierbeheerders', 'gestionnaires seniors'],
    auditor: ['auditors', 'auditeurs'],
  },
  decisions: {
    accept: ['aanvaarden', 'accepter'],
    reserve: ['onder voorbehoud aanvaarden', 'accepter sous réserve'],
    refuse: ['weigeren', 'refuser'],
  },
  costType: {
    indemnity: ['schadevergoeding', 'indemnité'],
    expenses: ['kosten', 'frais'],
  },
  productLine: {
    liability: ['BA onderneming', 'RC entreprise'],
    'bodily accident': ['Lichamelijke ongevallen', 'Accidents corporels'],
    'workplace accident': ['Arbeidsongevallen', 'Accidents du travail'],
    fire: ['Brand', 'Incendie'],
    'collective hospitalisation': ['Collectieve hospitalisatie', 'Hospitalisation collective'],
    motor: ['Auto', 'Auto'],
    'omnium assignment': ['Omnium opdracht', 'Omnium mission'],
    'accident income': ['Verzekerd Inkomen', 'Revenu garanti'],
  },
  changeKind: {
    'update person': ['gegevens van een persoon wijzigen', "modifier les données d'une personne"],
    'add family member': ['gezinslid toevoegen', 'ajouter un membre de la famille'],
    'remove family member': ['gezinslid verwijderen', 'retirer un membre de la famille'],
    'add titularis': ['titularis toevoegen', 'ajouter un titulaire'],
    'remove titularis': ['titularis verwijderen', 'retirer un titulaire'],
  },
  /** What `notFound(what)` could not find. */
  subject: {
    Declaration: ['Aangifte', 'Déclaration'],
    Claim: ['Schadegeval', 'Sinistre'],
    Attachment: ['Bijlage', 'Pièce jointe'],
    Organisation: ['Organisatie', 'Organisation'],
    'Customer user': ['Klantgebruiker', 'Utilisateur client'],
    Letter: ['Brief', 'Lettre'],
    Mail: ['E-mail', 'E-mail'],
    Change: ['Wijziging', 'Modification'],
    Workflow: ['Workflow', 'Workflow'],
    Payment: ['Betaling', 'Paiement'],
    'Payment schedule': ['Betalingsplan', 'Échéancier de paiement'],
    Message: ['Bericht', 'Message'],
    Policy: ['Polis', 'Police'],
    Document: ['Document', 'Document'],
  },
};

/** Codes read with spaces (`in_handling` is "in handling"); lists are translated word by word. */
export function valueIn(name: string, value: string, language: Exclude<RefusalLanguage, 'en'>): string {
  const amount = /^€(-?\d+\.\d{2})$/.exec(value); // the ledger writes "€1234.50"
  if (amount) return new Intl.NumberFormat(`${language}-BE`, { style: 'currency', currency: 'EUR' }).format(Number(amount[1]));
  const words = vocabulary[name];
  if (!words) return value;
  const word = (item: string) => words[item.replace(/_/g, ' ')]?.[language === 'nl' ? 0 : 1] ?? item;
  return value.split(', ').map(word).join(', ');
}

/** Whether a placeholder of that name knows this value (tests check every subject of notFound). */
export const knowsValue = (name: string, value: string) => Object.hasOwn(vocabulary[name] ?? {}, value.replace(/_/g, ' '));
