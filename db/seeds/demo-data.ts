/** The demo world: three customer organisations, every product line, and the documented accounts. */

export const organisations = [
  { key: 'bakkerij', name: 'Bakkerij Peeters BV', enterpriseNumber: '0412.345.614', street: 'Kerkstraat 12', postalCode: '2000', city: 'Antwerpen', country: 'BE', phone: '+32 3 231 45 67', email: 'info@bakkerij-peeters.example', language: 'nl' },
  { key: 'vastgoed', name: 'Peeters Vastgoed NV', enterpriseNumber: '0765.432.146', street: 'Meir 88', postalCode: '2000', city: 'Antwerpen', country: 'BE', phone: '+32 3 232 10 20', email: 'info@peeters-vastgoed.example', language: 'nl' },
  { key: 'wouters', name: 'Transport Wouters NV', enterpriseNumber: '0456.789.133', street: 'Rue de la Gare 45', postalCode: '4000', city: 'Liège', country: 'BE', phone: '+32 4 222 33 44', email: 'contact@transport-wouters.example', language: 'fr' },
] as const;
export type OrganisationKey = (typeof organisations)[number]['key'];

type Role = 'customer' | 'handler' | 'senior_handler' | 'auditor' | 'siu';
export const accounts: { email: string; fullName: string; role: Role; phone: string; language: string; access: [OrganisationKey, 'full' | 'limited'][]; nationalRegisterNumber?: string; defaultOrganisation?: OrganisationKey; productLines?: string[]; authorityLimitCents?: number; languages?: string[] }[] = [
  { email: 'an.peeters@bakkerij-peeters.example', fullName: 'An Peeters', role: 'customer', nationalRegisterNumber: '71031512366', phone: '+32 475 12 34 56', language: 'nl', access: [['bakkerij', 'full'], ['vastgoed', 'full']], defaultOrganisation: 'bakkerij' },
  { email: 'sofie.maes@bakkerij-peeters.example', fullName: 'Sofie Maes', role: 'customer', nationalRegisterNumber: '85010121394', phone: '+32 477 22 33 44', language: 'nl', access: [['bakkerij', 'full']] },
  { email: 'jan.claes@bakkerij-peeters.example', fullName: 'Jan Claes', role: 'customer', nationalRegisterNumber: '78041203114', phone: '+32 476 98 76 54', language: 'nl', access: [['bakkerij', 'limited']] },
  { email: 'els.wouters@transport-wouters.example', fullName: 'Els Wouters', role: 'customer', nationalRegisterNumber: '83072234511', phone: '+32 495 11 22 33', language: 'fr', access: [['wouters', 'full']] },
  { email: 'handler@insurer.example', fullName: 'Hanne De Smet', role: 'handler', nationalRegisterNumber: '88110427674', phone: '+32 2 555 01 01', language: 'nl', access: [], authorityLimitCents: 5_000_00, productLines: ['liability', 'bodily_accident', 'workplace_accident', 'fire', 'collective_hospitalisation', 'accident_income'], languages: ['nl', 'en'] },
  { email: 'second.handler@insurer.example', fullName: 'Karim El Amrani', role: 'handler', phone: '+32 2 555 01 02', language: 'fr', access: [], authorityLimitCents: 5_000_00, productLines: ['motor', 'omnium_assignment', 'fire', 'collective_hospitalisation', 'accident_income'], languages: ['fr', 'nl', 'en'] },
  { email: 'senior.handler@insurer.example', fullName: 'Marc Verhoeven', role: 'senior_handler', phone: '+32 2 555 01 10', language: 'nl', access: [], authorityLimitCents: 25_000_00, languages: ['nl', 'fr', 'en'] },
  { email: 'auditor@insurer.example', fullName: 'Lotte Jacobs', role: 'auditor', phone: '+32 2 555 01 20', language: 'nl', access: [] },
  // The special investigation unit: reads the claims referred to it, and closes the referrals.
  { email: 'siu@insurer.example', fullName: 'Pieter Wuyts', role: 'siu', phone: '+32 2 555 01 30', language: 'nl', access: [] },
];

/**
 * The eID cards of the embedded identity provider (runtime/eid-provider): the demo people by their national register
 * number (valid check digits), and two employees of Bakkerij Peeters no user agreement names yet: Pieter Janssens
 * (who stays unnamed: the unknown person) and Lies Vermeulen (whom the browser walk of the user agreement names).
 */
