import type { DeclarationType } from './declaration-types';

export const languages = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof languages)[number];
/** Labels exist in Dutch, French and English; German readers get English until translated. */
type Translated = [nl: string, fr: string, en: string];
const pick = ([nl, fr, en]: Translated, language: Language) => (language === 'nl' ? nl : language === 'fr' ? fr : en);

const typeNames: Record<DeclarationType, Translated> = {
  liability: ['Burgerlijke aansprakelijkheid onderneming', 'Responsabilité civile entreprise', 'Business liability'],
  bodily_accident: ['Lichamelijke ongevallen', 'Accidents corporels', 'Bodily accident'],
  private_life: ['Privé leven (waarborg arbeidsongevallen)', 'Vie privée (garantie accidents du travail)', 'Private life (workplace accident guarantee)'],
  workplace_accident: ['Arbeidsongeval', 'Accident du travail', 'Workplace accident'],
  fire: ['Brand', 'Incendie', 'Fire'],
  collective_hospitalisation: ['Collectieve hospitalisatie', 'Hospitalisation collective', 'Group hospitalisation'],
  motor_theft: ['Auto – diefstal', 'Auto – vol', 'Motor – theft'],
  motor_damage: ['Auto – schade (niet-diefstal)', 'Auto – dégâts (hors vol)', 'Motor – damage (not theft)'],
  omnium_assignment: ['Omnium opdracht', 'Omnium mission', 'Omnium on assignment'],
};

