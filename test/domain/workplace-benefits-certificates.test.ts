import { certificateProblem, incapacityPeriods, needsDetailedBaseWage, periodDays, type Certificate } from '../../domain/rules/workplace-benefits';

const firstFinding: Certificate = { id: 'c1', kind: 'first_finding', from: '2026-03-10', to: '2026-03-20' };
const extension: Certificate = { id: 'c2', kind: 'extension', from: '2026-03-21', to: '2026-04-05' };

describe('medical certificates make the periods of incapacity', () => {
  test('a first finding to 20 March and an extension from 21 March to 5 April make one period of 27 days', () => {
    const periods = incapacityPeriods([firstFinding, extension]);
    expect(periods).toEqual([{ from: '2026-03-10', to: '2026-04-05', certificateIds: ['c1', 'c2'] }]);
    expect(periodDays(periods[0])).toBe(27);
  });

  test('certificates given out of order are sorted; an overlapping extension merges', () => {
    const overlapping: Certificate = { id: 'c3', kind: 'extension', from: '2026-03-18', to: '2026-03-25' };
    expect(incapacityPeriods([overlapping, firstFinding])).toEqual([{ from: '2026-03-10', to: '2026-03-25', certificateIds: ['c1', 'c3'] }]);
  });

  test('a return to work on 1 April ends the period on 31 March', () => {
    const back: Certificate = { id: 'c3', kind: 'return_to_work', from: '2026-04-01', to: null };
    expect(incapacityPeriods([firstFinding, extension, back])).toEqual([{ from: '2026-03-10', to: '2026-03-31', certificateIds: ['c1', 'c2', 'c3'] }]);
  });

  test('a relapse opens a new period, even right after the previous one', () => {
    const relapse: Certificate = { id: 'c4', kind: 'relapse', from: '2026-04-06', to: '2026-04-14' };
    expect(incapacityPeriods([firstFinding, extension, relapse])).toEqual([
      { from: '2026-03-10', to: '2026-04-05', certificateIds: ['c1', 'c2'] },
      { from: '2026-04-06', to: '2026-04-14', certificateIds: ['c4'] },
    ]);
  });

  test('an incapacity certificate after a gap opens a new period; an extension of the relapse joins it', () => {
    const later: Certificate = { id: 'c5', kind: 'incapacity', from: '2026-05-01', to: '2026-05-03' };
    const more: Certificate = { id: 'c6', kind: 'extension', from: '2026-05-04', to: '2026-05-10' };
    expect(incapacityPeriods([firstFinding, later, more])).toEqual([
      { from: '2026-03-10', to: '2026-03-20', certificateIds: ['c1'] },
      { from: '2026-05-01', to: '2026-05-10', certificateIds: ['c5', 'c6'] },
    ]);
  });

  test('a first finding without incapacity makes no period; no certificates, no periods', () => {
    expect(incapacityPeriods([{ id: 'c1', kind: 'first_finding', from: '2026-03-10', to: null }])).toEqual([]);
    expect(incapacityPeriods([])).toEqual([]);
  });

  test('a return to work on the first day unfit leaves no period', () => {
    const back: Certificate = { id: 'c2', kind: 'return_to_work', from: '2026-03-10', to: null };
    expect(incapacityPeriods([{ id: 'c1', kind: 'incapacity', from: '2026-03-10', to: '2026-03-12' }, back])).toEqual([]);
  });

  test('a certificate is refused with a reason: no last day, a last day on a return to work, ends before it starts, no real date', () => {
    expect(certificateProblem({ id: 'x', kind: 'extension', from: '2026-03-10', to: null })).toMatch(/last day/);
    expect(certificateProblem({ id: 'x', kind: 'return_to_work', from: '2026-03-10', to: '2026-03-11' })).toMatch(/no last day/);
    expect(certificateProblem({ id: 'x', kind: 'incapacity', from: '2026-03-10', to: '2026-03-09' })).toMatch(/before/);
    expect(certificateProblem({ id: 'x', kind: 'incapacity', from: '2026-02-30', to: '2026-03-09' })).toMatch(/calendar date/);
    expect(certificateProblem(firstFinding)).toBeNull();
    expect(() => incapacityPeriods([{ id: 'x', kind: 'relapse', from: '2026-03-10', to: null }])).toThrow(/Certificate x/);
  });
});

describe('the detailed base wage is needed once the incapacity lasts more than a month (seed 004 q.11)', () => {
  test('from 15 January to 14 February is one month: the simplified base wage stays', () => {
    expect(needsDetailedBaseWage('2026-01-15', [{ from: '2026-01-15', to: '2026-02-14', certificateIds: [] }])).toBe(false);
  });

  test('from 15 January to 15 February is more than a month: the detailed base wage is needed', () => {
    expect(needsDetailedBaseWage('2026-01-15', [{ from: '2026-01-15', to: '2026-02-15', certificateIds: [] }])).toBe(true);
  });

  test('a relapse from 1 June to 1 July lasts more than a month; to 30 June it does not', () => {
    const first = { from: '2026-01-15', to: '2026-01-20', certificateIds: [] };
    expect(needsDetailedBaseWage('2026-01-15', [first, { from: '2026-06-01', to: '2026-06-30', certificateIds: [] }])).toBe(false);
    expect(needsDetailedBaseWage('2026-01-15', [first, { from: '2026-06-01', to: '2026-07-01', certificateIds: [] }])).toBe(true);
  });

  test('a period before the accident is an error', () => {
    expect(() => needsDetailedBaseWage('2026-01-15', [{ from: '2026-01-14', to: '2026-01-20', certificateIds: [] }])).toThrow(RangeError);
  });
});
