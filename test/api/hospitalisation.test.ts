import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { startChange } from '../../workflows/hospitalisation-change/client';
import type { ChangeTiming } from '../../workflows/hospitalisation-change/definitions';
import { demo, Session } from '../support/api';
import { testDatabase } from '../support/database';
import { mailsTo } from '../support/mail-and-pdf';
import { existingServer } from '../support/temporal';

let an: Session; // Local Admin of Bakkerij Peeters' group policy
let jan: Session; // titularis (with partner Ilse and children Lena and Noah)
let sofie: Session; // titularis, no family
let els: Session; // another organisation
let handler: Session;
let db: Knex;
let person: Record<string, string>;

beforeAll(async () => {
  [an, jan, sofie, els, handler] = await Promise.all([demo.an, demo.jan, demo.sofie, demo.els, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  const rows = await db('insuredPersons').select('id', 'firstName');
  person = Object.fromEntries(rows.map((row) => [row.firstName, row.id]));
});
afterAll(() => db.destroy());

const base = (session: Session) => `/api/organisations/${session.activeOrganisationId}/hospitalisation`;
const newChild = (firstName: string, nationalNumber: string) => ({ titularisId: person.Jan, relation: 'child', person: { firstName, lastName: 'Claes', birthDate: '2026-10-01', nationalNumber } });

describe('the register', () => {
  test('a titularis sees their own family; the Local Admin the whole register', async () => {
    const family = (await jan.get(`${base(jan)}/insured-persons`)).body.map((p: { firstName: string }) => p.firstName);
    expect(family).toEqual(expect.arrayContaining(['Jan', 'Ilse', 'Lena', 'Noah']));
    expect(family).not.toContain('Sofie');
    const all = (await an.get(`${base(an)}/insured-persons`)).body.map((p: { firstName: string }) => p.firstName);
    expect(all).toEqual(expect.arrayContaining(['Jan', 'Ilse', 'Lena', 'Noah', 'Sofie', 'Pieter', 'Mila']));
  });

  test('the portal learns each user’s role in the register: An is Local Admin, Jan titularis of his own entry, Els has none', async () => {
    const policyId = (await db('policies').where({ policyNumber: 'CH-2021-550314' }).first('id')).id;
    expect((await an.get(`${base(an)}/roles`)).body).toEqual([{ policyId, role: 'local_admin', insuredPersonId: null }]);
    expect((await jan.get(`${base(jan)}/roles`)).body).toEqual([{ policyId, role: 'titularis', insuredPersonId: person.Jan }]);
    expect((await els.get(`${base(els)}/roles`))).toMatchObject({ status: 200, body: [] });
  });

  const registerIn = async (language: string) => {
    const response = await an.fetch('GET', `${base(an)}/insured-persons?format=xlsx`, undefined, { 'accept-language': language });
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return { workbook, disposition: response.headers.get('content-disposition') };
  };

  test('the Local Admin downloads the register as a real Excel file, in her language', async () => {
    const { workbook, disposition } = await registerIn('nl');
    expect(disposition).toBe('attachment; filename="verzekerden.xlsx"');
    const sheet = workbook.getWorksheet('Verzekerden')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Rijksregisternummer', 'Naam', 'Voornaam', 'Geboortedatum', 'Relatie', 'Titularis', 'E-mail', 'Verzekerd vanaf', 'Verzekerd tot']);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const json = (await an.get(`${base(an)}/insured-persons`)).body;
    expect(rows).toHaveLength(json.length);
    const lena = rows.find((row) => row[3] === 'Lena')!;
    expect(lena.slice(1, 7)).toEqual(['12.03.05-045.10', 'Claes', 'Lena', new Date('2012-03-05T00:00:00Z'), 'Kind', 'Jan Claes']);
  });

  test('in German the register reads German: its sheet, its columns and the relations', async () => {
    const { workbook } = await registerIn('de');
    const sheet = workbook.getWorksheet('Versicherte')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nationalregisternummer', 'Name', 'Vorname', 'Geburtsdatum', 'Beziehung', 'Hauptversicherter', 'E-Mail', 'Versichert ab', 'Versichert bis']);
    const lena = (sheet.getSheetValues().slice(2) as unknown[][]).find((row) => row[3] === 'Lena')!;
    expect(lena[5]).toBe('Kind');
  });

  test('without a role on a group policy the module is closed; another organisation sees nothing', async () => {
    const els2 = await Session.login(demo.els);
    expect((await els2.get(`${base(els2)}/insured-persons`)).status).toBe(403);
    expect((await els.get(`/api/organisations/${an.activeOrganisationId}/hospitalisation/insured-persons`)).status).toBe(404);
  });
});

describe('changes to the register', () => {
  test('a titularis adds a child: draft, save, submit; the back office approves; the register has her from the effective date; the titularis is told by mail', async () => {
    const created = await jan.post(`${base(jan)}/changes`, { kind: 'add_family_member', data: { relation: 'child' } });
    expect(created.body).toMatchObject({ status: 'draft', version: 1, role: 'titularis' });
    const saved = await jan.put(`${base(jan)}/changes/${created.body.id}/draft`, { data: newChild('Emma', '26.10.01-123.31'), effectiveDate: '2026-12-01', version: 1 });
    expect(saved.body.version).toBe(2);
    expect((await jan.post(`${base(jan)}/changes/${created.body.id}/submit`)).body.status).toBe('submitted');

    const queue = (await handler.get('/api/backoffice/hospitalisation-changes')).body;
    expect(queue.find((c: { id: string }) => c.id === created.body.id)).toMatchObject({
      organisation: { name: 'Bakkerij Peeters BV' }, person: { id: null, firstName: 'Emma', lastName: 'Claes' }, titularis: { id: person.Jan, firstName: 'Jan' },
      requestedBy: { name: 'Jan Claes' }, effectiveDate: '2026-12-01',
    });
    const approved = await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/approve`);
    expect(approved.body).toMatchObject({ status: 'approved', decision: { decision: 'approve', by: { name: 'Hanne De Smet' } } });
    expect(await db('insuredPersons').where({ nationalNumber: '26.10.01-123.31' }).first('firstName', 'relation', 'coveredFrom', 'titularisId'))
      .toEqual({ firstName: 'Emma', relation: 'child', coveredFrom: '2026-12-01', titularisId: person.Jan });
    const mails = await mailsTo(demo.jan, 1);
    expect(mails.map((mail) => mail.subject)).toContainEqual(expect.stringContaining('is goedgekeurd'));
    expect((await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/reject`, { reason: 'te laat' })).status).toBe(409);
  });

  test('a rejected change needs a reason and changes nothing', async () => {
    const created = await jan.post(`${base(jan)}/changes`, { kind: 'update_person', data: { personId: person.Lena, changes: { email: 'lena.claes@example.com' } }, effectiveDate: '2026-12-01' });
    await jan.post(`${base(jan)}/changes/${created.body.id}/submit`);
    expect((await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/reject`, {})).status).toBe(422);
    const rejected = await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/reject`, { reason: 'Minderjarigen krijgen geen eigen e-mailadres' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decision: { reason: 'Minderjarigen krijgen geen eigen e-mailadres' } });
    expect((await db('insuredPersons').where({ id: person.Lena }).first('email')).email).toBeNull();
  });

  test('a change is withdrawn until the back office decides; a stale save is a conflict; an incomplete one cannot be submitted', async () => {
    const created = await jan.post(`${base(jan)}/changes`, { kind: 'remove_family_member', data: {} });
    const incomplete = await jan.post(`${base(jan)}/changes/${created.body.id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details.map((p: { path: string }) => p.path)).toEqual(['data.personId', 'effectiveDate']);
    await jan.put(`${base(jan)}/changes/${created.body.id}/draft`, { data: { personId: person.Noah }, effectiveDate: '2027-01-01', version: 1 });
    expect((await jan.put(`${base(jan)}/changes/${created.body.id}/draft`, { data: {}, effectiveDate: null, version: 1 })).status).toBe(409);
    await jan.post(`${base(jan)}/changes/${created.body.id}/submit`);
    expect((await jan.post(`${base(jan)}/changes/${created.body.id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/approve`)).status).toBe(409);
    expect((await db('insuredPersons').where({ id: person.Noah }).first('coveredUntil')).coveredUntil).toBeNull();
  });

  test('each role asks only for its own kinds of change, about the persons it manages', async () => {
    expect((await jan.post(`${base(jan)}/changes`, { kind: 'add_titularis', data: {} })).status).toBe(403);
    const foreign = await sofie.post(`${base(sofie)}/changes`, { kind: 'update_person', data: { personId: person.Lena, changes: { lastName: 'X' } } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details[0].path).toBe('data.personId');
    expect((await an.post(`${base(an)}/changes`, { kind: 'remove_titularis', data: { personId: person.Ilse } })).status).toBe(422); // Ilse is a partner
    expect((await sofie.get(`${base(sofie)}/changes`)).body.every((c: { requestedBy: { name: string } }) => c.requestedBy.name === 'Sofie Maes')).toBe(true);
  });

  test('the Local Admin removes a titularis: the family leaves with them from the effective date', async () => {
    const created = await an.post(`${base(an)}/changes`, { kind: 'remove_titularis', data: { personId: person.Pieter }, effectiveDate: '2027-01-31' });
    await an.post(`${base(an)}/changes/${created.body.id}/submit`);
    await handler.post(`/api/backoffice/hospitalisation-changes/${created.body.id}/approve`);
    const left = await db('insuredPersons').whereIn('id', [person.Pieter, person.Mila]).select('coveredUntil');
    expect(left).toEqual([{ coveredUntil: '2027-01-31' }, { coveredUntil: '2027-01-31' }]);
    const log = await db('auditLog').where({ subjectType: 'hospitalisation_change', subjectId: created.body.id }).orderBy('id');
    expect(log.filter((entry) => entry.action === 'hospitalisation_change_applied')).toHaveLength(1); // applied once
    expect(log.map((entry) => entry.action)).toEqual([
      'hospitalisation_change_created', 'hospitalisation_change_submitted', 'hospitalisation_change_applied', 'hospitalisation_change_approved',
    ]);
  });
});

describe('draft changes expire like declaration drafts', () => {
  /** The API uses the configured durations (14 and 90 days); started directly on Temporal they become seconds. */
  const quick: ChangeTiming = { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds' };
  let environment: TestWorkflowEnvironment;
  let janActor: { userId: string; name: string; role: 'customer' };
  let policyId: string;

  beforeAll(async () => {
    environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
    const user = await db('users').where({ email: demo.jan }).first('id', 'fullName');
    janActor = { userId: user.id, name: user.fullName, role: 'customer' };
    policyId = (await db('policies').where({ policyNumber: 'CH-2021-550314' }).first('id')).id;
  });
  afterAll(() => environment.teardown());

  const quickDraft = (data: Record<string, unknown>, effectiveDate: string | null) => startChange(environment.client, 'claims',
    { organisationId: jan.activeOrganisationId, policyId, kind: 'update_person', role: 'titularis', requestedBy: janActor, timing: quick },
    { actor: janActor, data, effectiveDate });
  const listed = async (id: string) => (await jan.get(`${base(jan)}/changes`)).body.find((change: { id: string }) => change.id === id);

  test('a draft nobody submits is reminded once, then expires: the system records both, and it can no longer change', async () => {
    const draft = await quickDraft({ personId: person.Jan }, null);
    await environment.client.workflow.getHandle(draft.workflowId).result();
    const expired = await listed(draft.id);
    expect(expired.status).toBe('expired');
    expect(expired.history.map((entry: { action: string; by: { role: string } }) => `${entry.action}:${entry.by.role}`))
      .toEqual(['created:customer', 'draft_reminder_sent:system', 'expired:system']);
    expect(await db('notifications').where({ userId: janActor.userId, kind: 'change_draft_reminder' }).whereLike('dedupeKey', `%${draft.id}%`)).toHaveLength(1);
    const log = await db('auditLog').where({ subjectType: 'hospitalisation_change', subjectId: draft.id }).orderBy('id');
    expect(log.map((entry) => `${entry.action}:${entry.actorName}`)).toEqual([
      'hospitalisation_change_created:Jan Claes', 'hospitalisation_change_draft_reminder_sent:System', 'hospitalisation_change_expired:System',
    ]);
    expect((await handler.get('/api/backoffice/hospitalisation-changes?status=expired')).body.map((change: { id: string }) => change.id)).toContain(draft.id);
    const save = await jan.put(`${base(jan)}/changes/${draft.id}/draft`, { data: { personId: person.Jan }, effectiveDate: '2027-01-01', version: expired.version });
    expect(save.status).toBe(409);
    // The workflow has ended: Temporal's NOT_FOUND, worded with the status the projection shows.
    expect(save.body.error).toMatchObject({ code: 'not_allowed_in_status', key: 'process.closed', params: { subject: 'change', status: 'expired' } });
  });

  test('a submitted change does not expire: the back office has it', async () => {
    const draft = await quickDraft({ personId: person.Jan, changes: { lastName: 'Claes-Peeters' } }, '2027-01-01');
    await jan.post(`${base(jan)}/changes/${draft.id}/submit`);
    await new Promise((resolve) => setTimeout(resolve, 4000)); // past the expiry
    const submitted = await listed(draft.id);
    expect(submitted.status).toBe('submitted');
    expect(submitted.history.map((entry: { action: string }) => entry.action)).toEqual(['created', 'submitted']);
    await jan.post(`${base(jan)}/changes/${draft.id}/withdraw`); // leaves the register as it was for the other tests
  });
});

test('a titularis writes to the back office with an attachment; the back office answers', async () => {
  const form = new FormData();
  form.append('body', 'Is tandzorg ook verzekerd?');
  form.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'factuur tandarts.pdf');
  const sent = await jan.request('POST', `${base(jan)}/messages`, form);
  expect(sent.status).toBe(201);
  expect(sent.body).toMatchObject({ addressedTo: 'back_office', declarationId: null, attachments: [{ fileName: 'factuur tandarts.pdf' }] });
  await handler.post(`/api/backoffice/messages/${sent.body.id}/reply`, { body: 'Neen, enkel met de optie tandzorg.' });
  const thread = (await an.get(`${base(an)}/messages`)).body;
  expect(thread.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({ status: 'answered', reply: { body: 'Neen, enkel met de optie tandzorg.' } });
  // The Local Admin sees every message of the organisation; another titularis does not see Jan's.
  const sofie = await Session.login(demo.sofie);
  expect((await sofie.get(`${base(sofie)}/messages`)).body.map((m: { id: string }) => m.id)).not.toContain(sent.body.id);
  expect((await jan.get(`${base(jan)}/messages`)).body.map((m: { id: string }) => m.id)).toContain(sent.body.id);
});