const fieldNames: Record<string, Translated> = {
  event: ['Het voorval', "L'événement", 'The event'],
  parties: ['Betrokken partijen', 'Parties concernées', 'Parties'],
  insured: ['Verzekerde', 'Assuré', 'Insured'],
  counterparties: ['Tegenpartij', 'Partie adverse', 'Counterparty'],
  witnesses: ['Getuige', 'Témoin', 'Witness'],
  damage: ['De schade', 'Les dommages', 'The damage'],
  contact: ['Contactgegevens', 'Coordonnées de contact', 'Contact details'],
  attachments: ['Bijlagen', 'Annexes', 'Attachments'],
  date: ['Datum', 'Date', 'Date'],
  time: ['Uur', 'Heure', 'Time'],
  place: ['Plaats', 'Lieu', 'Place'],
  description: ['Omschrijving', 'Description', 'Description'],
  street: ['Straat en nummer', 'Rue et numéro', 'Street and number'],
  postalCode: ['Postcode', 'Code postal', 'Postal code'],
  city: ['Gemeente', 'Commune', 'City'],
  country: ['Land', 'Pays', 'Country'],
  firstName: ['Voornaam', 'Prénom', 'First name'],
  lastName: ['Naam', 'Nom', 'Last name'],
  birthDate: ['Geboortedatum', 'Date de naissance', 'Date of birth'],
  address: ['Adres', 'Adresse', 'Address'],
  phone: ['Telefoon', 'Téléphone', 'Phone'],
  email: ['E-mail', 'E-mail', 'E-mail'],
  statement: ['Verklaring', 'Déclaration', 'Statement'],
  insurer: ['Verzekeraar', 'Assureur', 'Insurer'],
  policyNumber: ['Polisnummer', 'Numéro de police', 'Policy number'],
  vehicle: ['Voertuig', 'Véhicule', 'Vehicle'],
  licensePlate: ['Nummerplaat', "Plaque d'immatriculation", 'Licence plate'],
  vin: ['Chassisnummer (VIN)', 'Numéro de châssis (VIN)', 'Chassis number (VIN)'],
  make: ['Merk', 'Marque', 'Make'],
  model: ['Model', 'Modèle', 'Model'],
  nationalNumber: ['Rijksregisternummer', 'Numéro de registre national', 'National register number'],
  jobTitle: ['Functie', 'Fonction', 'Job title'],
  employedSince: ['In dienst sinds', 'En service depuis', 'Employed since'],
  insuredPersonId: ['Verzekerde persoon (register)', 'Personne assurée (registre)', 'Insured person (register)'],
  contractKind: ['Soort contract', 'Type de contrat', 'Kind of contract'],
  onCommute: ['Op de weg van of naar het werk', 'Sur le chemin du travail', 'On the way to or from work'],
  workStartedAt: ['Begin van de werkdag', 'Début de la journée de travail', 'Working day started at'],
  causedByEventOrObject: ['Veroorzaakt door een gebeurtenis of voorwerp', 'Causé par un événement ou un objet', 'Caused by an event or an object'],
  cause: ['Oorzaak', 'Cause', 'Cause'],
  discoveredAt: ['Vastgesteld op', 'Constaté le', 'Discovered on'],
  attemptOnly: ['Enkel poging', 'Tentative uniquement', 'Attempt only'],
  kind: ['Soort schade', 'Type de sinistre', 'Kind of damage'],
  counterpartyInvolved: ['Tegenpartij betrokken', 'Partie adverse impliquée', 'Counterparty involved'],
  europeanAccidentReport: ['Europees aanrijdingsformulier ingevuld', 'Constat européen rempli', 'European accident report filled in'],
  assignment: ['Opdracht', 'Mission', 'Assignment'],
  bodilyInjury: ['Lichamelijke letsels', 'Dommages corporels', 'Bodily injury'],
  propertyDamage: ['Stoffelijke schade', 'Dommages matériels', 'Property damage'],
  estimatedAmountCents: ['Geraamd bedrag', 'Montant estimé', 'Estimated amount'],
  injuries: ['Letsels', 'Lésions', 'Injuries'],
  hospitalised: ['Gehospitaliseerd', 'Hospitalisé', 'Hospitalised'],
  firstMedicalCareDate: ['Eerste verzorging op', 'Premiers soins le', 'First medical care on'],
  iban: ['Rekeningnummer (IBAN)', 'Numéro de compte (IBAN)', 'Account number (IBAN)'],
  nature: ['Aard van het letsel', 'Nature de la lésion', 'Nature of the injury'],
  bodyParts: ['Gekwetste lichaamsdelen', 'Parties du corps atteintes', 'Injured body parts'],
  fatal: ['Dodelijk', 'Mortel', 'Fatal'],
  permanentInjury: ['Blijvend letsel', 'Lésion permanente', 'Permanent injury'],
  temporaryIncapacity: ['Tijdelijke arbeidsongeschiktheid', 'Incapacité temporaire', 'Temporary incapacity'],
  firstCareProvider: ['Eerste zorgverlener', 'Premier prestataire de soins', 'First care provider'],
  buildingDamage: ['Schade aan het gebouw', 'Dégâts au bâtiment', 'Damage to the building'],
  contentsDamage: ['Schade aan de inhoud', 'Dégâts au contenu', 'Damage to the contents'],
  fireBrigadeCalled: ['Brandweer opgeroepen', 'Pompiers appelés', 'Fire brigade called'],
  policeReportNumber: ['Nummer proces-verbaal', 'Numéro du procès-verbal', 'Police report number'],
  premisesHabitable: ['Gebouw nog bewoonbaar', 'Bâtiment encore habitable', 'Premises still habitable'],
  hospital: ['Ziekenhuis', 'Hôpital', 'Hospital'],
  admissionDate: ['Opname op', 'Admission le', 'Admitted on'],
  dischargeDate: ['Ontslag op', 'Sortie le', 'Discharged on'],
  roomType: ['Kamertype', 'Type de chambre', 'Room type'],
  keysHandedOver: ['Aantal sleutels', 'Nombre de clés', 'Number of keys'],
  stolenContents: ['Gestolen inhoud', 'Contenu volé', 'Stolen contents'],
  driver: ['Bestuurder', 'Conducteur', 'Driver'],
  damageDescription: ['Omschrijving van de schade', 'Description des dégâts', 'Description of the damage'],
  vehicleDrivable: ['Voertuig rijklaar', 'Véhicule en état de rouler', 'Vehicle drivable'],
  name: ['Naam', 'Nom', 'Name'],
  language: ['Taal', 'Langue', 'Language'],
  simplified: ['Vereenvoudigde aangifte', 'Déclaration simplifiée', 'Simplified declaration'],
  trafficAccident: ['Verkeersongeval', 'Accident de la circulation', 'Traffic accident'],
  circumstances: ['Bijzondere omstandigheden', 'Circonstances particulières', 'Particular circumstances'],
  outcome: ['Gevolg', 'Conséquence', 'Outcome'],
  invalidityPercent: ['Invaliditeit (%)', 'Invalidité (%)', 'Invalidity (%)'],
  preExistingInvalidityPercent: ['Voorafbestaande invaliditeit (%)', 'Invalidité préexistante (%)', 'Pre-existing invalidity (%)'],
  healthFund: ['Ziekenfonds', 'Mutualité', 'Health fund'],
  atFault: ['In fout', 'En tort', 'At fault'],
  totalLoss: ['Totaal verlies', 'Perte totale', 'Total loss'],
  kilometresDriven: ['Kilometerstand', 'Kilométrage', 'Kilometres driven'],
  // attachment kinds
  photo: ["Foto's van de schade", 'Photos des dégâts', 'Photos of the damage'],
  european_accident_report: ['Europees aanrijdingsformulier', 'Constat européen d’accident', 'European accident report'],
  police_report: ['Proces-verbaal', 'Procès-verbal', 'Police report'],
  medical_certificate_first_finding: ['Medisch attest van eerste vaststelling', 'Certificat médical de premier constat', 'Medical certificate of first finding'],
  incapacity_certificate: ['Attest van arbeidsongeschiktheid', "Certificat d'incapacité de travail", 'Certificate of incapacity'],
  hospital_invoice: ['Ziekenhuisfactuur', "Facture d'hôpital", 'Hospital invoice'],
  invoice: ['Factuur', 'Facture', 'Invoice'],
  quote: ['Bestek', 'Devis', 'Quote'],
  other: ['Ander document', 'Autre document', 'Other document'],
};

