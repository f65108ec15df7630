import {
  paymentDue, reasonedAnswerDue, REASONED_ANSWER_FLAT_SUM_CENTS, regimeOf, reminderAnswerDue, reminderPenaltyCents,
} from '../../../domain/rules/claim-deadlines';

describe('the law of 17 March 2024: claim-handling deadlines', () => {
  test('a claim filed on 2026-01-15 owes a reasoned answer by 2026-04-15; missed, a flat €300 is due', () => {
    expect(reasonedAnswerDue('2026-01-15')).toBe('2026-04-15');
    expect(REASONED_ANSWER_FLAT_SUM_CENTS).toBe(30_000);
  });

  test('a claim filed on 30 November owes its reasoned answer by 28 February (no 30th in February); one filed on 31 January by 30 April', () => {
    expect(reasonedAnswerDue('2026-11-30')).toBe('2027-02-28');
    expect(reasonedAnswerDue('2027-01-31')).toBe('2027-04-30');
  });

  test('a reminder sent on Thursday 2026-11-05 is answered by 2026-11-21: 11 days from the third working day (Tuesday 10 November; Armistice Day is no working day but lies after it)', () => {
    expect(reminderAnswerDue('2026-11-05')).toBe('2026-11-21');
  });

  test('a reminder sent on Thursday 2026-12-24 counts its third working day on Wednesday 2026-12-30 (Christmas and the weekend skipped): due 2027-01-10', () => {
    expect(reminderAnswerDue('2026-12-24')).toBe('2027-01-10');
  });

  test('past the reminder deadline, €300 per day of delay: 4 days late is €1,200; on time nothing', () => {
    expect(reminderPenaltyCents('2026-11-21', '2026-11-25')).toBe(120_000);
    expect(reminderPenaltyCents('2026-11-21', '2026-11-21')).toBe(0);
    expect(reminderPenaltyCents('2026-11-21', '2026-11-10')).toBe(0);
  });

  test('an amount agreed on 2026-11-02 must be paid by 2026-12-02', () => {
    expect(paymentDue('2026-11-02')).toBe('2026-12-02');
  });

  test('workplace accidents, motor and simple fire risks keep their own regimes; liability follows the general one', () => {
    expect(regimeOf('workplace_accident')).toEqual({ reasonedAnswer: false, reminder: false, payment: true });
    expect(regimeOf('motor').reasonedAnswer).toBe(false);
    expect(regimeOf('fire', true).reasonedAnswer).toBe(false);
    expect(regimeOf('fire', false).reasonedAnswer).toBe(true);
    expect(regimeOf('liability')).toEqual({ reasonedAnswer: true, reminder: true, payment: true });
  });
});