export const eidCards: { nationalRegisterNumber: string; givenName: string; familyName: string }[] = [
  ...accounts.filter((account) => account.nationalRegisterNumber).map((account) => ({
    nationalRegisterNumber: account.nationalRegisterNumber!,
    givenName: account.fullName.split(' ')[0],
    familyName: account.fullName.split(' ').slice(1).join(' '),
  })),
  { nationalRegisterNumber: '90113015440', givenName: 'Pieter', familyName: 'Janssens' },
  { nationalRegisterNumber: '95062214865', givenName: 'Lies', familyName: 'Vermeulen' },
];

/** Who signs the user agreement for an organisation (its administrator, seed 000 "gebruikersovereenkomst"). */
export const administrators: { email: string; organisation: OrganisationKey }[] = [
  { email: 'an.peeters@bakkerij-peeters.example', organisation: 'bakkerij' },
];

// Motor terms of seed 001: claimFreeSince starts the record without an accident in fault (Joker, 58+); policyholderBirthDate
// (the sole trader's, for the 58+ guarantee); insuredValueRaisePercent: the 10 % raise for a purchase discount.
const van = { kind: 'vehicle', description: 'Bestelwagen Renault Master', make: 'Renault', model: 'Master', licensePlate: '1-ABC-234', vin: 'VF1MA000123456789', firstRegistration: '2023-03-15', insuredValueCents: 3_850_000 };
export const policies: {
  organisation: OrganisationKey; policyNumber: string; productLine: string; startDate: string; annualPremiumCents: number;
  insuredObject: Record<string, unknown>; guarantees: string[]; terms: Record<string, unknown>;
}[] = [
  { organisation: 'bakkerij', policyNumber: 'BA-2019-104512', productLine: 'liability', startDate: '2019-01-01', annualPremiumCents: 84_500, insuredObject: { kind: 'business', activity: 'Bakkerij en broodjeszaak', sites: ['Kerkstraat 12, 2000 Antwerpen'] }, guarantees: ['business_liability', 'product_liability'], terms: { insuredAmountCents: 250_000_000, deductibleCents: 25_000 } },
  { organisation: 'bakkerij', policyNumber: 'LO-2020-220871', productLine: 'bodily_accident', startDate: '2020-04-01', annualPremiumCents: 31_200, insuredObject: { kind: 'group', description: 'Collectieve ongevallen personeel', insuredCount: 14 }, guarantees: ['death', 'permanent_invalidity', 'medical_costs'], terms: { contractKind: 'collective' } },
  { organisation: 'bakkerij', policyNumber: 'AO-2018-330145', productLine: 'workplace_accident', startDate: '2018-01-01', annualPremiumCents: 412_000, insuredObject: { kind: 'payroll', employees: 14, jointCommittee: 'PC 118.03' }, guarantees: ['workplace_accident', 'commute', 'private_life'], terms: { privateLife: true } },
  { organisation: 'bakkerij', policyNumber: 'BR-2017-440978', productLine: 'fire', startDate: '2017-06-01', annualPremiumCents: 128_900, insuredObject: { kind: 'building', address: { street: 'Kerkstraat 12', postalCode: '2000', city: 'Antwerpen', country: 'BE' }, use: 'bakery with flat above', buildingValueCents: 65_000_000, contentsValueCents: 18_000_000 }, guarantees: ['fire', 'storm', 'water_damage', 'glass', 'business_interruption'], terms: { simpleRisk: true } },
  { organisation: 'bakkerij', policyNumber: 'CH-2021-550314', productLine: 'collective_hospitalisation', startDate: '2021-01-01', annualPremiumCents: 396_000, insuredObject: { kind: 'group', description: 'Hospitalisatieverzekering personeel' }, guarantees: ['hospitalisation', 'pre_post_hospital_care', 'serious_illness'], terms: { roomCover: 'double' } },
  { organisation: 'bakkerij', policyNumber: 'AU-2023-661203', productLine: 'motor', startDate: '2023-03-15', annualPremiumCents: 142_300, insuredObject: van, guarantees: ['liability', 'full_omnium', 'replacement_vehicle', 'legal_assistance'], terms: { omnium: 'full', deductibleCents: 50_000, claimFreeSince: '2012-03-01' } },
  { organisation: 'bakkerij', policyNumber: 'AU-2016-661877', productLine: 'motor', startDate: '2016-09-01', annualPremiumCents: 61_800, insuredObject: { kind: 'vehicle', description: 'Volkswagen Caddy', make: 'Volkswagen', model: 'Caddy', licensePlate: '1-KLM-908', vin: 'WV1ZZZ2KZGX012345', firstRegistration: '2016-08-20', insuredValueCents: 1_690_000 }, guarantees: ['liability'], terms: { omnium: 'none', claimFreeSince: '2009-06-01', policyholderBirthDate: '1962-05-14' } },
  { organisation: 'bakkerij', policyNumber: 'OM-2022-770456', productLine: 'omnium_assignment', startDate: '2022-01-01', annualPremiumCents: 48_000, insuredObject: { kind: 'mission_fleet', description: "Privéwagens van personeel voor opdrachten", kilometresPerYear: 12_000 }, guarantees: ['small_omnium', 'full_omnium', 'replacement_vehicle'], terms: { omnium: 'full', deductibleCents: 25_000 } },
  { organisation: 'bakkerij', policyNumber: 'VI-2024-880123', productLine: 'accident_income', startDate: '2024-02-01', annualPremiumCents: 3_099, insuredObject: { kind: 'person', insured: 'An Peeters', linkedAccount: 'BE68 5390 0754 7034' }, guarantees: ['death', 'permanent_total_invalidity'], terms: { formula: '12/24' } },
  { organisation: 'vastgoed', policyNumber: 'BR-2015-441002', productLine: 'fire', startDate: '2015-01-01', annualPremiumCents: 356_000, insuredObject: { kind: 'building', address: { street: 'Meir 88', postalCode: '2000', city: 'Antwerpen', country: 'BE' }, use: 'offices and shops', buildingValueCents: 320_000_000, contentsValueCents: 4_000_000 }, guarantees: ['fire', 'storm', 'water_damage', 'glass', 'rent_loss'], terms: { simpleRisk: false } },
  { organisation: 'vastgoed', policyNumber: 'BA-2015-104877', productLine: 'liability', startDate: '2015-01-01', annualPremiumCents: 52_000, insuredObject: { kind: 'business', activity: 'Vastgoedbeheer', sites: ['Meir 88, 2000 Antwerpen'] }, guarantees: ['business_liability', 'building_liability'], terms: { insuredAmountCents: 125_000_000, deductibleCents: 25_000 } },
  { organisation: 'vastgoed', policyNumber: 'AU-2024-662450', productLine: 'motor', startDate: '2024-09-01', annualPremiumCents: 118_400, insuredObject: { kind: 'vehicle', description: 'Tesla Model Y', make: 'Tesla', model: 'Model Y', licensePlate: '2-TES-101', vin: '5YJYGDEE1MF123456', firstRegistration: '2024-08-28', insuredValueCents: 5_290_000 }, guarantees: ['liability', 'small_omnium', 'replacement_vehicle'], terms: { omnium: 'small', insuredValueRaisePercent: 10 } },
  { organisation: 'wouters', policyNumber: 'AU-2020-663318', productLine: 'motor', startDate: '2020-05-01', annualPremiumCents: 486_000, insuredObject: { kind: 'vehicle', description: 'Camion DAF XF 480', make: 'DAF', model: 'XF 480', licensePlate: '1-TRK-555', vin: 'XLRTEH4300G123456', firstRegistration: '2020-04-10', insuredValueCents: 11_500_000 }, guarantees: ['liability', 'full_omnium', 'replacement_vehicle', 'driver_cover'], terms: { omnium: 'full', deductibleCents: 50_000 } },
  { organisation: 'wouters', policyNumber: 'AO-2019-331870', productLine: 'workplace_accident', startDate: '2019-01-01', annualPremiumCents: 1_320_000, insuredObject: { kind: 'payroll', employees: 38, jointCommittee: 'PC 140.03' }, guarantees: ['workplace_accident', 'commute', 'private_life'], terms: { privateLife: true } },
  { organisation: 'wouters', policyNumber: 'BA-2019-105233', productLine: 'liability', startDate: '2019-01-01', annualPremiumCents: 164_000, insuredObject: { kind: 'business', activity: 'Transport de marchandises', sites: ['Rue de la Gare 45, 4000 Liège'] }, guarantees: ['business_liability'], terms: { insuredAmountCents: 500_000_000, deductibleCents: 50_000 } },
  { organisation: 'wouters', policyNumber: 'BR-2019-442310', productLine: 'fire', startDate: '2019-01-01', annualPremiumCents: 289_000, insuredObject: { kind: 'building', address: { street: 'Rue de la Gare 45', postalCode: '4000', city: 'Liège', country: 'BE' }, use: 'warehouse and offices', buildingValueCents: 210_000_000, contentsValueCents: 60_000_000 }, guarantees: ['fire', 'storm', 'theft'], terms: { simpleRisk: false } },
  { organisation: 'wouters', policyNumber: 'CH-2020-551288', productLine: 'collective_hospitalisation', startDate: '2020-01-01', annualPremiumCents: 1_010_000, insuredObject: { kind: 'group', description: 'Assurance hospitalisation du personnel' }, guarantees: ['hospitalisation', 'pre_post_hospital_care'], terms: { roomCover: 'common' } },
  { organisation: 'wouters', policyNumber: 'OM-2021-771090', productLine: 'omnium_assignment', startDate: '2021-03-01', annualPremiumCents: 72_000, insuredObject: { kind: 'mission_fleet', description: 'Véhicules privés du personnel en mission', kilometresPerYear: 30_000 }, guarantees: ['full_omnium', 'replacement_vehicle'], terms: { omnium: 'full', deductibleCents: 50_000 } },
  { organisation: 'wouters', policyNumber: 'LO-2022-221540', productLine: 'bodily_accident', startDate: '2022-01-01', annualPremiumCents: 45_000, insuredObject: { kind: 'group', description: 'Accidents corporels chauffeurs', insuredCount: 38 }, guarantees: ['death', 'permanent_invalidity'], terms: { contractKind: 'collective' } },
  { organisation: 'wouters', policyNumber: 'VI-2025-880988', productLine: 'accident_income', startDate: '2025-01-01', annualPremiumCents: 3_849, insuredObject: { kind: 'person', insured: 'Els Wouters', linkedAccount: 'BE71 0961 2345 6769' }, guarantees: ['death', 'permanent_total_invalidity'], terms: { formula: '24' } },
];

