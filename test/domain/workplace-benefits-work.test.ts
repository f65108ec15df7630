import { MEDICAL_CHECK_MAX_HOURS, adaptedWorkBenefit, guaranteedWagePayers, medicalCheckWageLoss } from '../../domain/rules/workplace-benefits';

describe('art. 23, adapted work: the insurer pays the difference with the wage at the accident', () => {
  test('€3,200 at the accident, €2,500 in adapted work: €700', () => {
    expect(adaptedWorkBenefit({ wageAtAccidentCents: 320_000, adaptedWageCents: 250_000 })).toEqual({
      amountCents: 70_000,
      lines: [
        { phrase: { key: 'benefitsRules.adaptedWork.wageAtAccident' }, amountCents: 320_000 },
        { phrase: { key: 'benefitsRules.adaptedWork.adaptedWage' }, amountCents: 250_000 },
        { phrase: { key: 'benefitsRules.adaptedWork.difference' }, amountCents: 70_000 },
      ],
    });
  });

  test('earning as much or more in adapted work: nothing', () => {
    expect(adaptedWorkBenefit({ wageAtAccidentCents: 320_000, adaptedWageCents: 330_000 }).amountCents).toBe(0);
  });

  test('negative cents are refused', () => {
    expect(() => adaptedWorkBenefit({ wageAtAccidentCents: 320_000, adaptedWageCents: -1 })).toThrow(RangeError);
  });
});

describe('a medical check: only the hours lost (seed 004 q.12)', () => {
  test('2.5 hours at €22.50: €56.25', () => {
    expect(medicalCheckWageLoss({ hourlyWageCents: 2_250, hoursLost: 2.5 })).toEqual({
      amountCents: 5_625,
      lines: [{ phrase: { key: 'benefitsRules.medicalCheck.hours', params: { hours: 2.5, hourlyWageCents: 2_250 } }, amountCents: 5_625 }],
    });
  });

  test('1 h 45 at €19.99: €34.98 (3,498.25 cents rounded)', () => {
    expect(medicalCheckWageLoss({ hourlyWageCents: 1_999, hoursLost: 1.75 }).amountCents).toBe(3_498);
  });

  test('no hours, or more than 24, are refused', () => {
    expect(MEDICAL_CHECK_MAX_HOURS).toBe(24);
    expect(() => medicalCheckWageLoss({ hourlyWageCents: 2_250, hoursLost: 0 })).toThrow(RangeError);
    expect(() => medicalCheckWageLoss({ hourlyWageCents: 2_250, hoursLost: 25 })).toThrow(RangeError);
  });
});

describe('several employers: the employer of the accident pays guaranteed wage for an accident, the others for sickness', () => {
  test('Bakkerij Peeters (accident) and Schoonmaak NV', () => {
    expect(guaranteedWagePayers([{ name: 'Bakkerij Peeters', accidentEmployer: true }, { name: 'Schoonmaak NV', accidentEmployer: false }]))
      .toEqual([{ name: 'Bakkerij Peeters', pays: 'accident' }, { name: 'Schoonmaak NV', pays: 'sickness' }]);
  });

  test('exactly one employer of the accident', () => {
    expect(() => guaranteedWagePayers([{ name: 'A', accidentEmployer: false }])).toThrow(RangeError);
    expect(() => guaranteedWagePayers([{ name: 'A', accidentEmployer: true }, { name: 'B', accidentEmployer: true }])).toThrow(RangeError);
  });
});
