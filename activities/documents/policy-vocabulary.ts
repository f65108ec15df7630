import { humanise } from '../../domain/labels';
import type { ProductLine } from '../../domain/product-lines';

/** The words of the policy documents (polisdocumenten) in Dutch, French and English. */
export type Translated = [nl: string, fr: string, en: string];
export type TextLanguage = 'nl' | 'fr' | 'en';
export const pickText = ([nl, fr, en]: Translated, language: TextLanguage) => (language === 'nl' ? nl : language === 'fr' ? fr : en);

export const productLineNames: Record<ProductLine, Translated> = {
  liability: ['BA uitbating', 'RC exploitation', 'Business liability'],
  bodily_accident: ['Lichamelijke ongevallen', 'Accidents corporels', 'Bodily accident'],
  workplace_accident: ['Arbeidsongevallen', 'Accidents du travail', 'Workplace accidents'],
  fire: ['Brand', 'Incendie', 'Fire'],
  collective_hospitalisation: ['Collectieve hospitalisatie', 'Hospitalisation collective', 'Group hospitalisation'],
  motor: ['Auto', 'Auto', 'Motor'],
  omnium_assignment: ['Omnium opdracht', 'Omnium mission', 'Omnium on assignment'],
  accident_income: ['Verzekerd Inkomen', 'Revenu Assuré', 'Insured Income'],
};

/** The guarantee codes of the policies; an unknown code reads as words (see `humanise` in domain/labels). */
export const guaranteeNames: Record<string, Translated> = {
  business_liability: ['BA uitbating', 'RC exploitation', 'Business liability'],
  product_liability: ['BA na levering', 'RC après livraison', 'Product liability'],
  building_liability: ['BA gebouw', 'RC immeuble', 'Building liability'],
  liability: ['BA motorrijtuigen', 'RC automobile', 'Motor third-party liability'],
  death: ['Overlijden', 'Décès', 'Death'],
  permanent_invalidity: ['Blijvende invaliditeit', 'Invalidité permanente', 'Permanent invalidity'],
  permanent_total_invalidity: ['Blijvende totale invaliditeit (≥ 67 %)', 'Invalidité permanente totale (≥ 67 %)', 'Permanent total invalidity (≥ 67 %)'],
  medical_costs: ['Medische kosten', 'Frais médicaux', 'Medical costs'],
  workplace_accident: ['Arbeidsongevallen (wettelijke dekking)', 'Accidents du travail (couverture légale)', 'Workplace accidents (statutory cover)'],
  commute: ['Ongevallen op de weg van en naar het werk', 'Accidents sur le chemin du travail', 'Accidents on the way to and from work'],
  private_life: ['Privé leven', 'Vie privée', 'Private life'],
  fire: ['Brand', 'Incendie', 'Fire'],
  storm: ['Storm en hagel', 'Tempête et grêle', 'Storm and hail'],
  water_damage: ['Waterschade', 'Dégâts des eaux', 'Water damage'],
  glass: ['Glasbraak', 'Bris de vitrage', 'Glass breakage'],
  theft: ['Diefstal', 'Vol', 'Theft'],
  business_interruption: ['Bedrijfsschade', "Pertes d'exploitation", 'Business interruption'],
  rent_loss: ['Huurderving', 'Perte de loyers', 'Loss of rent'],
  hospitalisation: ['Hospitalisatie', 'Hospitalisation', 'Hospitalisation'],
  pre_post_hospital_care: ['Pre- en posthospitalisatiekosten', 'Frais pré- et post-hospitaliers', 'Pre- and post-hospital care'],
  serious_illness: ['Ernstige ziekten', 'Maladies graves', 'Serious illnesses'],
  small_omnium: ['Kleine omnium', 'Petite omnium', 'Small omnium'],
  full_omnium: ['Volledige omnium', 'Omnium complète', 'Full omnium'],
  replacement_vehicle: ['Vervangwagen', 'Véhicule de remplacement', 'Replacement vehicle'],
  legal_assistance: ['Rechtsbijstand', 'Protection juridique', 'Legal assistance'],
};

