import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { freeTextWords } from '../../db/declared-words';
import { hashPassword } from '../../db/passwords';
import { fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';

/**
 * A customer's claim list, searched and sorted by event day, on an organisation of its own whose claims this test
 * writes as the bench does (issue 13 §2): the free text finds words by their beginning, the event-day sort reads the
 * claims whose day the reader sees first and the sealed ones last, and paging never loses or repeats a claim.
 */
let db: Knex;
let reader: Session;
const organisationId = randomUUID();
const readerId = randomUUID(); // a full-access customer of the organisation
const colleagueId = randomUUID(); // declares the medical claims the reader may not see
const suffix = randomUUID().slice(0, 8);

interface Written { id: string; claimNumber: string; eventDate: string | null; sealed: boolean }
const written: Written[] = [];

/** A submitted declaration that was withdrawn: listed, but in no queue or process. */
async function declare(type: 'fire' | 'workplace_accident', createdBy: string, eventDate: string | null, description: string, sealed = false) {
  const data = structuredClone(fixture(type).data);
  data.event.description = description;
  if (data.damage?.description) data.damage.description = 'Zie omschrijving'; // the fixture's own words would match too
  if (eventDate) data.event.date = eventDate;
  else delete data.event.date;
  const id = randomUUID();
  const claimNumber = `T${suffix}-${String(written.length).padStart(7, '0')}`;
  const at = new Date(Date.UTC(2026, 10, 1, 8, written.length));
  await db('declarations').insert({
    id, workflowId: `list-search-${id}`, organisationId, type, status: 'withdrawn', step: 1, version: 1, revision: 1, data,
    claimNumber, actions: JSON.stringify([]), createdBy, createdAt: at, updatedAt: at, submittedAt: at,
  });
  written.push({ id, claimNumber, eventDate, sealed });
}

const claims = async (query: string) => {
  const reply = await reader.get(`/api/organisations/${organisationId}/claims${query}`);
  expect(reply.status).toBe(200);
  return reply.body as { items: { id: string; eventDate: string | null; sealed?: true }[]; total: number };
};
const ids = async (query: string) => (await claims(`${query}&pageSize=200`)).items.map((item) => item.id).sort();
const idsOf = (rows: Written[]) => rows.map((row) => row.id).sort();

beforeAll(async () => {
  db = testDatabase();
  await db('organisations').insert({
    id: organisationId, name: `Brouwerij Zoektest ${suffix}`, enterpriseNumber: `0${suffix}`, street: 'Markt 1', postalCode: '9000', city: 'Gent',
  });
  const passwordHash = await hashPassword('demo');
  for (const [id, name] of [[readerId, 'Lies Zoekers'], [colleagueId, 'Tom Collega']]) {
    await db('users').insert({ id, email: `${name.split(' ')[0].toLowerCase()}.${suffix}@brouwerij.example`, fullName: name, passwordHash, role: 'customer' });
    await db('organisationAccess').insert({ userId: id, organisationId, accessLevel: 'full' });
  }
  await declare('fire', readerId, '2026-03-14', 'Kortsluiting in de oven van het bakatelier');
  await declare('fire', readerId, '2026-05-02', 'Keukenbrand door de friteuse; buurman Vandenbroucke belde 0475 11 22 33');
  await declare('fire', colleagueId, '2026-05-02', 'Blikseminslag op de schouw'); // same day: the id decides
  await declare('fire', colleagueId, '2026-01-20', 'Waterschade na kortsluiting in de kelder');
  await declare('fire', readerId, null, 'Brand zonder gekende datum'); // no day: last, as if sealed
  await declare('workplace_accident', readerId, '2026-04-09', 'Snijwonde bij het bottelen'); // the reader declared it: visible
  await declare('workplace_accident', colleagueId, '2026-06-30', 'Val van de ladder, PSYCHIATRISCH-verslag', true);
  await declare('workplace_accident', colleagueId, '2026-02-11', 'Brandwonde aan de ketel', true);
  await declare('fire', colleagueId, '2026-02-11', 'Schouwbrand');
  reader = await Session.login(`lies.${suffix}@brouwerij.example`);
});
afterAll(() => db.destroy());

describe('free text', () => {
  test('finds a declared word by its beginning, in any case, every word of the query', async () => {
    const [shortCircuit, kitchen, , cellar] = written;
    expect(await ids('?q=kortsl')).toEqual(idsOf([shortCircuit, cellar]));
    expect(await ids('?q=KORTSLUITING%20oven')).toEqual(idsOf([shortCircuit]));
    expect(await ids('?q=vandenbr')).toEqual(idsOf([kitchen]));
    expect(await ids('?q=0475')).toEqual(idsOf([kitchen])); // a phone number's digits, as typed
    // Not any part of a word: "sluiting" is inside "kortsluiting", "brand" inside "keukenbrand" and "schouwbrand".
    expect(await ids('?q=sluiting')).toEqual([]);
    expect(await ids('?q=brand')).toEqual(idsOf([written[4]])); // "Brand zonder …"; "Brandwonde" is sealed
  });

  test('finds any part of a claim number', async () => {
    expect(await ids(`?q=${suffix.slice(2)}-000000`)).toEqual(idsOf(written));
    expect(await ids('?q=-0000003')).toEqual(idsOf([written[3]]));
  });

  test('neither matches nor reveals what a sealed claim declares', async () => {
    expect(await ids('?q=psychiatrisch')).toEqual([]);
    expect(await ids('?q=brandwonde')).toEqual([]);
    expect(await ids('?q=snijwonde')).toEqual(idsOf([written[5]])); // declared by the reader: visible to them
  });

  test('a word nearly every declaration holds is checked on the rare word\'s matches, with the same result', async () => {
    // Made common: declarations of another organisation holding it, a tenth of all, and the statistics gathered again.
    const common = 'gemeenschapswoord';
    const other = randomUUID();
    await db('organisations').insert({ id: other, name: `Brouwerij Anders ${suffix}`, enterpriseNumber: `1${suffix}`, street: 'Markt 2', postalCode: '9000', city: 'Gent' });
    const [{ count }] = await db('declarationWords').count({ count: '*' });
    await db.raw(`insert into declarations (id, workflow_id, organisation_id, type, status, step, version, revision, data, actions, created_by, created_at, updated_at, submitted_at)
      select gen_random_uuid(), 'list-search-common-' || gen_random_uuid(), ?, 'fire', 'withdrawn', 1, 1, 1, ?::jsonb, '[]', ?, now(), now(), now()
      from generate_series(1, ?)`, [other, JSON.stringify({ event: { description: `Schade ${common}` } }), colleagueId, Math.ceil(Number(count) / 10) + 20]);
    await db.raw('analyze declaration_words');
    const rare = `meterkast${suffix.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)])}`; // no other declaration's word
    expect(await freeTextWords(db, `${rare.toUpperCase()} ${common}`)).toEqual({ indexed: `'${rare}':*`, checked: `'${common}':*` });
    expect(await freeTextWords(db, common)).toEqual({ indexed: `'${common}':*`, checked: '' }); // nothing rarer to check it on

    await declare('fire', readerId, '2026-07-01', `Brand in de ${rare}, ${common}`);
    await declare('fire', readerId, '2026-07-02', `Rook uit de ${rare}`);
    const [withCommon, without] = written.slice(-2);
    expect(await ids(`?q=${rare.slice(0, 12)}%20${common}`)).toEqual(idsOf([withCommon]));
    expect(await ids(`?q=${rare}`)).toEqual(idsOf([withCommon, without]));
    expect(await ids(`?q=${common}`)).toEqual(idsOf([withCommon])); // the organisation's only: the other's stay its own

    // The words follow the declaration: new words when its data changes, none while it is a draft.
    const wordsOf = async () => (await db('declarationWords').where({ declarationId: without.id }).first())?.words as string | undefined;
    const data = (await db('declarations').where({ id: without.id }).first()).data;
    await db('declarations').where({ id: without.id }).update({ data: { ...data, event: { ...data.event, description: `Rook uit de ${rare}, ${common}` } } });
    expect(await wordsOf()).toContain(`'${common}'`);
    const { submittedAt } = await db('declarations').where({ id: without.id }).first();
    await db('declarations').where({ id: without.id }).update({ submittedAt: null });
    expect(await wordsOf()).toBeUndefined();
    await db('declarations').where({ id: without.id }).update({ submittedAt });
    expect(await ids(`?q=${rare.slice(0, 12)}%20${common}`)).toEqual(idsOf([withCommon, without]));
  });

  test('a query of punctuation only finds nothing declared, and is no error', async () => {
    expect(await ids(`?q=${encodeURIComponent('%_:*&|!')}`)).toEqual([]);
  });
});

describe('sorted by event day', () => {
  /** The order `nulls last` defines: the days the reader sees, then the claims without one (sealed or not declared), by id. */
  const expectedOrder = (direction: 'asc' | 'desc') => {
    const shown = written.filter((row) => !row.sealed && row.eventDate !== null);
    const rest = written.filter((row) => row.sealed || row.eventDate === null);
    const byId = (a: Written, b: Written) => (a.id < b.id ? -1 : 1);
    const byDay = (a: Written, b: Written) => (a.eventDate === b.eventDate ? byId(a, b) : (a.eventDate! < b.eventDate!) === (direction === 'asc') ? -1 : 1);
    return [...shown.sort(byDay), ...rest.sort(byId)].map((row) => row.id);
  };

  test.each(['desc', 'asc'] as const)('%s: the days shown in order, then the rest by id, on one page and over pages of every size', async (direction) => {
    const expected = expectedOrder(direction);
    const whole = await claims(`?sort=eventDate:${direction}&pageSize=200`);
    expect(whole.items.map((item) => item.id)).toEqual(expected);
    expect(whole.items.filter((item) => item.sealed).map((item) => item.eventDate)).toEqual([null, null]);
    for (const pageSize of [1, 2, 3, 4, 7]) {
      const walked: string[] = [];
      for (let page = 1; (page - 1) * pageSize < expected.length + pageSize; page++) {
        const reply = await claims(`?sort=eventDate:${direction}&pageSize=${pageSize}&page=${page}`);
        expect(reply.total).toBe(expected.length);
        walked.push(...reply.items.map((item) => item.id));
      }
      expect({ pageSize, walked }).toEqual({ pageSize, walked: expected });
    }
  });

  test('the CSV export keeps the same order', async () => {
    const csv = await reader.fetch('GET', `/api/organisations/${organisationId}/claims?sort=eventDate:desc&format=csv`);
    const numbers = (await csv.text()).trim().split('\n').slice(1).map((line) => line.split(';')[0].replace(/"/g, ''));
    const byId = new Map(written.map((row) => [row.id, row.claimNumber]));
    expect(numbers).toEqual(expectedOrder('desc').map((id) => byId.get(id)));
  });
});
