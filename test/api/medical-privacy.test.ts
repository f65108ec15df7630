import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { parseCsv } from '../support/csv';
import { policyIdsByNumber, testDatabase } from '../support/database';

/**
 * Health data stays sealed (issue 9): the medical details of a claim are for the person concerned (the
 * titularis for their family), the declarant and the insurer's staff. A colleague — with limited or full
 * access — sees that the claim exists and its status, and nothing of what was declared.
 */
let an: Session; // declarant, full access
let sofie: Session; // full-access colleague, not concerned
let jan: Session; // limited-access colleague; titularis of Lena; the victim (by national number) of the third claim
let handler: Session;
let db: Knex;

const marker = `PSY-${randomUUID().slice(0, 8)}`; // a word only the medical facts contain
const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
let hospitalisation: { id: string; attachmentId: string }; // Lena Claes in a psychiatric ward, declared by An
let pieterAccident: { id: string; letterUrl: string }; // Pieter Janssens's workplace accident, declared by An, reserved with letters
let janAccident: { id: string }; // Jan Claes's own workplace accident, declared by An

const org = () => an.activeOrganisationId;
const claimsUrl = (session: Session, rest = '') => `/api/organisations/${session.activeOrganisationId}/claims${rest}`;
const itemOf = async (session: Session, id: string, query = '?pageSize=200') =>
  (await session.get(claimsUrl(session, query))).body.items.find((item: { id: string }) => item.id === id);

async function upload(session: Session, declarationId: string) {
  const form = new FormData();
  form.append('kind', 'medical_certificate_first_finding');
  form.append('files', new Blob([new Uint8Array(pdfBytes)], { type: 'application/pdf' }), `attest-${marker}.pdf`);
  return session.request('POST', declarationUrl(session, declarationId, 'attachments'), form);
}