/** The answers a form offers to choose from (the schemas' enum values), as they read in each language. */
const optionNames: Record<string, Translated> = {
  nl: ['Nederlands', 'Néerlandais', 'Dutch'],
  fr: ['Frans', 'Français', 'French'],
  de: ['Duits', 'Allemand', 'German'],
  en: ['Engels', 'Anglais', 'English'],
  // bodily accident: the contract the accident falls under
  private: ['Individueel ongevallencontract', 'Contrat accidents individuel', 'Private accident contract'],
  collective: ['Collectief ongevallencontract', 'Contrat accidents collectif', 'Collective accident contract'],
  travel: ['Reisverzekering', 'Assurance voyage', 'Travel insurance'],
  school: ['Schoolpolis', 'Police scolaire', 'School policy'],
  accident_income: ['Verzekerd Inkomen', 'Revenu Assuré', 'Accident income'],
  // accident income: circumstances that may exclude cover (the handler decides)
  war: ['Oorlog', 'Guerre', 'War'],
  riots: ['Oproer of rellen', 'Émeutes', 'Riots'],
  suicide_or_attempt: ['Zelfdoding of poging', 'Suicide ou tentative', 'Suicide or attempt'],
  nuclear: ['Kernenergie', 'Énergie nucléaire', 'Nuclear energy'],
  ionising_radiation: ['Ioniserende straling', 'Radiations ionisantes', 'Ionising radiation'],
  voluntary_exceptional_danger: ['Vrijwillig buitengewoon gevaar', 'Danger exceptionnel volontaire', 'Voluntary exceptional danger'],
  criminal_conduct: ['Misdaad of wanbedrijf', 'Crime ou délit', 'Criminal conduct'],
  mental_disorder: ['Geestesstoornis', 'Trouble mental', 'Mental disorder'],
  drunkenness_or_intoxication: ['Dronkenschap of intoxicatie', 'Ivresse ou intoxication', 'Drunkenness or intoxication'],
  flying_private_plane: ['Vliegen met een privévliegtuig', 'Pilotage d’un avion privé', 'Flying a private plane'],
  air_sports: ['Luchtsporten', 'Sports aériens', 'Air sports'],
  speed_races: ['Snelheidswedstrijden', 'Courses de vitesse', 'Speed races'],
  terrorism: ['Terrorisme', 'Terrorisme', 'Terrorism'],
  injury: ['Letsel', 'Lésion', 'Injury'],
  death: ['Overlijden', 'Décès', 'Death'],
  permanent_invalidity: ['Blijvende invaliditeit', 'Invalidité permanente', 'Permanent invalidity'],
  // fire: the cause
  fire: ['Brand', 'Incendie', 'Fire'],
  smoke: ['Rook', 'Fumée', 'Smoke'],
  explosion: ['Ontploffing', 'Explosion', 'Explosion'],
  lightning: ['Blikseminslag', 'Foudre', 'Lightning'],
  electrical: ['Elektrisch defect', 'Défaut électrique', 'Electrical fault'],
  unknown: ['Onbekend', 'Inconnue', 'Unknown'],
  // group hospitalisation: the cause and the room
  illness: ['Ziekte', 'Maladie', 'Illness'],
  accident: ['Ongeval', 'Accident', 'Accident'],
  pregnancy: ['Zwangerschap', 'Grossesse', 'Pregnancy'],
  single: ['Eenpersoonskamer', 'Chambre particulière', 'Single room'],
  double: ['Tweepersoonskamer', 'Chambre double', 'Double room'],
  common: ['Gemeenschappelijke kamer', 'Chambre commune', 'Shared room'],
  // motor damage: the kind
  collision: ['Aanrijding', 'Collision', 'Collision'],
  glass: ['Glasbraak', 'Bris de vitre', 'Glass breakage'],
  hail: ['Hagel', 'Grêle', 'Hail'],
  storm: ['Storm', 'Tempête', 'Storm'],
  natural_force: ['Natuurkrachten', 'Forces de la nature', 'Natural forces'],
  vandalism: ['Vandalisme', 'Vandalisme', 'Vandalism'],
  animal: ['Aanrijding met een dier', 'Collision avec un animal', 'Collision with an animal'],
};

