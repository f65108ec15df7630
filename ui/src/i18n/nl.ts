import { messagesNl, wizardNl } from '../declarations/words';
import { auditNl } from '../audit/words';
import { backofficeNl } from '../backoffice/words';
import { hospitalisationNl } from '../hospitalisation/words';
import { helpNl } from '../help/words';
/** Dutch, the portal's default language; fr.ts and en.ts have the same keys. */
export const nl = {
  app: { title: 'Schadeaangiften', language: 'Taal', logout: 'Afmelden', menu: 'Menu', skipToContent: 'Naar de inhoud' },
  login: {
    title: 'Aanmelden', email: 'E-mailadres', password: 'Wachtwoord', submit: 'Aanmelden',
  },
  organisation: {
    choose: 'Kies de organisatie', chooseHint: 'Voor welke organisatie wilt u werken?', rememberAsDefault: 'Onthouden als standaardprofiel',
    continue: 'Verder', switcher: 'Organisatie', defaultProfile: 'standaardprofiel', access: { full: 'Volledige toegang', limited: 'Beperkte toegang' },
  },
  menu: { my_data: 'Mijn gegevens', my_policies: 'Mijn polissen', my_claims: 'Mijn schadegevallen', declare: 'Schade aangeven' },
  myData: {
    title: 'Mijn gegevens', enterpriseNumber: 'Ondernemingsnummer', address: 'Adres', phone: 'Telefoon', email: 'E-mail',
    language: 'Taal', userAgreement: 'Gebruikersovereenkomst', name: 'Naam', accessLevel: 'Toegang',
  },
  policies: {
    title: 'Mijn polissen', policyNumber: 'Polisnummer', productLine: 'Productlijn', status: 'Status', policyholder: 'Verzekeringnemer',
    insuredObject: 'Verzekerd object', startDate: 'Begindatum', endDate: 'Einddatum', premium: 'Jaarpremie', documents: 'Documenten',
    motor: 'Auto', motorAll: 'Alle polissen', motorOnly: 'Enkel auto', motorExclude: 'Alles behalve auto', documentsOf: 'Documenten van polis {{policyNumber}}',
    noDocuments: 'Geen documenten',
  },
  claims: {
    title: 'Mijn schadegevallen', claimNumber: 'Schadenummer', type: 'Soort', status: 'Status', policyNumber: 'Polisnummer',
    eventDate: 'Datum voorval', description: 'Omschrijving', submittedAt: 'Aangegeven op', handler: 'Dossierbeheerder', search: 'Zoeken',
    detail: 'Schadegeval', history: 'Verloop', documents: 'Documenten', decision: 'Beslissing', noClaimNumberYet: 'nog geen schadenummer',
    back: 'Terug naar mijn schadegevallen',
    sealed: 'Medische gegevens zijn alleen zichtbaar voor de betrokkene, wie de aangifte deed en de verzekeraar. U ziet dat het schadegeval bestaat en de status ervan.', sealedShort: 'Verborgen (privacy)',
  },
  drafts: { title: 'Mijn ontwerpen', type: 'Soort', step: 'Stap', updatedAt: 'Laatst bewaard', resume: 'Verder invullen' },
  list: { allStatuses: 'Alle', exportCsv: 'Exporteren (CSV)', open: 'Openen' },
  status: {
    draft: 'Ontwerp', submitted: 'Verstuurd', in_handling: 'In behandeling', accepted: 'Aanvaard', under_reservation: 'Onder voorbehoud',
    refused: 'Geweigerd', withdrawn: 'Ingetrokken', expired: 'Vervallen', active: 'Actief', suspended: 'Geschorst', cancelled: 'Opgezegd',
  },
  productLine: {
    liability: 'Burgerlijke aansprakelijkheid', bodily_accident: 'Lichamelijke ongevallen', workplace_accident: 'Arbeidsongevallen', fire: 'Brand',
    collective_hospitalisation: 'Collectieve hospitalisatie', motor: 'Auto', omnium_assignment: 'Omnium opdracht', accident_income: 'Verzekerd Inkomen',
  },
  action: {
    created: 'Aangemaakt', saved: 'Bewaard', attachments_added: 'Bijlagen toegevoegd', attachment_removed: 'Bijlage verwijderd', submitted: 'Verstuurd',
    withdrawn: 'Ingetrokken', reopened: 'Heropend', handling_started: 'Behandeling gestart', opened_automatically: 'Automatisch geopend',
    decided: 'Beslist', reassigned: 'Toegewezen aan een andere beheerder', draft_reminder_sent: 'Herinnering verstuurd', expired: 'Vervallen', closed: 'Afgesloten',
  },
  decision: { accept: 'Aanvaard', reserve: 'Aanvaard onder voorbehoud', refuse: 'Geweigerd' },
  documentKind: { declaration_summary: 'Overzicht van de aangifte', decision_accept: 'Beslissing: aanvaard', decision_reserve: 'Beslissing: onder voorbehoud', decision_refuse: 'Beslissing: geweigerd' },
  common: { loading: 'Laden…', yes: 'Ja', no: 'Nee', notFound: 'Deze pagina bestaat niet.' },
  // Staff screens (back office and audit): their words live with their screens.
  backoffice: backofficeNl,
  audit: auditNl,
  wizard: wizardNl,
  messages: messagesNl,
  hospitalisation: hospitalisationNl,
  help: helpNl,
};
export type Translations = typeof nl;