beforeAll(async () => {
  [an, sofie, jan, handler] = await Promise.all([demo.an, demo.sofie, demo.jan, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  const policies = await policyIdsByNumber(db);
  const lena = await db('insuredPersons').where({ firstName: 'Lena', lastName: 'Claes' }).first('id');

  const stay = fixture('collective_hospitalisation').data;
  const draft = await an.post(`/api/organisations/${org()}/declarations`, {
    type: 'collective_hospitalisation', policyId: policies['CH-2021-550314'],
    data: {
      ...stay,
      event: { ...stay.event, cause: 'illness', description: `Opname op de psychiatrische afdeling (${marker}).` },
      parties: { ...stay.parties, insured: [{ firstName: 'Lena', lastName: 'Claes', birthDate: '2012-03-05', insuredPersonId: lena.id }] },
      damage: { ...stay.damage, hospital: `Psychiatrisch Centrum ${marker}` },
    },
  });
  expect(draft.status).toBe(201);
  const attached = await upload(an, draft.body.id);
  expect(attached.status).toBe(201);
  await an.expect(200, 'POST', declarationUrl(an, draft.body.id, 'submit'));
  hospitalisation = { id: draft.body.id, attachmentId: attached.body.attachments[0].id };

  const accident = fixture('workplace_accident').data;
  const pieter = await createDeclaration(an, 'workplace_accident', {
    ...accident,
    parties: { ...accident.parties, insured: [{ ...accident.parties.insured[0], firstName: 'Pieter', lastName: 'Janssens', birthDate: '1990-11-30', nationalNumber: '90.11.30-154.40' }] },
    damage: { ...accident.damage, nature: `Breuk van de pols ${marker}` },
  });
  await an.expect(200, 'POST', declarationUrl(an, pieter.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${pieter.id}/start-handling`, {});
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${pieter.id}/decision`, { decision: 'reserve', reason: `medisch attest ${marker} ontbreekt`, missing: ['Medisch attest'] });
  const file = await an.get(claimsUrl(an, `/${pieter.id}`));
  pieterAccident = { id: pieter.id, letterUrl: file.body.documents.find((d: { kind: string }) => d.kind === 'decision_reserve').url };

  const janOwn = await createDeclaration(an, 'workplace_accident', { ...accident, damage: { ...accident.damage, nature: `Snijwonde ${marker}` } });
  await an.expect(200, 'POST', declarationUrl(an, janOwn.id, 'submit'));
  janAccident = { id: janOwn.id };
});
afterAll(() => db.destroy());

describe('a colleague sees that the claim exists and its status, and nothing medical', () => {
  test.each([['Jan (limited access)', () => jan, () => pieterAccident.id], ['Sofie (full access, not the declarant)', () => sofie, () => pieterAccident.id], ['Sofie', () => sofie, () => hospitalisation.id]])(
    '%s: the list row and the claim file are sealed',
    async (_who, session, id) => {
      const row = await itemOf(session(), id());
      expect(row).toMatchObject({ id: id(), status: expect.any(String), sealed: true, eventDate: null, description: null });
      const detail = await session().get(claimsUrl(session(), `/${id()}`));
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ id: id(), status: row.status, sealed: true, information: null, documents: [], decision: null });
      expect(JSON.stringify(detail.body)).not.toContain(marker);
      expect(detail.body.history.every((entry: { details?: unknown }) => entry.details === undefined)).toBe(true);
      expect(detail.body.history.map((entry: { by: { name: string } }) => entry.by.name)).not.toContain('An Peeters'); // the declarant may be the patient
    },
  );

  test('the summary PDF, the attachments (medical certificates) and the decision letters are refused', async () => {
    for (const session of [jan, sofie]) {
      for (const url of [claimsUrl(session, `/${pieterAccident.id}/summary.pdf`), pieterAccident.letterUrl]) {
        const reply = await session.get(url);
        expect(reply.status).toBe(403);
        expect(reply.body.error.code).toBe('medical_details_sealed');
      }
    }
    const attachment = await sofie.get(claimsUrl(sofie, `/${hospitalisation.id}/attachments/${hospitalisation.attachmentId}`));
    expect(attachment.status).toBe(403);
    expect((await sofie.get(claimsUrl(sofie, `/${hospitalisation.id}/summary.pdf`))).status).toBe(403);
  });

  test('the free text search and the event period neither match nor reveal the medical facts', async () => {
    expect((await sofie.get(claimsUrl(sofie, `?q=${marker}`))).body.total).toBe(0);
    expect((await jan.get(claimsUrl(jan, `?q=${marker}`))).body.items.map((item: { id: string }) => item.id).sort())
      .toEqual([hospitalisation.id, janAccident.id].sort()); // his daughter's stay and his own accident, not Pieter's
    expect((await an.get(claimsUrl(an, `?q=${marker}`))).body.total).toBe(3);
    const day = fixture('workplace_accident').data.event.date;
    const inPeriod = async (session: Session) => (await session.get(claimsUrl(session, `?from=${day}&to=${day}&pageSize=200`))).body.items.map((item: { id: string }) => item.id);
    expect(await inPeriod(sofie)).not.toContain(pieterAccident.id);
    expect(await inPeriod(an)).toContain(pieterAccident.id);
  });

  test('the CSV export lists the claim with its status and leaves the medical columns empty', async () => {
    const response = await sofie.fetch('GET', claimsUrl(sofie, '?format=csv'));
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text).not.toContain(marker);
    const rows = parseCsv(text);
    const pieterClaimNumber = (await an.get(claimsUrl(an, `/${pieterAccident.id}`))).body.claimNumber;
    const row = rows.find((fields) => fields[0] === pieterClaimNumber)!;
    expect(row).toBeDefined();
    expect(row[2]).toBe('under_reservation');
    expect([row[4], row[5]]).toEqual(['', '']); // event date, description
  });

  test('the Declare-a-claim routes: the declaration is sealed, its documents and changes refused', async () => {
    const detail = await sofie.get(declarationUrl(sofie, hospitalisation.id));
    expect(detail.body).toMatchObject({ id: hospitalisation.id, status: 'in_handling', sealed: true, data: {}, attachments: [] });
    expect(JSON.stringify(detail.body)).not.toContain(marker);
    const list = await sofie.get(`/api/organisations/${org()}/declarations?pageSize=200`);
    expect(JSON.stringify(list.body)).not.toContain(marker);
    expect(list.body.items.find((item: { id: string }) => item.id === hospitalisation.id)).toMatchObject({ sealed: true, data: {} });
    for (const action of ['summary.pdf', `attachments/${hospitalisation.attachmentId}`, 'attachments']) {
      expect((await sofie.get(declarationUrl(sofie, hospitalisation.id, action))).status).toBe(403);
    }

    // A medical draft cannot be overwritten by someone who cannot see it.
    const medicalDraft = await createDeclaration(an, 'bodily_accident', { damage: { injuries: `Hersenschudding ${marker}`, hospitalised: true } });
    const save = await sofie.put(declarationUrl(sofie, medicalDraft.id, 'draft'), { data: {}, step: 1, version: 1 });
    expect(save.status).toBe(403);
    expect(save.body.error.code).toBe('medical_details_sealed');
    expect((await an.get(declarationUrl(an, medicalDraft.id))).body.data.damage.injuries).toContain(marker);
  });

  test("the message thread shows a colleague only their own messages", async () => {
    const form = new FormData();
    form.append('body', `Ontslagbrief ${marker} volgt.`);
    expect((await an.request('POST', claimsUrl(an, `/${hospitalisation.id}/messages`), form)).status).toBe(201);
    const thread = await sofie.get(claimsUrl(sofie, `/${hospitalisation.id}/messages`));
    expect(thread.status).toBe(200);
    expect(JSON.stringify(thread.body)).not.toContain(marker);
    expect(JSON.stringify((await jan.get(claimsUrl(jan, `/${hospitalisation.id}/messages`))).body)).toContain(marker);
  });

  test("a titularis's file to the back office (group hospitalisation) is for the sender and the Local Admin only", async () => {
    const form = new FormData();
    form.append('body', 'Factuur van het ziekenhuis in bijlage.');
    form.append('files', new Blob([new Uint8Array(pdfBytes)], { type: 'application/pdf' }), 'factuur.pdf');
    const sent = await jan.request('POST', `/api/organisations/${org()}/hospitalisation/messages`, form);
    expect(sent.status).toBe(201);
    const fileUrl = `/api/organisations/${org()}/messages/${sent.body.id}/attachments/${sent.body.attachments[0].id}`;
    expect((await sofie.get(fileUrl)).status).toBe(404); // a titularis herself, but not of Jan's family
    expect((await an.fetch('GET', fileUrl)).status).toBe(200); // the Local Admin
    expect((await jan.fetch('GET', fileUrl)).status).toBe(200);
  });

  test('a claim without medical details stays open to every colleague', async () => {
    const fire = await createDeclaration(an, 'fire');
    await an.expect(200, 'POST', declarationUrl(an, fire.id, 'submit'));
    const detail = await jan.get(claimsUrl(jan, `/${fire.id}`));
    expect(detail.body.sealed).toBeUndefined();
    expect(detail.body.information.event.description).toBe(fixture('fire').data.event.description);
    expect((await jan.fetch('GET', claimsUrl(jan, `/${fire.id}/summary.pdf`))).status).toBe(200);
  });
});

