import {
  FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS, GUARANTEED_RESIDUAL_VALUE_PERCENT, INSURED_VALUE_GUARANTEED_MONTHS, INSURED_VALUE_LAST_MONTH,
  INSURED_VALUE_MAX_KILOMETRES, REPLACEMENT_VEHICLE_COUNTRIES, REPLACEMENT_VEHICLE_DAYS_IMMOBILISED, REPLACEMENT_VEHICLE_DAYS_STOLEN,
  REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS, SMALL_OMNIUM_DEDUCTIBLE_CENTS,
  assessMotorClaim, deductibleCents, guaranteedResidualValueCents, insurerIntervenes, motorDocuments, ownDamageCovered, payerOfDamage,
  reimbursedVatCents, repairExceedsResidualValue, replacementVehicleDays, residualValueCents, totalLossPeriod, totalLossValuation,
  type MotorEvent, type MotorPolicy, type ReplacementVehicleRequest,
} from '../../../domain/rules/motor';

const liability: MotorPolicy = { cover: 'liability' };
const smallOmnium: MotorPolicy = { cover: 'small_omnium' };
const fullOmnium500: MotorPolicy = { cover: 'full_omnium', deductibleCents: 50_000 };
const fullOmnium250: MotorPolicy = { cover: 'full_omnium', deductibleCents: 25_000 };

describe('the business numbers of seed 001', () => {
  test('deductible €0 / €500 or €250; replacement vehicle 10 / 20 / 30 days in BE and LU; 12 and 48 months, 20,000 km, 10 %', () => {
    expect(SMALL_OMNIUM_DEDUCTIBLE_CENTS).toBe(0);
    expect(FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS).toEqual([50_000, 25_000]);
    expect([REPLACEMENT_VEHICLE_DAYS_IMMOBILISED, REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS, REPLACEMENT_VEHICLE_DAYS_STOLEN]).toEqual([10, 20, 30]);
    expect(REPLACEMENT_VEHICLE_COUNTRIES).toEqual(['BE', 'LU']);
    expect([INSURED_VALUE_GUARANTEED_MONTHS, INSURED_VALUE_LAST_MONTH, INSURED_VALUE_MAX_KILOMETRES]).toEqual([12, 48, 20_000]);
    expect(GUARANTEED_RESIDUAL_VALUE_PERCENT).toBe(10);
  });
});

describe('documents after a motor claim', () => {
  const codes = (event: MotorEvent, counterparty: boolean, policeReportDrawnUp = false) =>
    motorDocuments({ event, counterparty, policeReportDrawnUp }).map((d) => d.code);

  test('with a counterparty: the European accident report (front and back), the police report copy if any, photos and witness details', () => {
    expect(codes('collision', true, true)).toEqual(['european_accident_report', 'police_report', 'photo', 'witness_details']);
    expect(motorDocuments({ event: 'collision', counterparty: true, policeReportDrawnUp: true }).map((d) => d.description)).toEqual([
      { key: 'assessment.document.accidentReportSignedByBoth' }, { key: 'assessment.document.policeReportCopy' },
      { key: 'assessment.document.damageAndScenePhotos' }, { key: 'assessment.document.witnessDetails' },
    ]);
  });

  test('with a counterparty but no police report: no police report is asked for', () => {
    expect(codes('collision', true, false)).toEqual(['european_accident_report', 'photo', 'witness_details']);
  });

  test('without a counterparty: photos (and the accident report, filled in alone, after hitting an object or an animal, or vandalism)', () => {
    expect(codes('fire', false)).toEqual(['photo']);
    expect(codes('collision', false)).toEqual(['european_accident_report', 'photo']);
    expect(codes('loose_animal', false)).toEqual(['european_accident_report', 'photo']);
    expect(codes('vandalism', false)).toEqual(['european_accident_report', 'photo']);
    expect(motorDocuments({ event: 'vandalism', counterparty: false, policeReportDrawnUp: false }).map((d) => d.description)).toEqual([
      { key: 'assessment.document.accidentReport' }, { key: 'assessment.document.damageOrPlacePhotos' },
    ]);
  });

  test.each(['glass', 'hail', 'storm', 'burglary', 'theft'] as const)('no accident report for %s', (event) => {
    expect(codes(event, false, true)).not.toContain('european_accident_report');
    expect(codes(event, true, true)).not.toContain('european_accident_report');
  });

  test('glass, hail and storm: photos only', () => {
    expect(codes('glass', false)).toEqual(['photo']);
    expect(codes('hail', false)).toEqual(['photo']);
    expect(codes('storm', false)).toEqual(['photo']);
  });

  test.each(['burglary', 'theft', 'attempted_theft'] as const)('%s: the police report is MANDATORY', (event) => {
    const policeReport = motorDocuments({ event, counterparty: false, policeReportDrawnUp: false }).find((d) => d.code === 'police_report');
    expect(policeReport).toEqual({ code: 'police_report', description: { key: 'assessment.document.policeReportRequired' }, mandatory: true });
  });

  test('burglary or theft without a police report: the insurer does not intervene', () => {
    expect(insurerIntervenes({ event: 'burglary', counterparty: false, policeReportDrawnUp: false })).toEqual({
      intervenes: false, reason: { key: 'assessment.motor.policeDeclarationMissing' },
    });
    expect(insurerIntervenes({ event: 'theft', counterparty: false, policeReportDrawnUp: false }).intervenes).toBe(false);
    expect(insurerIntervenes({ event: 'theft', counterparty: false, policeReportDrawnUp: true }).intervenes).toBe(true);
    expect(insurerIntervenes({ event: 'collision', counterparty: true, policeReportDrawnUp: false })).toEqual({
      intervenes: true, reason: { key: 'assessment.motor.noBlockingCondition' },
    });
  });
});

