import { activityPhrase, processOf, updatePhrase } from '../../api/audit/timeline-sentences';
import {
  type AssignmentRule, type Candidate, chooseHandler, type ClaimFacts, inRange, unmetConditions,
} from '../../domain/assignment/rules';
import { catalogue } from '../../i18n/catalogue';

/** A French-speaking customer's fire claim in Liège, estimated at €45,000. */
const facts = (changes: Partial<ClaimFacts> = {}): ClaimFacts => ({
  productLine: 'fire', estimatedAmountCents: 45_000_00, customerLanguage: 'fr', postcode: '4000', catastropheId: null, ...changes,
});

const hanne: Candidate = { id: 'hanne', name: 'Hanne De Smet', email: 'handler@insurer.example', role: 'handler', productLines: ['liability', 'fire'], languages: ['nl', 'en'], openClaims: 2 };
const karim: Candidate = { id: 'karim', name: 'Karim El Amrani', email: 'second.handler@insurer.example', role: 'handler', productLines: ['motor', 'fire'], languages: ['fr', 'nl'], openClaims: 7 };
const sophie: Candidate = { id: 'sophie', name: 'Sophie Lambert', email: 'sophie@insurer.example', role: 'handler', productLines: null, languages: ['fr'], openClaims: 3 };
const marc: Candidate = { id: 'marc', name: 'Marc Verhoeven', email: 'senior.handler@insurer.example', role: 'senior_handler', productLines: null, languages: ['nl', 'fr'], openClaims: 0 };
const staff = [hanne, karim, sophie, marc];

const rule = (changes: Partial<AssignmentRule> & { id: string }): AssignmentRule => ({
  name: changes.id, priority: 10, active: true, conditions: {}, handlerIds: [], matchCustomerLanguage: false, ...changes,
});
const frenchSpeakers = rule({ id: 'french', name: 'Franstalige klanten', conditions: { customerLanguages: ['fr'] }, matchCustomerLanguage: true });

describe('the first matching rule by priority chooses, then the least busy of its handlers', () => {
  test('without rules, the least busy handler taking the product line gets the claim, and no rule is named', () => {
    expect(chooseHandler(facts(), [], staff)).toEqual({ handlerId: 'hanne', rule: null, outcomes: [] });
  });

  test('a French-speaking customer\'s claim goes to the least busy handler who writes French, under the French-speakers rule', () => {
    const chosen = chooseHandler(facts(), [frenchSpeakers], staff);
    expect(chosen.handlerId).toBe('sophie'); // 3 open claims against Karim's 7; Hanne writes no French
    expect(chosen.rule).toEqual({ id: 'french', name: 'Franstalige klanten' });
  });

  test('a Dutch-speaking customer\'s claim is not the French-speakers rule\'s: it says which condition failed, and workload decides', () => {
    const chosen = chooseHandler(facts({ customerLanguage: 'nl' }), [frenchSpeakers], staff);
    expect(chosen).toMatchObject({ handlerId: 'hanne', rule: null });
    expect(chosen.outcomes).toEqual([{ ruleId: 'french', ruleName: 'Franstalige klanten', outcome: 'conditionsNotMet', unmet: ['customerLanguage'] }]);
  });

  test('the rule of the lower priority number is tried first, whatever the order rules are listed in', () => {
    const large = rule({ id: 'large', name: 'Grote branden', priority: 1, conditions: { productLines: ['fire'], minAmountCents: 25_000_00 }, handlerIds: ['karim'] });
    expect(chooseHandler(facts(), [frenchSpeakers, large], staff).rule?.id).toBe('large');
    expect(chooseHandler(facts(), [{ ...frenchSpeakers, priority: 0 }, large], staff).rule?.id).toBe('french');
  });

  test('an inactive rule is skipped, and so is a rule none of whose handlers can take the claim', () => {
    const motorOnly = rule({ id: 'hanne-only', priority: 1, handlerIds: ['hanne'], matchCustomerLanguage: true });
    const off = rule({ id: 'off', priority: 0, active: false, handlerIds: ['karim'] });
    const chosen = chooseHandler(facts(), [off, motorOnly, frenchSpeakers], staff);
    expect(chosen.outcomes.map(({ outcome }) => outcome)).toEqual(['inactive', 'noHandler', 'chosen']);
    expect(chosen.rule?.id).toBe('french');
  });

  test('a senior handler gets claims only when a rule names them', () => {
    expect(chooseHandler(facts(), [frenchSpeakers], staff).handlerId).not.toBe('marc');
    expect(chooseHandler(facts(), [rule({ id: 'marc', handlerIds: ['marc'] })], staff).handlerId).toBe('marc');
  });

  test('equal workloads go by e-mail address, so the same claim always gets the same handler', () => {
    const even = [{ ...karim, openClaims: 3 }, sophie];
    expect(chooseHandler(facts(), [frenchSpeakers], even).handlerId).toBe('karim'); // second.handler@ before sophie@
  });

  test('nobody taking the product line: no handler', () => {
    expect(chooseHandler(facts({ productLine: 'omnium_assignment' }), [], [hanne]).handlerId).toBeNull();
  });
});