const phrases = {
  declaration: ['Schadeaangifte', 'Déclaration de sinistre', 'Claim declaration'],
  summary: ['Overzicht van uw aangifte', 'Récapitulatif de votre déclaration', 'Summary of your declaration'],
  reference: ['Referentie', 'Référence', 'Reference'],
  claimNumber: ['Schadenummer', 'Numéro de sinistre', 'Claim number'],
  status: ['Status', 'Statut', 'Status'],
  submittedAt: ['Verstuurd op', 'Envoyée le', 'Submitted on'],
  organisation: ['Organisatie', 'Organisation', 'Organisation'],
  policy: ['Polis', 'Police', 'Policy'],
  handler: ['Dossierbeheerder', 'Gestionnaire', 'Claims handler'],
  noAttachments: ['Geen bijlagen', 'Aucune annexe', 'No attachments'],
  yes: ['Ja', 'Oui', 'Yes'],
  no: ['Nee', 'Non', 'No'],
  page: ['Pagina', 'Page', 'Page'],
  of: ['van', 'sur', 'of'],
} satisfies Record<string, Translated>;
export type Phrase = keyof typeof phrases;

export const typeName = (type: DeclarationType, language: Language) => pick(typeNames[type], language);
export const phrase = (key: Phrase, language: Language) => pick(phrases[key], language);

/** `replacement_vehicle` → "Replacement vehicle": an unknown code still reads as words. */
export function humanise(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label; an unknown key reads as words rather than failing. */
export function fieldLabel(key: string, language: Language): string {
  const known = fieldNames[key];
  return known ? pick(known, language) : humanise(key);
}

/** One of a form's answers (an enum value) in the reader's language; an unknown code reads as words. */
export const optionLabel = (code: string, language: Language): string =>
  optionNames[code] ? pick(optionNames[code], language) : humanise(code);

/** True for a value that is one of the forms' coded answers, rather than free text. */
export const isOption = (value: unknown): value is string => typeof value === 'string' && Object.hasOwn(optionNames, value);

export const locale = (language: Language) => `${language}-BE`;

/** The language the declaration's contact asked for; Dutch when none was given. */
export const contactLanguage = (data: Record<string, any>): Language =>
  languages.includes(data.contact?.language) ? data.contact.language : 'nl';