describe('omnium cover and deductible', () => {
  test.each(['theft', 'fire', 'glass', 'hail', 'storm', 'other_natural_force', 'loose_animal'] as const)(
    'small omnium covers %s without deductible (€0)',
    (event) => {
      const payer = payerOfDamage(event, false, false);
      expect(payer).toBe('small_omnium');
      expect(ownDamageCovered(smallOmnium, payer)).toBe(true);
      expect(deductibleCents(smallOmnium, payer)).toBe(0);
    },
  );

  test('full omnium also covers own damage with own fault, with the policy\'s fixed deductible of €500', () => {
    const payer = payerOfDamage('collision', true, true);
    expect(payer).toBe('full_omnium');
    expect(ownDamageCovered(fullOmnium500, payer)).toBe(true);
    expect(deductibleCents(fullOmnium500, payer)).toBe(50_000);
  });

  test('full omnium covers damage without a third party and vandalism, with a deductible of €250 on a €250 policy', () => {
    expect(deductibleCents(fullOmnium250, payerOfDamage('collision', false, false))).toBe(25_000);
    expect(deductibleCents(fullOmnium250, payerOfDamage('vandalism', false, false))).toBe(25_000);
  });

  test('the small omnium does not cover own fault, damage without a third party or vandalism; liability alone covers no own damage', () => {
    expect(ownDamageCovered(smallOmnium, payerOfDamage('collision', true, true))).toBe(false);
    expect(ownDamageCovered(smallOmnium, payerOfDamage('vandalism', false, false))).toBe(false);
    expect(ownDamageCovered(liability, payerOfDamage('glass', false, false))).toBe(false);
  });

  test('a small omnium peril under a full omnium keeps €0 deductible: the fixed deductible belongs to the added own-damage cover', () => {
    expect(deductibleCents(fullOmnium500, payerOfDamage('glass', false, false))).toBe(0);
  });

  test('not at fault against a counterparty: the counterparty\'s insurer pays', () => {
    expect(payerOfDamage('collision', true, false)).toBe('counterparty_insurer');
    expect(ownDamageCovered(liability, 'counterparty_insurer')).toBe(true);
  });
});

