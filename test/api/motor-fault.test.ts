import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim } from '../support/claims';

/**
 * Motor claims: what fault decides (issue 14 §2, seed 001). Transport Wouters' truck AU-2020-663318 has had no accident in
 * fault since its start on 1 May 2020 (a Joker; its own, so the browser test's use of the van's Joker does not meet it);
 * Bakkerij Peeters' Caddy AU-2016-661877 (liability only, no driver guarantee) belongs to a policyholder born on 14 May
 * 1962 without an accident in fault since 2009 (58+). The fixture's accident is on 18 November 2026.
 */
jest.setTimeout(240_000); // a busy machine opens claims slowly

let an: Session;
let els: Session;
let handler: Session;
let policies: Record<string, string>;

beforeAll(async () => {
  [an, els, handler] = await Promise.all([demo.an, demo.els, demo.handler].map((email) => Session.login(email)));
  policies = {};
  for (const customer of [an, els]) {
    const { body } = await customer.get(`/api/organisations/${customer.activeOrganisationId}/policies?productLine=motor&pageSize=100`);
    for (const policy of body.items as { policyNumber: string; id: string }[]) policies[policy.policyNumber] = policy.id;
  }
});

/** A motor damage claim on a policy of the customer's organisation (Bakkerij Peeters by default), submitted and taken by the handler. */
async function openMotorClaim(policyNumber: string, damage: Record<string, unknown> = {}, customer = an): Promise<{ id: string; claimNumber: string }> {
  const data = fixture('motor_damage').data;
  const reply = await customer.post(`/api/organisations/${customer.activeOrganisationId}/declarations`, {
    type: 'motor_damage', policyId: policies[policyNumber], data: { ...data, damage: { ...data.damage, ...damage } },
  });
  if (reply.status !== 201) throw new Error(`create motor_damage failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  await customer.expect(200, 'POST', declarationUrl(customer, reply.body.id, 'submit'));
  const opened = await handler.post(`/api/backoffice/declarations/${reply.body.id}/start-handling`, {});
  if (opened.status !== 200) throw new Error(`start handling failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  return { id: reply.body.id, claimNumber: opened.body.claimNumber };
}

const liability = (claimId: string, body: Record<string, unknown>, key?: string) => handler.post(claimUrl(claimId, 'motor-fault/liability'), body, withKey(key));
const jokerOf = async (customer: Session, policyNumber: string) => (await customer.get(`/api/organisations/${customer.activeOrganisationId}/policies/${policies[policyNumber]}/joker`)).body;

test('the first accident at fault after five clean years uses the Joker, shown on the claim and on the policy; the second finds none, even recorded at the same moment', async () => {
  expect(await jokerOf(els, 'AU-2020-663318')).toMatchObject({ policyNumber: 'AU-2020-663318', available: true, claimFreeSince: '2020-05-01', lastUsed: null });

  // Two at-fault claims on the truck recorded at once: one uses the Joker, the other raises the premium. One that read the
  // policy before the other wrote is refused (the Joker was taken meanwhile) and recorded again.
  const claims = await Promise.all([openMotorClaim('AU-2020-663318', {}, els), openMotorClaim('AU-2020-663318', {}, els)]);
  const order = { kind: 'at_fault', driverInjured: true };
  const keys = ['race-a', 'race-b'];
  const replies = await Promise.all(claims.map((claim, index) => liability(claim.id, order, keys[index])));
  const lost = replies.findIndex((reply) => reply.status === 409);
  if (lost >= 0) {
    expect(replies[lost].body.error.message).toContain(claims[1 - lost].claimNumber);
    keys[lost] = 'race-again';
    replies[lost] = await liability(claims[lost].id, order, keys[lost]);
  }
  expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
  expect(replies.map((reply) => reply.body.liability.joker.effect).sort()).toEqual(['joker_used', 'premium_raised']);
  const winner = replies[0].body.liability.joker.effect === 'joker_used' ? 0 : 1;
  const [first, second] = [claims[winner], claims[1 - winner]];

  const recorded = replies[winner];
  expect(recorded.body.liability).toMatchObject({
    kind: 'at_fault', ownSharePercent: 100, accidentOn: '2026-11-18', joker: { effect: 'joker_used', claimFreeSince: '2020-05-01', earnedOn: '2025-05-01', nextJokerOn: '2031-11-18' },
    seniorGuarantee: 'birth_date_unknown', recoveryId: null,
    // The truck has the driver guarantee: the driver at fault is covered.
    driverCover: { ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'driver_guarantee' },
  });
  expect(replies[1 - winner].body.liability.joker).toEqual({ effect: 'premium_raised', claimFreeSince: '2026-11-18', earnedOn: '2031-11-18', nextJokerOn: '2031-11-18' });
  // The customer's policy shows it too: the Joker used by the first, back on the fifth anniversary of the accident.
  expect(await jokerOf(els, 'AU-2020-663318')).toMatchObject({ available: false, claimFreeSince: '2026-11-18', earnedOn: '2031-11-18', lastUsed: { claimNumber: first.claimNumber, accidentOn: '2026-11-18' } });
  expect((await handler.get(claimUrl(second.id, 'motor-fault'))).body.policy.lastUsed.claimNumber).toBe(first.claimNumber);

  // The same request again (same key) changes nothing; another request is refused: the liability is recorded once.
  const atFault = replies[1 - winner];
  expect((await liability(second.id, order, keys[1 - winner])).body.liability.recordedAt).toBe(atFault.body.liability.recordedAt);
  const again = await liability(second.id, { kind: 'shared', ownSharePercent: 50 });
  expect(again.status).toBe(409);
  expect(again.body.error.message).toContain(second.claimNumber);
});

test('58+: a policyholder of 64 without an accident in fault since 2009 keeps the policy after an at-fault claim; the driver without the guarantee is not covered, passengers are', async () => {
  const claim = await openMotorClaim('AU-2016-661877');
  const { body } = await liability(claim.id, { kind: 'at_fault', driverInjured: true, injuredPassengers: 2 });
  expect(body.liability).toMatchObject({
    seniorGuarantee: 'protects',
    driverCover: { counterpartyPercent: 0, ownInsurerPercent: 0, uncoveredPercent: 100, basis: 'no_driver_guarantee' },
    passengerCover: { counterpartyPercent: 0, ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'passenger' },
    injuredPassengers: 2,
  });
  const read = await handler.get(claimUrl(claim.id, 'motor-fault'));
  expect(read.status).toBe(200);
  expect(read.body.liability.seniorGuarantee).toBe('protects');
});

test('a BOB driver at fault is covered by the driver guarantee the policy does not have', async () => {
  const claim = await openMotorClaim('AU-2016-661877');
  const { body } = await liability(claim.id, {
    kind: 'at_fault', driverInjured: true, bob: { validLicence: true, livesWithPolicyholder: false, policyholderOrHouseholdAboard: true },
  });
  expect(body.liability).toMatchObject({ bobDriver: true, driverCover: { ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'bob_driver' } });
  // The earlier at-fault claim on this policy (the test above) ended its clean period: 58+ no longer protects.
  expect(body.liability.seniorGuarantee).toBe('not_claim_free');
});

test('a driver not at fault is compensated by the other side\'s insurer: a recovery on AG Insurance for the declared €1,850 opens', async () => {
  const claim = await openMotorClaim('AU-2023-661203');
  const { body } = await liability(claim.id, { kind: 'not_at_fault', driverInjured: true });
  expect(body.liability).toMatchObject({ joker: { effect: 'unchanged_not_in_fault' }, driverCover: { counterpartyPercent: 100, basis: 'counterparty' } });
  expect(body.liability.recoveryId).toEqual(expect.any(String));
  const recoveries = (await handler.get(claimUrl(claim.id, 'recoveries'))).body.recoveries;
  expect(recoveries).toEqual([expect.objectContaining({
    id: body.liability.recoveryId, kind: 'direct_settlement', expectedCents: 185_000, status: 'open',
    counterparty: { name: 'AG Insurance', insurer: 'AG Insurance', reference: null },
  })]);

  // Shared 30 % on the truck, after its two accidents at fault (the first test): an accident in fault without a Joker,
  // and a recovery of the counterparty's 70 % of the estimate, €1,295.
  const shared = await openMotorClaim('AU-2020-663318', {}, els);
  const sharedBody = (await liability(shared.id, { kind: 'shared', ownSharePercent: 30, driverInjured: true })).body;
  expect((await handler.get(claimUrl(shared.id, 'recoveries'))).body.recoveries[0].expectedCents).toBe(129_500);
  expect(sharedBody.liability).toMatchObject({
    joker: { effect: 'premium_raised' }, driverCover: { counterpartyPercent: 70, ownInsurerPercent: 30, uncoveredPercent: 0, basis: 'driver_guarantee' },
  });
});

test('towing of the immobilised car and the transport of its occupants home is ordered with its cost, once per key; a repair at an approved garage gives a replacement vehicle for its duration', async () => {
  const claim = await openMotorClaim('AU-2023-661203', { vehicleDrivable: false });
  const order = { country: 'BE', immobilised: true, towedTo: 'Garage Janssens, Antwerpen', unharmedOccupants: 2, homeCountry: 'BE', provider: 'Touring Assistance', costCents: 18_500 };
  const key = 'towing-once';
  const towed = await handler.post(claimUrl(claim.id, 'motor-fault/towing'), order, withKey(key));
  expect(towed.status).toBe(201);
  expect(towed.body.towingOrders).toEqual([{
    id: expect.any(String), country: 'BE', towedTo: 'Garage Janssens, Antwerpen', unharmedOccupants: 2, provider: 'Touring Assistance', costCents: 18_500,
    orderedBy: expect.objectContaining({ name: handler.me.user.fullName }), orderedAt: expect.any(String),
  }]);
  expect((await handler.post(claimUrl(claim.id, 'motor-fault/towing'), order, withKey(key))).body.towingOrders).toHaveLength(1);

  // Immobilised after a collision: the guarantee's 10 days; the approved garage's 14-day repair gives 14.
  const repaired = await handler.post(claimUrl(claim.id, 'motor-fault/repair'), { garageName: 'Garage Janssens', approvedGarage: true, repairDays: 14 }, withKey());
  expect(repaired.status).toBe(200);
  expect(repaired.body.repair).toMatchObject({ guaranteeDays: 10, repairDays: 14, replacementVehicle: { days: 14, basis: 'approved_garage' } });
});

test('hostile input is refused with a 4xx naming the problem', async () => {
  const claim = await openMotorClaim('AU-2023-661203', { vehicleDrivable: false });
  const towing = claimUrl(claim.id, 'motor-fault/towing');
  const order = { country: 'BE', immobilised: true, towedTo: 'Garage Janssens', unharmedOccupants: 1, provider: 'Touring', costCents: 10_000 };

  const noShare = await liability(claim.id, { kind: 'shared' });
  expect(noShare.status).toBe(422);
  expect(noShare.body.error.details[0]).toMatchObject({ path: 'ownSharePercent' });
  expect((await liability(claim.id, { kind: 'at_fault', ownSharePercent: 50 })).body.error.details[0]).toMatchObject({ path: 'ownSharePercent' });
  expect((await liability(claim.id, { kind: 'guilty' })).status).toBe(422);
  expect((await liability(claim.id, { kind: 'at_fault', admin: true })).status).toBe(422);
  expect((await liability(claim.id, { kind: 'shared', ownSharePercent: 100 })).status).toBe(422);
  expect((await handler.post(claimUrl(claim.id, 'motor-fault/liability'), { kind: 'at_fault' })).status).toBe(428);

  const france = await handler.post(towing, { ...order, country: 'FR' }, withKey());
  expect(france.status).toBe(422);
  expect(france.body.error.details[0]).toMatchObject({ path: 'country' });
  expect((await handler.post(towing, { ...order, homeCountry: 'NL' }, withKey())).body.error.details[0]).toMatchObject({ path: 'homeCountry' });
  expect((await handler.post(towing, { ...order, immobilised: false }, withKey())).body.error.details[0]).toMatchObject({ path: 'immobilised' });
  expect((await handler.post(towing, { ...order, costCents: -5 }, withKey())).body.error.details[0]).toMatchObject({ path: 'costCents' });
  expect((await handler.post(towing, { ...order, costCents: 10.5 }, withKey())).status).toBe(422);
  expect((await handler.post(towing, { ...order, towedTo: 'x'.repeat(201) }, withKey())).status).toBe(422);
  expect((await handler.post(claimUrl(claim.id, 'motor-fault/repair'), { garageName: 'G', approvedGarage: true, repairDays: 0 }, withKey())).status).toBe(422);

  // Not a motor claim; not staff; not a claim.
  const other = await openLiabilityClaim(an, handler);
  const notMotor = await liability(other, { kind: 'at_fault' });
  expect(notMotor.status).toBe(409);
  expect((await an.post(claimUrl(claim.id, 'motor-fault/liability'), { kind: 'at_fault' }, withKey())).status).toBe(403);
  expect((await handler.get(claimUrl('00000000-0000-4000-8000-000000000000', 'motor-fault'))).status).toBe(404);
  expect((await handler.get(claimUrl('not-a-uuid', 'motor-fault'))).status).toBe(400);
  // Nothing of it was recorded.
  expect((await handler.get(claimUrl(claim.id, 'motor-fault'))).body).toMatchObject({ liability: null, towingOrders: [], repair: null });
});