/** Labels of the fields of `insuredObject` and `terms`. */
export const fieldNames: Record<string, Translated> = {
  description: ['Omschrijving', 'Description', 'Description'],
  make: ['Merk', 'Marque', 'Make'],
  model: ['Model', 'Modèle', 'Model'],
  licensePlate: ['Nummerplaat', "Plaque d'immatriculation", 'Licence plate'],
  vin: ['Chassisnummer (VIN)', 'Numéro de châssis (VIN)', 'Chassis number (VIN)'],
  firstRegistration: ['Eerste inschrijving', 'Première immatriculation', 'First registration'],
  insuredValueCents: ['Verzekerde waarde', 'Valeur assurée', 'Insured value'],
  activity: ['Activiteit', 'Activité', 'Business activity'],
  sites: ['Exploitatiezetels', "Sièges d'exploitation", 'Sites'],
  insuredCount: ['Aantal verzekerden', "Nombre d'assurés", 'Number of insured persons'],
  employees: ['Aantal werknemers', 'Nombre de travailleurs', 'Number of employees'],
  jointCommittee: ['Paritair comité', 'Commission paritaire', 'Joint committee'],
  address: ['Adres', 'Adresse', 'Address'],
  use: ['Gebruik', 'Usage', 'Use'],
  buildingValueCents: ['Waarde gebouw', 'Valeur du bâtiment', 'Building value'],
  contentsValueCents: ['Waarde inhoud', 'Valeur du contenu', 'Contents value'],
  kilometresPerYear: ['Kilometers per jaar', 'Kilomètres par an', 'Kilometres per year'],
  insured: ['Verzekerde', 'Assuré', 'Insured person'],
  linkedAccount: ['Gekoppelde rekening', 'Compte lié', 'Linked account'],
  insuredAmountCents: ['Verzekerd bedrag per schadegeval', 'Montant assuré par sinistre', 'Insured amount per claim'],
  deductibleCents: ['Vrijstelling', 'Franchise', 'Deductible'],
  omnium: ['Omniumformule', 'Formule omnium', 'Omnium formula'],
  formula: ['Formule', 'Formule', 'Formula'],
  contractKind: ['Soort contract', 'Type de contrat', 'Kind of contract'],
  privateLife: ['Waarborg privé leven', 'Garantie vie privée', 'Private-life guarantee'],
  simpleRisk: ['Eenvoudig risico', 'Risque simple', 'Simple risk'],
  roomCover: ['Kamerdekking', 'Couverture chambre', 'Room cover'],
};

/** Coded values of `terms`, by field. */
export const valueNames: Record<string, Record<string, Translated>> = {
  omnium: {
    none: ['Geen (enkel BA)', 'Aucune (RC seule)', 'None (liability only)'],
    small: ['Kleine omnium', 'Petite omnium', 'Small omnium'],
    full: ['Volledige omnium', 'Omnium complète', 'Full omnium'],
  },
  contractKind: {
    collective: ['Collectief', 'Collectif', 'Collective'],
    individual: ['Individueel', 'Individuel', 'Individual'],
  },
  roomCover: {
    single: ['Eenpersoonskamer', 'Chambre individuelle', 'Single room'],
    double: ['Tweepersoonskamer', 'Chambre double', 'Double room'],
    common: ['Gemeenschappelijke kamer', 'Chambre commune', 'Shared room'],
  },
};

export const policyStatusNames: Record<string, Translated> = {
  active: ['Van kracht', 'En vigueur', 'In force'],
  suspended: ['Geschorst', 'Suspendue', 'Suspended'],
  cancelled: ['Opgezegd', 'Résiliée', 'Cancelled'],
};

export const claimStatusNames: Record<string, Translated> = {
  draft: ['Ontwerp', 'Brouillon', 'Draft'],
  submitted: ['Aangegeven', 'Déclaré', 'Declared'],
  in_handling: ['In behandeling', 'En cours de traitement', 'In handling'],
  accepted: ['Aanvaard', 'Accepté', 'Accepted'],
  under_reservation: ['Aanvaard onder voorbehoud', 'Accepté sous réserve', 'Accepted under reservation'],
  refused: ['Geweigerd', 'Refusé', 'Refused'],
  withdrawn: ['Ingetrokken', 'Retiré', 'Withdrawn'],
  expired: ['Vervallen', 'Expiré', 'Expired'],
  open: ['Open', 'Ouvert', 'Open'],
  closed: ['Afgesloten', 'Clôturé', 'Closed'],
};

