import type { Knex } from 'knex';
import { declarationUrl, demo, Session } from '../support/api';
import { policyIdsByNumber, testDatabase } from '../support/database';

let an: Session;
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  an = await Session.login(demo.an);
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

/** A minor accident: a slip, not caused by an event or an object, no lasting injury. Only the simplified form's fields. */
const minorAccident = {
  event: {
    date: '2026-11-19',
    place: { street: 'Kerkstraat 12', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
    description: 'Uitgegleden op de natte vloer van het bakatelier.',
    onCommute: false,
    causedByEventOrObject: false,
  },
  parties: { insured: [{ firstName: 'Jan', lastName: 'Claes', nationalNumber: '78.04.12-031.14' }] },
  damage: { nature: 'Verstuikte enkel', bodyParts: ['rechterenkel'], fatal: false, permanentInjury: false, temporaryIncapacity: false },
  simplified: true,
};

/** Started as the wizard does: the workplace-accident policy of Bakkerij Peeters, the contact prefilled. */
const start = (data: Record<string, unknown>) =>
  an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'workplace_accident', policyId: policies['AO-2018-330145'], data });

describe('the simplified workplace-accident declaration', () => {
  test('the type publishes the simplified form: the victim without employment details, no witnesses, simplified fixed to true', async () => {
    const types = (await an.get('/api/declaration-types')).body;
    const { simplifiedSchema } = types.find((info: { type: string }) => info.type === 'workplace_accident');
    expect(Object.keys(simplifiedSchema.properties.parties.properties.insured.items.properties)).toEqual(['firstName', 'lastName', 'nationalNumber']);
    expect(simplifiedSchema.properties.parties.properties.witnesses.items).toEqual({ not: {} });
    expect(simplifiedSchema.properties.simplified).toMatchObject({ const: true });
  });

  test('a minor accident declared with only the simplified fields is submitted, and stays simplified', async () => {
    const created = await start(minorAccident);
    expect(created.status).toBe(201);
    const submitted = await an.post(declarationUrl(an, created.body.id, 'submit'));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', data: { simplified: true, contact: { email: demo.an } } });
  });

  test('a serious accident (caused by an object, with an injury) is refused on the simplified field; the full declaration is asked', async () => {
    const created = await start({ ...minorAccident, event: { ...minorAccident.event, causedByEventOrObject: true } });
    const refused = await an.post(declarationUrl(an, created.body.id, 'submit'));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: 'simplified', code: 'declaration.problem.seriousAccident', params: {}, message: 'This is a serious accident: use the full declaration' },
    ]);
    expect((await an.get(declarationUrl(an, created.body.id))).body.status).toBe('draft');
  });
});