describe('replacement vehicle (vervangvoertuig)', () => {
  const request = (overrides: Partial<ReplacementVehicleRequest>): ReplacementVehicleRequest => ({
    policy: smallOmnium, country: 'BE', event: 'collision', vehicleState: 'immobilised', atFault: false, ...overrides,
  });

  test('up to 10 days when immobilised after an accident, fire, attempted theft or vandalism', () => {
    for (const event of ['collision', 'fire', 'attempted_theft', 'vandalism'] as const) {
      expect(replacementVehicleDays(request({ event })).days).toBe(10);
    }
  });

  test('up to 20 days when the car is a total loss, beyond repair, or dearer to repair than its residual value', () => {
    for (const vehicleState of ['total_loss', 'beyond_repair', 'repair_exceeds_residual_value'] as const) {
      expect(replacementVehicleDays(request({ vehicleState }))).toEqual({ days: 20, reason: { key: 'assessment.replacementVehicle.totalLoss' } });
    }
  });

  test('up to 30 days when the car is stolen', () => {
    expect(replacementVehicleDays(request({ event: 'theft', vehicleState: 'stolen' }))).toEqual({ days: 30, reason: { key: 'assessment.replacementVehicle.stolen' } });
  });

  test('fault is irrelevant: at fault or not, 10 days', () => {
    expect(replacementVehicleDays(request({ atFault: true }))).toEqual(replacementVehicleDays(request({ atFault: false })));
    expect(replacementVehicleDays(request({ atFault: true, policy: fullOmnium500 }))).toEqual({ days: 10, reason: { key: 'assessment.replacementVehicle.immobilised' } });
  });

  test('included in small and full omnium, not in liability alone: 0 days, with the reason', () => {
    expect(replacementVehicleDays(request({ policy: fullOmnium250 })).days).toBe(10);
    expect(replacementVehicleDays(request({ policy: liability }))).toEqual({ days: 0, reason: { key: 'assessment.replacementVehicle.liabilityOnly' } });
  });

  test('Belgium and Luxembourg only: 10 days in LU, 0 in FR', () => {
    expect(replacementVehicleDays(request({ country: 'LU' })).days).toBe(10);
    expect(replacementVehicleDays(request({ country: 'FR', vehicleState: 'stolen' }))).toEqual({
      days: 0, reason: { key: 'assessment.replacementVehicle.outsideBelgiumOrLuxembourg' },
    });
  });

  test('0 days, with the reason, when the car is still driveable or immobilised by hail', () => {
    expect(replacementVehicleDays(request({ vehicleState: 'driveable' }))).toEqual({ days: 0, reason: { key: 'assessment.replacementVehicle.driveable' } });
    expect(replacementVehicleDays(request({ event: 'hail' }))).toEqual({ days: 0, reason: { key: 'assessment.replacementVehicle.immobilisedByOtherEvent' } });
  });

  test('a repair is dearer than the residual value only when strictly higher: €3,000.01 vs €3,000 yes, €3,000 vs €3,000 no', () => {
    expect(repairExceedsResidualValue(300_001, 300_000)).toBe(true);
    expect(repairExceedsResidualValue(300_000, 300_000)).toBe(false);
  });
});

