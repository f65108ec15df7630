import { catalogue } from '../../../i18n/catalogue';
import type { Phrase } from '../../../i18n/phrase';
import { declarationTypes } from '../../../domain/declaration-types';
import { requiredDocuments } from '../../../domain/required-documents';
import { assessAccidentIncome, assessInvalidity, Circumstance, EXCLUSIONS, exclusionFlags } from '../../../domain/rules/accident-income';
import { belgianPublicHolidays } from '../../../domain/rules/calendar';
import {
  insurerIntervenes, motorDocuments, MotorEvent, MotorPolicy, reimbursedVatCents, replacementVehicleDays, totalLossValuation, VehicleState,
} from '../../../domain/rules/motor';
import { DirectCause, InjuryOutcome, obligations, requiredMedicalDocuments, seriousness, travelReimbursement } from '../../../domain/rules/workplace-accident';

const yesNo = [true, false];
const motorEvents: MotorEvent[] = ['collision', 'loose_animal', 'vandalism', 'fire', 'glass', 'hail', 'storm', 'other_natural_force', 'burglary', 'attempted_theft', 'theft'];
const situations = motorEvents.flatMap((event) => yesNo.flatMap((counterparty) => yesNo.map((policeReportDrawnUp) => ({ event, counterparty, policeReportDrawnUp }))));
const policies: MotorPolicy[] = [{ cover: 'liability' }, { cover: 'small_omnium' }, { cover: 'full_omnium', deductibleCents: 25_000 }];
const states: VehicleState[] = ['driveable', 'immobilised', 'total_loss', 'beyond_repair', 'repair_exceeds_residual_value', 'stolen'];
const outcomes: InjuryOutcome[] = ['no_injury', 'temporary_injury', 'permanent_injury', 'fatal'];
const causes: DirectCause[] = ['event', 'object', 'other'];

/** Every phrase the rules can give: why a document is asked for, and every reason, description and note. */
const phrases: Phrase[] = [
  ...declarationTypes.flatMap((type) => requiredDocuments(type, {}).map((requirement) => requirement.reason)),
  ...yesNo.flatMap((temporaryIncapacity) => requiredMedicalDocuments(temporaryIncapacity).map((document) => document.description)),
  ...outcomes.flatMap((outcome) => causes.flatMap((cause) => [seriousness(outcome, cause).reason, ...obligations('2026-11-02', outcome, cause).map((o) => o.description)])),
  ...(['public_transport', 'ambulance', 'other'] as const).flatMap((means) => (['medical', 'other'] as const).flatMap((reason) => [2, 20].flatMap((distanceKm) =>
    yesNo.map((proof) => travelReimbursement({ means, reason, distanceKm, actualCostCents: 1_000, proofOfTransport: proof, medicallyJustified: proof, writtenStatement: proof }).reason)))),
  ...situations.flatMap((situation) => [...motorDocuments(situation).map((document) => document.description), insurerIntervenes(situation).reason]),
  ...policies.flatMap((policy) => ['BE', 'FR'].flatMap((country) => states.flatMap((vehicleState) => motorEvents.map((event) =>
    replacementVehicleDays({ policy, country, event, vehicleState, atFault: false }).reason)))),
  ...['2024-03-01', '2022-05-01', '2019-01-01'].flatMap((signedOn) => [0, 30_000].map((kilometresDriven) =>
    totalLossValuation({ signedOn, lossDate: '2024-06-01', insuredValueCents: 2_000_000, kilometresDriven }).reason)),
  ...policies.flatMap((policy) => yesNo.map((repairInvoice) => reimbursedVatCents({ policy, paidByCounterpartyInsurer: false, vatCents: 100, repairInvoice }).reason)),
  assessInvalidity(80, 5).reason, assessInvalidity(70, 5).reason,
  ...exclusionFlags(Object.keys(EXCLUSIONS) as Circumstance[]).map((flag) => flag.description),
  ...assessAccidentIncome({
    formula: '12', trafficAccident: false, outcome: { kind: 'death' }, signedOn: '2025-01-10', firstPremiumPaidOn: '2025-01-10', accidentDate: '2026-01-10',
    transactions: [], circumstances: ['terrorism'], family: { descendants: [], ascendantHeirs: [], rightfulClaimants: [] },
  }).notes,
  ...belgianPublicHolidays(2026).map((holiday) => holiday.name),
];

describe("the rules' phrases are worded in every language", () => {
  test.each(catalogue.languages)('%s has every phrase the rules give, fully worded', (language) => {
    const unworded = phrases.filter((phrase) => {
      const text = catalogue.render(phrase, language);
      return !catalogue.has(phrase.key, language) || /\{\{|\$t\(|assessment\./.test(text);
    });
    expect([...new Set(unworded.map((phrase) => phrase.key))]).toEqual([]);
  });

  test('a reason reads with its figures in the reader\'s language', () => {
    const highMileage = totalLossValuation({ signedOn: '2022-05-01', lossDate: '2024-06-01', insuredValueCents: 2_000_000, kilometresDriven: 30_000 }).reason;
    expect(catalogue.render(highMileage, 'nl')).toBe(
      'Totaal verlies tussen de 12e en de 48e maand met meer dan 20.000 km gereden: de werkelijke waarde volgens een expert, minstens 10 % van de verzekerde waarde.');
    expect(catalogue.render(highMileage, 'de')).toBe(
      'Totalschaden zwischen dem 12. und dem 48. Monat mit mehr als 20.000 gefahrenen Kilometern: der von einem Sachverständigen festgestellte tatsächliche Wert, mindestens 10 % des versicherten Werts.');
    expect(catalogue.render(seriousness('temporary_injury', 'object').reason, 'fr')).toBe('Directement causé par un objet, avec une lésion temporaire pour conséquence.');
    expect(catalogue.render(seriousness('permanent_injury', 'object').reason, 'de')).toBe('Unmittelbar durch einen Gegenstand verursacht, mit einer bleibenden Verletzung als Folge.');
    expect(catalogue.render(travelReimbursement({ means: 'other', reason: 'medical', distanceKm: 150, writtenStatement: true }).reason, 'nl'))
      .toMatch(/^150 km tegen €\s0,2479 per km\.$/);
    expect(catalogue.render(assessInvalidity(70.5, 3.5).reason, 'en')).toBe('67 % of permanent invalidity counts: at least 67 %.');
  });
});