describe('the person concerned, the declarant and the insurer see the medical details', () => {
  test('the titularis sees his daughter\'s hospital stay: list, file, PDF and the medical certificate', async () => {
    expect((await itemOf(jan, hospitalisation.id)).description).toContain(marker);
    const detail = await jan.get(claimsUrl(jan, `/${hospitalisation.id}`));
    expect(detail.body.sealed).toBeUndefined();
    expect(detail.body.information.damage.hospital).toBe(`Psychiatrisch Centrum ${marker}`);
    const pdf = await jan.fetch('GET', claimsUrl(jan, `/${hospitalisation.id}/summary.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const certificate = await jan.fetch('GET', claimsUrl(jan, `/${hospitalisation.id}/attachments/${hospitalisation.attachmentId}`));
    expect(certificate.status).toBe(200);
    expect(Buffer.from(await certificate.arrayBuffer())).toEqual(pdfBytes);
  });

  test('the victim, recognised by his national number, sees his own accident; the declarant sees all three', async () => {
    expect((await jan.get(claimsUrl(jan, `/${janAccident.id}`))).body.information.damage.nature).toBe(`Snijwonde ${marker}`);
    expect((await sofie.get(claimsUrl(sofie, `/${janAccident.id}`))).body.sealed).toBe(true);
    for (const id of [hospitalisation.id, pieterAccident.id, janAccident.id]) {
      const detail = await an.get(claimsUrl(an, `/${id}`));
      expect(JSON.stringify(detail.body.information)).toContain(marker);
    }
    expect((await an.fetch('GET', pieterAccident.letterUrl)).status).toBe(200);
    expect((await an.fetch('GET', claimsUrl(an, `/${pieterAccident.id}/summary.pdf`))).status).toBe(200);
  });

  test('the handler reads the claim file with its medical details', async () => {
    const file = await handler.get(`/api/backoffice/claims/${hospitalisation.id}`);
    expect(file.status).toBe(200);
    expect(file.body.data.damage.hospital).toBe(`Psychiatrisch Centrum ${marker}`);
  });
});