export const countryNames: Record<string, Translated> = {
  BE: ['België', 'Belgique', 'Belgium'],
  LU: ['Luxemburg', 'Luxembourg', 'Luxembourg'],
  NL: ['Nederland', 'Pays-Bas', 'Netherlands'],
  FR: ['Frankrijk', 'France', 'France'],
  DE: ['Duitsland', 'Allemagne', 'Germany'],
};

/** Green-card vehicle categories: A car (including vans), C lorry or tractor. */
export const vehicleCategoryNames: Record<string, Translated> = {
  A: ['personenwagen of bestelwagen', 'voiture ou camionnette', 'car or van'],
  C: ['vrachtwagen of trekker', 'camion ou tracteur', 'lorry or tractor'],
};

/** Short phrases of the layout; each is a Handlebars template. */
export const phrases = {
  enterpriseNumber: ['Ondernemingsnummer {{number}}', "Numéro d'entreprise {{number}}", 'Enterprise number {{number}}'],
  insurerRegistration: ['KBO {{enterpriseNumber}} – FSMA-nummer {{fsmaNumber}}', 'BCE {{enterpriseNumber}} – numéro FSMA {{fsmaNumber}}', 'CBE {{enterpriseNumber}} – FSMA number {{fsmaNumber}}'],
  policyholder: ['Verzekeringnemer', 'Preneur d’assurance', 'Policyholder'],
  issuedOn: ['Uitgegeven op {{date}}', 'Émis le {{date}}', 'Issued on {{date}}'],
  policyNumber: ['Polisnummer', 'Numéro de police', 'Policy number'],
  productLine: ['Product', 'Produit', 'Product'],
  period: ['Looptijd', 'Durée', 'Period'],
  periodOpen: ['vanaf {{start}}, jaarlijks stilzwijgend verlengd', 'à partir du {{start}}, reconduite tacitement chaque année', 'from {{start}}, renewed tacitly every year'],
  periodClosed: ['van {{start}} tot en met {{end}}', 'du {{start}} au {{end}} inclus', 'from {{start}} to {{end}} inclusive'],
  annualPremium: ['Jaarpremie (taksen inbegrepen)', 'Prime annuelle (taxes comprises)', 'Annual premium (taxes included)'],
  status: ['Status', 'Statut', 'Status'],
  risk: ['Risico', 'Risque', 'Risk'],
  guarantees: ['Waarborgen', 'Garanties', 'Guarantees'],
  insuredValues: ['Verzekerde waarden', 'Valeurs assurées', 'Insured values'],
  claimNumber: ['Schadenummer', 'Numéro de sinistre', 'Claim number'],
  date: ['Datum', 'Date', 'Date'],
  claimType: ['Soort schadegeval', 'Type de sinistre', 'Kind of claim'],
  yes: ['Ja', 'Oui', 'Yes'],
  no: ['Nee', 'Non', 'No'],
  signedFor: ['Voor {{name}},', 'Pour {{name}},', 'For {{name}},'],
  signatory: ['De Directie', 'La Direction', 'The Management'],
  page: ['Pagina {{page}} van {{pages}}', 'Page {{page}} sur {{pages}}', 'Page {{page}} of {{pages}}'],
  cardValidity: ['Geldig van – tot (beide data inbegrepen)', 'Valable du – au (les deux dates incluses)', 'Valid from – to (both dates inclusive)'],
  cardNumber: ['Landcode / code verzekeraar / nummer', 'Code pays / code assureur / numéro', 'Country code / insurer code / number'],
  cardCategory: ['Categorie voertuig', 'Catégorie du véhicule', 'Category of vehicle'],
  cardTerritory: ['Territoriale geldigheid', 'Validité territoriale', 'Territorial validity'],
  cardHolder: ['Naam en adres van de verzekeringnemer', 'Nom et adresse du preneur d’assurance', 'Name and address of the policyholder'],
  cardIssuer: ['Afgegeven door', 'Délivrée par', 'Issued by'],
} satisfies Record<string, Translated>;
export type PhraseKey = keyof typeof phrases;


/** The word for a code in one of the tables above, or the code in words. */
export const wordFor = (table: Record<string, Translated>, code: string, language: TextLanguage) =>
  table[code] ? pickText(table[code], language) : humanise(code);