/** The group hospitalisation register of Bakkerij Peeters (CH-2021-550314). */
export const insuredPersons = [
  { ref: 'jan', titularis: null, relation: 'titularis', firstName: 'Jan', lastName: 'Claes', birthDate: '1978-04-12', nationalNumber: '78.04.12-031.14', email: 'jan.claes@bakkerij-peeters.example' },
  { ref: 'ilse', titularis: 'jan', relation: 'partner', firstName: 'Ilse', lastName: 'Vermeulen', birthDate: '1980-09-23', nationalNumber: '80.09.23-122.58', email: null },
  { ref: 'lena', titularis: 'jan', relation: 'child', firstName: 'Lena', lastName: 'Claes', birthDate: '2012-03-05', nationalNumber: '12.03.05-045.10', email: null },
  { ref: 'noah', titularis: 'jan', relation: 'child', firstName: 'Noah', lastName: 'Claes', birthDate: '2015-08-17', nationalNumber: '15.08.17-087.94', email: null },
  { ref: 'sofie', titularis: null, relation: 'titularis', firstName: 'Sofie', lastName: 'Maes', birthDate: '1985-01-01', nationalNumber: '85.01.01-213.94', email: 'sofie.maes@bakkerij-peeters.example' },
  { ref: 'pieter', titularis: null, relation: 'titularis', firstName: 'Pieter', lastName: 'Janssens', birthDate: '1990-11-30', nationalNumber: '90.11.30-154.40', email: 'pieter.janssens@bakkerij-peeters.example' },
  { ref: 'mila', titularis: 'pieter', relation: 'child', firstName: 'Mila', lastName: 'Janssens', birthDate: '2017-06-22', nationalNumber: '17.06.22-099.57', email: null },
] as const;

/** Who manages the group hospitalisation register of Bakkerij Peeters: An as Local Admin, Jan and Sofie as titularissen. */
export const hospitalisationRoles = [
  { email: 'an.peeters@bakkerij-peeters.example', policyNumber: 'CH-2021-550314', role: 'local_admin', person: null },
  { email: 'jan.claes@bakkerij-peeters.example', policyNumber: 'CH-2021-550314', role: 'titularis', person: 'jan' },
  { email: 'sofie.maes@bakkerij-peeters.example', policyNumber: 'CH-2021-550314', role: 'titularis', person: 'sofie' },
] as const;
