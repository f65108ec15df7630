import { activityPhrase, processOf, updatePhrase } from '../../api/audit/timeline-sentences';
import { catalogue } from '../../i18n/catalogue';
import * as benefits from '../../workflows/workplace-benefits/definitions';

/** The benefits file's updates (and the claim's payBenefit) read as sentences of their own, in every language, also with nothing in them. */
const hanne = { userId: 'u-hanne', name: 'Hanne De Smet', role: 'handler' };
const examples: Record<string, Record<string, unknown>> = {
  openBenefits: {},
  recordCertificate: { key: 'k1', actor: hanne, certificateId: 'c1', kind: 'extension', from: '2026-09-15', to: '2026-10-20', doctor: null },
  recordDetailedWage: { key: 'k1', actor: hanne, previousYearWagesCents: 37_200_00, holidayPayCents: 2_800_00, bonusesCents: 1_500_00 },
  recordPayslip: { key: 'k1', actor: hanne, payslipId: 'p1', month: '2026-11', adaptedWageCents: 2_100_00 },
  recordMedicalCheck: { key: 'k1', actor: hanne, checkId: 'm1', on: '2026-11-20', hoursLost: 2.5, hourlyWageCents: 20_00 },
  recordOtherEmployer: { key: 'k1', actor: hanne, name: 'Horeca Claes' },
  proposeAgreement: { key: 'k1', actor: hanne, agreementId: 'a1', consolidationDate: '2026-10-21', degreePercent: 12 },
  acceptAgreement: { key: 'k1', actor: hanne, via: 'signature', signedOn: '2026-12-01' },
  ratifyAgreement: { key: 'k1', actor: hanne, via: 'fedris', ratifiedOn: '2026-12-03', reference: 'FEDRIS-2026-0042' },
  requestRevision: { key: 'k1', actor: hanne, requestId: 'r1', agreementId: 'a2', by: 'victim', reason: 'Verergering', newDegreePercent: 15, consolidationDate: '2026-11-01' },
  recordDeath: { key: 'k1', actor: hanne, diedOn: '2027-03-14' },
  payBenefit: { key: 'k1', paymentId: 'p1', payee: 'employer', payeeName: 'Bakkerij Peeters BV', iban: 'BE62510007547061', amountCents: 1_154_01, basis: 'benefit:period' },
};
const leftovers = /\{\{|\$t\(|\b(timeline|money|claim|process|benefits)\.\w/;

test('every update of the benefits file reads as its own sentence in every language, with its arguments and without any', () => {
  const defined = Object.values(benefits).flatMap((value) => (typeof value === 'object' && value !== null && (value as { type?: string }).type === 'update' ? [(value as { name: string }).name] : []));
  expect(Object.keys(examples).filter((name) => name !== 'payBenefit').sort()).toEqual(defined.sort());
  for (const [name, args] of Object.entries(examples)) {
    for (const given of [args, {}]) {
      const said = updatePhrase(name, given, 'Hanne De Smet', processOf('workplaceBenefitsWorkflow'));
      expect([name, said.key]).not.toEqual([name, 'timeline.otherUpdate']);
      for (const language of ['en', 'fr', 'nl', 'de']) {
        expect([name, language, catalogue.render(said, language)]).not.toEqual([name, language, expect.stringMatching(leftovers)]);
      }
    }
  }
  const said = (name: string) => catalogue.render(updatePhrase(name, examples[name], 'Hanne De Smet', processOf('workplaceBenefitsWorkflow')), 'en');
  expect(said('recordCertificate')).toBe('Hanne De Smet recorded a medical certificate (extension) from 15/09/2026');
  expect(said('recordDeath')).toBe('Hanne De Smet recorded the victim’s death on 14/03/2027');
  expect(said('ratifyAgreement')).toBe('Fedris ratified the agreement on 03/12/2026 (reference FEDRIS-2026-0042), received by Hanne De Smet');
  expect(catalogue.render(updatePhrase('payBenefit', examples.payBenefit, 'System', processOf('claimWorkflow')), 'nl'))
    .toBe('Het uitkeringsdossier heeft €\u00a01.154,01 betaald aan Bakkerij Peeters BV (de werkgever)');
});

test('the activities the file asks for read as sentences; its projection stays out of the timeline', () => {
  expect(catalogue.render(activityPhrase('payWorkplaceBenefit', { amountCents: 415_00, payeeName: 'Jan Claes' }, undefined), 'en')).toBe('The claim was asked to pay €415.00 to Jan Claes');
  expect(activityPhrase('payWorkplaceBenefit', {}, undefined).key).toBe('benefits.timeline.payWorkplaceBenefit');
  expect(activityPhrase('issueBenefitLetter', {}, undefined).key).toBe('benefits.timeline.issueBenefitLetter');
});
