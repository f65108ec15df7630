import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createDeclaration, DeclarationTypeName, declarationUrl, demo, fixture, Session } from '../support/api';
import { policyIdsByNumber, testDatabase } from '../support/database';
import { mailAttachment, mailsTo, mailText, pdfText } from '../support/mail-and-pdf';

let an: Session;
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  an = await Session.login(demo.an);
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

const pngBytes = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d605e20000000049454e44ae426082', 'hex');
const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function upload(session: Session, declarationId: string, kind: string, files: { name: string; bytes: Buffer; type: string }[]) {
  const form = new FormData();
  form.append('kind', kind);
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return session.request('POST', declarationUrl(session, declarationId, 'attachments'), form);
}

const policyOf: Record<DeclarationTypeName, string | undefined> = {
  liability: 'BA-2019-104512', bodily_accident: 'LO-2020-220871', private_life: 'AO-2018-330145', workplace_accident: 'AO-2018-330145',
  fire: 'BR-2017-440978', collective_hospitalisation: 'CH-2021-550314', motor_theft: 'AU-2023-661203', motor_damage: 'AU-2023-661203', omnium_assignment: 'OM-2022-770456',
};

describe('each declaration type: submitted through the API, summarised in a PDF, confirmed by mail', () => {
  test.each(Object.keys(policyOf) as DeclarationTypeName[])('%s', async (type) => {
    const recipient = `${type}.${randomUUID().slice(0, 8)}@bakkerij-peeters.example`;
    const { data } = fixture(type);
    data.contact = { ...data.contact, email: recipient, language: 'nl' };
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type, policyId: policies[policyOf[type]!], data });
    expect(created.status).toBe(201);
    const photo = await upload(an, created.body.id, type === 'motor_theft' ? 'police_report' : 'photo', [
      type === 'motor_theft' ? { name: 'proces-verbaal.pdf', bytes: pdfBytes, type: 'application/pdf' } : { name: 'schade foto.png', bytes: pngBytes, type: 'image/png' },
    ]);
    expect(photo.status).toBe(201);
    const submitted = await an.post(declarationUrl(an, created.body.id, 'submit'));
    expect(submitted.status).toBe(200);

    const opensAutomatically = type === 'fire' || type === 'collective_hospitalisation';
    const mails = await mailsTo(recipient, opensAutomatically ? 2 : 1);
    expect(mails.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Uw schadeaangifte .+ is goed ontvangen/),
      ...(opensAutomatically ? [`Schadedossier ${submitted.body.claimNumber} geopend`] : []),
    ]);
    expect(mails[0].attachments).toEqual([{ fileName: expect.stringMatching(/^declaration-.+\.pdf$/), contentType: 'application/pdf', sizeBytes: expect.any(Number) }]);
    if (opensAutomatically) expect(await mailText(mails[1].id)).toContain(submitted.body.handler.email);

    const text = await pdfText(await mailAttachment(mails[0].id, 0));
    expect(text).toContain('Schadeaangifte');
    expect(text).toContain('Bakkerij Peeters BV');
    expect(text).toContain(policyOf[type]!);
    expect(text).toContain('18/11/2026'); // the event date, in Belgian format
    expect(text).toContain(data.parties.insured[0].lastName);
    expect(text).toContain(type === 'motor_theft' ? 'proces-verbaal.pdf' : 'schade foto.png');
  });
});

describe('a German contact', () => {
  test('gets the confirmation mail and the attached summary in German', async () => {
    const recipient = `fire.de.${randomUUID().slice(0, 8)}@bakkerij-peeters.example`;
    const { data } = fixture('fire');
    data.contact = { ...data.contact, name: 'Anna Schmitz', email: recipient, language: 'de' };
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', policyId: policies['BR-2017-440978'], data });
    expect(created.status).toBe(201);
    const submitted = await an.post(declarationUrl(an, created.body.id, 'submit'));
    expect(submitted.status).toBe(200);

    const mails = await mailsTo(recipient, 2); // a fire claim opens automatically
    const reference = created.body.id.slice(0, 8).toUpperCase();
    expect(mails.map((mail) => mail.subject)).toEqual([
      `Ihre Schadenmeldung Brand ist bei uns eingegangen (${reference})`,
      `Schadenakte ${submitted.body.claimNumber} eröffnet`,
    ]);
    const confirmation = await mailText(mails[0].id);
    for (const expected of ['Guten Tag Anna Schmitz,', 'Wir haben Ihre Schadenmeldung „Brand“ für Bakkerij Peeters BV am', 'Police: BR-2017-440978',
      `Referenz: ${reference}`, 'Im Anhang finden Sie die Übersicht Ihrer Schadenmeldung als PDF.', 'Mit freundlichen Grüßen']) {
      expect(confirmation).toContain(expected);
    }
    const opened = await mailText(mails[1].id);
    expect(opened).toContain(`wurde als Schadenakte mit der Schadennummer ${submitted.body.claimNumber} eröffnet`);
    expect(opened).toContain('Ihr Sachbearbeiter:');

    const text = await pdfText(await mailAttachment(mails[0].id, 0));
    for (const expected of ['Schadenmeldung – Brand', 'Übersicht Ihrer Schadenmeldung', 'Das Schadenereignis', '18.11.2026', 'Feuerwehr gerufen', 'Kontaktdaten', 'Deutsch']) {
      expect(text).toContain(expected);
    }
  });
});

