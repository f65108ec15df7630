import {
  brusselsDayStart, CLOSED_DIARY_ITEMS_KEPT, type DiaryItem, dueForEscalation, dueRange, escalationMoment, isOverdue, MAX_OPEN_DIARY_ITEMS, newlyPlanned,
  nextEscalation, pruneClosed, rulesAtOpening, rulesOnChange,
  legalDeadlineNoticeAt, MAX_LEGAL_DEADLINES, nextLegalDeadlineNotice, rulesOnLegalDeadlines, runningDeadlines,
} from '../../domain/claim/diary';

const hanne = { userId: 'u-hanne', name: 'Hanne De Smet', role: 'handler' as const };
const item = (fields: Partial<DiaryItem> = {}): DiaryItem => ({
  id: 'i1', subject: 'Expert bellen', owner: { id: 'u-hanne', name: 'Hanne De Smet' }, dueOn: '2026-12-04', priority: 'normal', status: 'open',
  createdBy: hanne, createdAt: '2026-11-30T09:00:00.000Z', rule: null, ruleKey: null, closing: null, escalatedAt: null, ...fields,
});
const days = (n: number) => n * 86_400_000;

describe('rules that plan diary items', () => {
  test('a workplace accident declared without the medical certificate of first finding plans asking for it, due 8 days after the accident', () => {
    const planned = rulesAtOpening({ type: 'workplace_accident', attachmentKinds: ['photo'], eventDate: '2026-11-18', claimFiledOn: '2026-11-20' });
    expect(planned).toEqual([{
      rule: 'workplace_certificate_missing', ruleKey: 'opening', priority: 'high', dueOn: '2026-11-26', subject: { key: 'diary.rule.workplace_certificate_missing' },
    }]);
  });

  test('a workplace accident with the certificate, or another type of claim, plans nothing at opening', () => {
    expect(rulesAtOpening({ type: 'workplace_accident', attachmentKinds: ['medical_certificate_first_finding'], eventDate: '2026-11-18', claimFiledOn: '2026-11-20' })).toEqual([]);
    expect(rulesAtOpening({ type: 'liability', attachmentKinds: [], eventDate: '2026-11-18', claimFiledOn: '2026-11-20' })).toEqual([]);
  });

  test('without an event day the certificate is due 8 days after the claim was filed', () => {
    expect(rulesAtOpening({ type: 'workplace_accident', attachmentKinds: [], eventDate: null, claimFiledOn: '2026-11-20' })[0].dueOn).toBe('2026-11-28');
  });

  test('a decision under reservation plans following up its missing items within 30 days', () => {
    const [planned] = rulesOnChange({ action: 'decided', details: { decision: 'reserve' }, today: '2026-11-30', missing: ['Factuur', 'Foto’s'] });
    expect(planned).toMatchObject({ rule: 'reservation_follow_up', dueOn: '2026-12-30', subject: { key: 'diary.rule.reservation_follow_up', params: { missing: ['Factuur', 'Foto’s'] } } });
    expect(rulesOnChange({ action: 'decided', details: { decision: 'accept' }, today: '2026-11-30', missing: [] })).toEqual([]);
  });

  test('a payment the bank returned plans looking into it within 2 days, at high priority, once per payment', () => {
    const [planned] = rulesOnChange({ action: 'payment_returned', details: { paymentId: 'p1', amountCents: 1_250_00, reasonCode: 'AC04' }, today: '2026-11-30', missing: [] });
    expect(planned).toMatchObject({ rule: 'payment_returned', ruleKey: 'payment:p1', priority: 'high', dueOn: '2026-12-02', subject: { params: { amountCents: 1_250_00, reasonCode: 'AC04' } } });
    expect(newlyPlanned([item({ rule: 'payment_returned', ruleKey: 'payment:p1' })], [planned])).toEqual([]);
    expect(newlyPlanned([item({ rule: 'payment_returned', ruleKey: 'payment:p2' })], [planned])).toEqual([planned]);
  });

  test('a claim holds at most 100 open items: a rule plans nothing beyond them', () => {
    const full = Array.from({ length: MAX_OPEN_DIARY_ITEMS }, (_, index) => item({ id: `i${index}` }));
    const [planned] = rulesOnChange({ action: 'payment_returned', details: { paymentId: 'p1', amountCents: 100 }, today: '2026-11-30', missing: [] });
    expect(newlyPlanned(full, [planned])).toEqual([]);
    expect(newlyPlanned(full.slice(1), [planned])).toEqual([planned]);
  });
});