describe('total loss valuation, policy signed on 2025-03-15, insured value €20,000', () => {
  const loss = (lossDate: string, kilometresDriven: number, expertRealValueCents?: number) =>
    totalLossValuation({ signedOn: '2025-03-15', lossDate, insuredValueCents: 2_000_000, kilometresDriven, expertRealValueCents });

  test('within the first 12 months: the insured value (2026-03-14, 11 months)', () => {
    expect(loss('2026-03-14', 5_000)).toEqual({
      period: 'first_12_months', monthsSinceSigning: 11, basis: 'insured_value', compensationCents: 2_000_000,
      reason: { key: 'assessment.totalLoss.insuredValueFirstMonths', params: { months: 12 } },
    });
  });

  test('exactly 12 months (the anniversary 2026-03-15) is still within the first 12 months: insured value, even over 20,000 km', () => {
    expect(loss('2026-03-15', 30_000)).toMatchObject({ period: 'first_12_months', monthsSinceSigning: 12, basis: 'insured_value', compensationCents: 2_000_000 });
  });

  test('the day after 12 months (2026-03-16) with exactly 20,000 km: still the insured value', () => {
    expect(loss('2026-03-16', 20_000)).toMatchObject({
      period: 'months_12_to_48', basis: 'insured_value', compensationCents: 2_000_000,
      reason: { key: 'assessment.totalLoss.insuredValueLowMileage', params: { fromMonth: 12, toMonth: 48, kilometres: 20_000 } },
    });
  });

  test('between month 12 and 48 with 20,001 km: the real value set by an expert (€12,000)', () => {
    expect(loss('2026-03-16', 20_001, 1_200_000)).toMatchObject({
      period: 'months_12_to_48', basis: 'real_value', compensationCents: 1_200_000,
      reason: { key: 'assessment.totalLoss.realValueHighMileage', params: { fromMonth: 12, toMonth: 48, kilometres: 20_000, percent: 10 } },
    });
  });

  test('exactly 48 months (2029-03-15) with 20,000 km: still the insured value', () => {
    expect(loss('2029-03-15', 20_000)).toMatchObject({ period: 'months_12_to_48', monthsSinceSigning: 48, basis: 'insured_value', compensationCents: 2_000_000 });
  });

  test('after 48 months (2029-03-16): the real value, even with only 10 km driven', () => {
    expect(loss('2029-03-16', 10, 900_000)).toMatchObject({
      period: 'after_48_months', basis: 'real_value', compensationCents: 900_000,
      reason: { key: 'assessment.totalLoss.realValueAfterLastMonth', params: { months: 48, percent: 10 } },
    });
  });

  test('the real value is not known until the expert sets it', () => {
    expect(loss('2030-01-01', 10).compensationCents).toBeNull();
  });

  test('the residual value is guaranteed at least 10 % of the insured value: expert says €1,500, paid €2,000', () => {
    expect(loss('2030-01-01', 80_000, 150_000).compensationCents).toBe(200_000);
    expect(residualValueCents(2_000_000, 199_999)).toBe(200_000);
    expect(residualValueCents(2_000_000, 200_001)).toBe(200_001);
  });

  test('10 % of the insured value is rounded half up to the cent: 10 % of €12,345.65 = €1,234.565 → €1,234.57', () => {
    expect(guaranteedResidualValueCents(1_234_565)).toBe(123_457);
    expect(guaranteedResidualValueCents(1_234_564)).toBe(123_456);
  });

  test('signed on 29 February 2024: the 12 months end on 28 February 2025', () => {
    expect(totalLossPeriod('2024-02-29', '2025-02-28')).toBe('first_12_months');
    expect(totalLossPeriod('2024-02-29', '2025-03-01')).toBe('months_12_to_48');
  });

  test('a loss before the signing is refused', () => {
    expect(() => totalLossPeriod('2025-03-15', '2025-03-14')).toThrow(RangeError);
  });
});

describe('VAT', () => {
  test('with full omnium cover, VAT (€420) is reimbursed only on a repair invoice', () => {
    expect(reimbursedVatCents({ policy: fullOmnium500, paidByCounterpartyInsurer: false, vatCents: 42_000, repairInvoice: false }))
      .toEqual({ vatCents: 0, reason: { key: 'assessment.vat.repairInvoiceOnly' } });
    expect(reimbursedVatCents({ policy: fullOmnium500, paidByCounterpartyInsurer: false, vatCents: 42_000, repairInvoice: true }))
      .toEqual({ vatCents: 42_000, reason: { key: 'assessment.vat.included' } });
  });

  test('not at fault, paid by the counterparty\'s insurer: VAT included, repaired or not', () => {
    expect(reimbursedVatCents({ policy: fullOmnium500, paidByCounterpartyInsurer: true, vatCents: 42_000, repairInvoice: false }).vatCents).toBe(42_000);
  });

  test('the repair-invoice condition is the full omnium\'s: under the small omnium VAT is included', () => {
    expect(reimbursedVatCents({ policy: smallOmnium, paidByCounterpartyInsurer: false, vatCents: 42_000, repairInvoice: false }).vatCents).toBe(42_000);
  });
});

describe('assessMotorClaim', () => {
  test('a theft in Belgium under a small omnium, declared to the police: police report, small omnium, €0, 30 days', () => {
    const assessment = assessMotorClaim({
      policy: smallOmnium, event: 'theft', counterparty: false, policeReportDrawnUp: true, atFault: false, country: 'BE', vehicleState: 'stolen',
    });
    expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
    expect(assessment).toMatchObject({
      documents: [{ code: 'police_report', mandatory: true }],
      insurerIntervenes: true,
      payer: 'small_omnium',
      ownDamageCovered: true,
      deductibleCents: 0,
      replacementVehicle: { days: 30 },
    });
  });

  test('an own-fault collision under a €500 full omnium, car immobilised: €500 deductible, 10 days', () => {
    expect(assessMotorClaim({
      policy: fullOmnium500, event: 'collision', counterparty: true, policeReportDrawnUp: false, atFault: true, country: 'BE', vehicleState: 'immobilised',
    })).toMatchObject({ payer: 'full_omnium', ownDamageCovered: true, deductibleCents: 50_000, replacementVehicle: { days: 10 } });
  });
});