describe('the PDF summary on request', () => {
  test('speaks the language asked for, with accents intact', async () => {
    const declaration = await createDeclaration(an, 'fire');
    const response = await an.fetch('GET', `${declarationUrl(an, declaration.id, 'summary.pdf')}?language=fr`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Déclaration de sinistre – Incendie');
    expect(text).toContain('Pompiers appelés');
  });
});

describe('attachments', () => {
  test('a file that is not a PDF or picture is refused and nothing is stored', async () => {
    const declaration = await createDeclaration(an, 'liability');
    const reply = await upload(an, declaration.id, 'photo', [{ name: 'invoice.exe', bytes: Buffer.from('MZ\x90\x00binary'), type: 'image/png' }]);
    expect(reply.status).toBe(422);
    expect(reply.body.error.details[0]).toMatchObject({ path: 'files.0', message: expect.stringContaining('only PDF, JPEG, PNG or HEIC') });
    expect(await db('attachments').where({ declarationId: declaration.id })).toHaveLength(0);
  });

  test('a file over 10 MB is refused and nothing is stored', async () => {
    const declaration = await createDeclaration(an, 'liability');
    const big = Buffer.concat([pdfBytes, Buffer.alloc(10 * 1024 * 1024)]);
    const reply = await upload(an, declaration.id, 'photo', [{ name: 'big.pdf', bytes: big, type: 'application/pdf' }]);
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('file_too_large');
    expect(await db('attachments').where({ declarationId: declaration.id })).toHaveLength(0);
  });

  test('an unknown kind of document is named in a 422', async () => {
    const declaration = await createDeclaration(an, 'liability');
    const reply = await upload(an, declaration.id, 'selfie', [{ name: 'x.png', bytes: pngBytes, type: 'image/png' }]);
    expect(reply.status).toBe(422);
    expect(reply.body.error.details[0].path).toBe('kind');
  });

  test('names are sanitised, bytes come back unchanged, and removal works only while a draft', async () => {
    const declaration = await createDeclaration(an, 'liability');
    const added = await upload(an, declaration.id, 'photo', [{ name: '../../etc/Schade "vóór".png', bytes: pngBytes, type: 'image/png' }]);
    expect(added.body.attachments).toEqual([expect.objectContaining({ fileName: 'Schade vóór.png', contentType: 'image/png', sizeBytes: pngBytes.length })]);
    const attachmentId = added.body.attachments[0].id;
    const download = await an.fetch('GET', declarationUrl(an, declaration.id, `attachments/${attachmentId}`));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pngBytes);

    const removed = await an.request('DELETE', declarationUrl(an, declaration.id, `attachments/${attachmentId}`));
    expect(removed.body.attachments).toEqual([]);
    expect(await db('attachments').where({ id: attachmentId })).toHaveLength(0);

    const again = await upload(an, declaration.id, 'photo', [{ name: 'foto.png', bytes: pngBytes, type: 'image/png' }]);
    await an.post(declarationUrl(an, declaration.id, 'submit'));
    const refused = await an.request('DELETE', declarationUrl(an, declaration.id, `attachments/${again.body.attachments[0].id}`));
    expect(refused.status).toBe(409);
    const late = await upload(an, declaration.id, 'photo', [{ name: 'later.png', bytes: pngBytes, type: 'image/png' }]);
    expect(late.status).toBe(409);
    expect(await db('attachments').where({ declarationId: declaration.id })).toHaveLength(1);
  });

  test('a theft without a police report can be saved but not submitted', async () => {
    const declaration = await createDeclaration(an, 'motor_theft');
    const refused = await an.post(declarationUrl(an, declaration.id, 'submit'));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{
      path: 'attachments.police_report', code: 'assessment.document.policeReportRequired', params: {},
      message: 'The police report: without a declaration to the police the insurer does not intervene.',
    }]);
    await upload(an, declaration.id, 'police_report', [{ name: 'pv.pdf', bytes: pdfBytes, type: 'application/pdf' }]);
    expect((await an.post(declarationUrl(an, declaration.id, 'submit'))).status).toBe(200);
  });
});

describe('prefill', () => {
  test('a motor declaration for a policy starts with the insured vehicle, the driver and the contact', async () => {
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', policyId: policies['AU-2023-661203'] });
    expect(reply.body.data).toEqual({
      contact: { name: 'An Peeters', email: demo.an, phone: '+32 475 12 34 56', language: 'nl' },
      damage: {
        vehicle: { licensePlate: '1-ABC-234', vin: 'VF1MA000123456789', make: 'Renault', model: 'Master' },
        driver: { firstName: 'An', lastName: 'Peeters', phone: '+32 475 12 34 56', email: demo.an },
      },
    });
  });

  test('a fire declaration starts with the insured building as the place; what the customer gives wins', async () => {
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
      type: 'fire', policyId: policies['BR-2017-440978'], data: { contact: { phone: '+32 3 000 00 00' } },
    });
    expect(reply.body.data.event).toEqual({ place: { street: 'Kerkstraat 12', postalCode: '2000', city: 'Antwerpen', country: 'BE' } });
    expect(reply.body.data.contact).toEqual({ name: 'An Peeters', email: demo.an, phone: '+32 3 000 00 00', language: 'nl' });
  });
});