describe('the rule "a legal deadline within 7 days"', () => {
  const answer = { code: 'reminder_answer', dueOn: '2026-12-14', noticed: false };

  test('a legal deadline comes within 7 days at Brussels midnight, 7 days before its day (23:00 UTC in winter)', () => {
    expect(new Date(legalDeadlineNoticeAt(answer)).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(new Date(legalDeadlineNoticeAt({ dueOn: '2026-07-14' })).toISOString()).toBe('2026-07-06T22:00:00.000Z');
  });

  test('within 7 days a running deadline plans a high-priority item due on the deadline\'s day, keyed by its code and day', () => {
    const moment = legalDeadlineNoticeAt(answer);
    expect(rulesOnLegalDeadlines([answer], moment - 1)).toEqual([]);
    expect(rulesOnLegalDeadlines([answer], moment)).toEqual([{
      rule: 'legal_deadline_soon', ruleKey: 'deadline:reminder_answer:2026-12-14', priority: 'high', dueOn: '2026-12-14',
      subject: { key: 'diary.rule.legal_deadline_soon', params: { deadline: 'reminder_answer', dueOn: '2026-12-14' } },
    }]);
  });

  test('a deadline the rule noticed already plans nothing again, and the claim wakes only for the ones not noticed', () => {
    const payment = { code: 'payment', dueOn: '2027-01-20', noticed: false };
    expect(rulesOnLegalDeadlines([{ ...answer, noticed: true }], legalDeadlineNoticeAt(answer) + days(1))).toEqual([]);
    const before = legalDeadlineNoticeAt(answer) - days(3);
    expect(nextLegalDeadlineNotice([{ ...answer, noticed: true }, payment], before)).toBe(legalDeadlineNoticeAt(payment));
    expect(nextLegalDeadlineNotice([answer, payment], before)).toBe(legalDeadlineNoticeAt(answer));
    expect(nextLegalDeadlineNotice([{ ...answer, noticed: true }], before)).toBeNull();
  });

  test('a deadline whose day is over is missed, not soon: it plans nothing and the claim does not wake for it', () => {
    const over = brusselsDayStart('2026-12-15');
    expect(rulesOnLegalDeadlines([answer], over - 1)).toHaveLength(1);
    expect(rulesOnLegalDeadlines([answer], over)).toEqual([]);
    expect(nextLegalDeadlineNotice([answer], over)).toBeNull();
  });

  test('the running deadlines told keep what the rule noticed of the same deadline; a moved deadline is new; at most a handful are kept', () => {
    const told = runningDeadlines([{ ...answer, noticed: true }], [{ code: 'reminder_answer', dueOn: '2026-12-14' }, { code: 'payment', dueOn: '2027-01-20' }]);
    expect(told).toEqual([{ ...answer, noticed: true }, { code: 'payment', dueOn: '2027-01-20', noticed: false }]);
    expect(runningDeadlines([{ ...answer, noticed: true }], [{ code: 'reminder_answer', dueOn: '2026-12-21' }])).toEqual([{ code: 'reminder_answer', dueOn: '2026-12-21', noticed: false }]);
    const many = Array.from({ length: 30 }, (_, index) => ({ code: 'payment', dueOn: `2027-01-${String(index + 1).padStart(2, '0')}` }));
    expect(runningDeadlines([], many)).toHaveLength(MAX_LEGAL_DEADLINES);
  });
});

describe('escalation of overdue items', () => {
  test('a Brussels day begins at 23:00 UTC the day before in winter and at 22:00 UTC in summer', () => {
    expect(new Date(brusselsDayStart('2026-12-05')).toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(new Date(brusselsDayStart('2026-07-01')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  test('an item due on 4 December escalates 2 days after that day ended: on 7 December at midnight, Brussels time', () => {
    expect(new Date(escalationMoment(item(), days(2))!).toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });

  test('completed, cancelled or already escalated items never escalate', () => {
    expect(escalationMoment(item({ status: 'completed' }), days(2))).toBeNull();
    expect(escalationMoment(item({ status: 'cancelled' }), days(2))).toBeNull();
    expect(escalationMoment(item({ escalatedAt: '2026-12-07T00:00:00.000Z' }), days(2))).toBeNull();
  });

  test('the claim wakes for the earliest escalation, and escalates only the items whose moment has come', () => {
    const items = [item({ id: 'late', dueOn: '2026-11-20' }), item({ id: 'soon', dueOn: '2026-12-04' }), item({ id: 'done', dueOn: '2026-11-01', status: 'completed' })];
    expect(new Date(nextEscalation(items, days(2))!).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(dueForEscalation(items, Date.parse('2026-11-30T10:00:00Z'), days(2)).map((found) => found.id)).toEqual(['late']);
    expect(nextEscalation([item({ status: 'cancelled' })], days(2))).toBeNull();
  });
});

describe('what the claim keeps and what the lists ask for', () => {
  test('closed items beyond 20 leave the state, oldest first; open items always stay', () => {
    const closed = Array.from({ length: CLOSED_DIARY_ITEMS_KEPT + 3 }, (_, index) => item({ id: `c${index}`, status: 'completed' }));
    const kept = pruneClosed([item({ id: 'open' }), ...closed]);
    expect(kept).toHaveLength(CLOSED_DIARY_ITEMS_KEPT + 1);
    expect(kept.map((found) => found.id)).toEqual(['open', ...closed.slice(3).map((found) => found.id)]);
  });

  test('overdue is before today; today is today; this week is today and the 6 days after', () => {
    expect(dueRange('overdue', '2026-11-30')).toEqual([null, '2026-11-29']);
    expect(dueRange('today', '2026-11-30')).toEqual(['2026-11-30', '2026-11-30']);
    expect(dueRange('week', '2026-11-30')).toEqual(['2026-11-30', '2026-12-06']);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-29' }, '2026-11-30')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-30' }, '2026-11-30')).toBe(false);
    expect(isOverdue({ status: 'completed', dueOn: '2026-11-01' }, '2026-11-30')).toBe(false);
  });
});