describe('the conditions', () => {
  test('the estimated amount band includes both ends; a claim without an estimate is outside any band', () => {
    const band = { minAmountCents: 10_000_00, maxAmountCents: 50_000_00 };
    expect(unmetConditions(facts({ estimatedAmountCents: 10_000_00 }), band)).toEqual([]);
    expect(unmetConditions(facts({ estimatedAmountCents: 50_000_00 }), band)).toEqual([]);
    expect(unmetConditions(facts({ estimatedAmountCents: 50_000_01 }), band)).toEqual(['amount']);
    expect(unmetConditions(facts({ estimatedAmountCents: null }), band)).toEqual(['amount']);
  });

  test('a region is a list of postcode ranges, ends included: Liège 4000–4999 holds 4000, not 5000', () => {
    const liege = { postcodeRanges: [{ from: '4000', to: '4999' }] };
    expect(unmetConditions(facts({ postcode: '4000' }), liege)).toEqual([]);
    expect(unmetConditions(facts({ postcode: '5000' }), liege)).toEqual(['region']);
    expect(unmetConditions(facts({ postcode: null }), liege)).toEqual(['region']);
    expect(inRange('4999', { from: '4000', to: '4999' })).toBe(true);
  });

  test('a catastrophe rule applies to the claims of that event only', () => {
    expect(unmetConditions(facts({ catastropheId: 'storm-1' }), { catastropheId: 'storm-1' })).toEqual([]);
    expect(unmetConditions(facts({ catastropheId: null }), { catastropheId: 'storm-1' })).toEqual(['catastrophe']);
  });

  test('every unmet condition is named', () => {
    expect(unmetConditions(facts({ productLine: 'motor', customerLanguage: 'de', postcode: '1000' }), {
      productLines: ['fire'], customerLanguages: ['fr'], postcodeRanges: [{ from: '4000', to: '4999' }],
    })).toEqual(['productLine', 'customerLanguage', 'region']);
  });
});

describe('the timeline says which rule chose the handler', () => {
  test('an opening names the assignment rule, or says workload decided', () => {
    const opened = { claimNumber: '2026/BR/000042', handler: { name: 'Karim El Amrani' } };
    expect(catalogue.render(activityPhrase('openClaim', {}, { ...opened, assignedBy: { ruleId: 'r1', ruleName: 'Franstalige klanten' } }), 'en'))
      .toBe('Claim 2026/BR/000042 was opened, handled by Karim El Amrani, chosen by the assignment rule “Franstalige klanten”');
    expect(catalogue.render(activityPhrase('openClaim', {}, { ...opened, assignedBy: { ruleId: null, ruleName: null } }), 'fr'))
      .toBe("Le sinistre 2026/BR/000042 a été ouvert, géré par Karim El Amrani, le gestionnaire le moins chargé (aucune règle d'attribution ne s'appliquait)");
  });

  test('a reassignment with a reason (a bulk reassignment for an absence) gives it', () => {
    const said = updatePhrase('reassignClaim', { handler: { name: 'Karim El Amrani' }, reason: 'Afwezigheid Hanne' }, 'Marc Verhoeven', processOf('claimWorkflow'));
    expect(catalogue.render(said, 'nl')).toBe('Marc Verhoeven heeft het schadedossier aan Karim El Amrani toegewezen: Afwezigheid Hanne');
  });
});
