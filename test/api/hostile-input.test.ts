import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';

/**
 * Issue 9: text a database cannot store (NUL, lone UTF-16 surrogates), filters that reached SQL
 * unchecked and JSON nested without end once froze workflows or answered 500. Each is refused up front,
 * naming what is wrong, and leaves the declaration or claim as it was.
 */
let an: Session;
let handler: Session;
let auditor: Session;
let claim: { id: string; claimNumber: string; handler: { email: string } };

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';

beforeAll(async () => {
  [an, auditor] = await Promise.all([Session.login(demo.an), Session.login(demo.auditor)]);
  const fire = await createDeclaration(an, 'fire');
  claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
  handler = await Session.login(claim.handler.email); // fire claims go to the least busy handler
});

const expectRefusal = (reply: { status: number; body: any }, status: number, code: string) => {
  expect(reply.status).toBe(status);
  expect(reply.body).toMatchObject({ error: { code, message: expect.any(String) } });
};
const fieldsNamed = (reply: { body: any }) => reply.body.error.details.map((detail: { path: string }) => detail.path);

describe('text a database cannot store is refused with 422, naming the field', () => {
  test.each([['NUL', NUL], ['a lone surrogate', LONE_SURROGATE], ['an escape character', '\u001b[2J']])(
    "%s in a draft's event description: 422 on event.description, and the draft still saves at the same version",
    async (_name, character) => {
      const draft = await createDeclaration(an, 'liability');
      const data = fixture('liability').data;
      const hostile = { ...data, event: { ...data.event, description: `Waterschade in de keuken${character} van de bakkerij` } };

      const refused = await an.put(declarationUrl(an, draft.id, 'draft'), { data: hostile, step: 1, version: draft.version });
      expectRefusal(refused, 422, 'validation_failed');
      expect(fieldsNamed(refused)).toContain('event.description');

      const saved = await an.put(declarationUrl(an, draft.id, 'draft'), { data, step: 2, version: draft.version });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: draft.version + 1, step: 2 });
    },
  );

  test('a new declaration with NUL in a witness name is refused, naming the field', async () => {
    const data = fixture('liability').data;
    const witness = { firstName: `Piet${NUL}`, lastName: 'Pieters' };
    const refused = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
      type: 'liability', data: { ...data, parties: { ...data.parties, witnesses: [witness] } },
    });
    expectRefusal(refused, 422, 'validation_failed');
    expect(fieldsNamed(refused)).toContain('data.parties.witnesses.0.firstName');
  });

  test("NUL in a claim message's body and subject: 422 naming each; a clean message then goes through", async () => {
    const form = new FormData();
    form.append('subject', `Expertise${NUL}`);
    form.append('body', `Wanneer komt de expert${NUL}?`);
    const threadUrl = `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`;
    const refused = await an.request('POST', threadUrl, form);
    expectRefusal(refused, 422, 'validation_failed');
    expect(fieldsNamed(refused).sort()).toEqual(['body', 'subject']);

    const clean = new FormData();
    clean.append('body', 'Wanneer komt de expert?');
    expect((await an.request('POST', threadUrl, clean)).status).toBe(201);
  });

  test.each([['NUL', NUL], ['a lone surrogate', LONE_SURROGATE]])("%s in a handler's reply: 422 on body; the reply then goes through", async (_name, character) => {
    const form = new FormData();
    form.append('body', 'Is het dossier volledig?');
    const sent = await an.request('POST', `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`, form);
    expect(sent.status).toBe(201);

    const refused = await handler.post(`/api/backoffice/messages/${sent.body.id}/reply`, { body: `Ja${character}, het is volledig.` });
    expectRefusal(refused, 422, 'validation_failed');
    expect(fieldsNamed(refused)).toEqual(['body']);

    const answered = await handler.post(`/api/backoffice/messages/${sent.body.id}/reply`, { body: 'Ja, het is volledig.' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', reply: { body: 'Ja, het is volledig.' } });
  });

  test('NUL in a decision reason and in a missing item: 422 naming both', async () => {
    const refused = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, {
      decision: 'reserve', reason: `PV ontbreekt${NUL}`, missing: ['Kopie van het proces-verbaal', `Foto's${LONE_SURROGATE}`],
    });
    expectRefusal(refused, 422, 'validation_failed');
    expect(fieldsNamed(refused).sort()).toEqual(['missing.1', 'reason']);
  });
});

describe('list filters that are malformed answer 400, never 500', () => {
  const org = () => an.activeOrganisationId;
  test.each([
    ['claims, free text', () => `/api/organisations/${org()}/claims?q=%00`],
    ['claims, claim number', () => `/api/organisations/${org()}/claims?claimNumber=2026%00`],
    ['claims, free text with an escape', () => `/api/organisations/${org()}/claims?q=%1B`],
    ['policies, policy number', () => `/api/organisations/${org()}/policies?policyNumber=%00`],
    ['policy documents, title', () => `/api/organisations/${org()}/policies/00000000-0000-4000-8000-000000000000/documents?q=%00`],
  ])('%s', async (_name, url) => {
    expectRefusal(await an.get(url()), 400, 'malformed_request');
  });

  test.each(['action', 'subjectType', 'subjectId'])("the audit log's %s filter", async (filter) => {
    const reply = await auditor.get(`/api/audit/log?${filter}=x%00y`);
    expectRefusal(reply, 400, 'malformed_request');
    expect(fieldsNamed(reply)).toEqual([filter]);
  });

  test('the dev mailbox by recipient', async () => {
    expectRefusal(await Session.anonymous().get('/api/dev/mails?to=a%00b'), 400, 'malformed_request');
  });

  test.each(['%25', 'nobody', '%00', '00000000-0000-0000-0000-00000000000g'])("the work queue's assignee=%s is a handler's id, 'me' or 'unassigned'", async (assignee) => {
    const reply = await handler.get(`/api/backoffice/claims?assignee=${assignee}`);
    expectRefusal(reply, 400, 'malformed_request');
    expect(fieldsNamed(reply)).toEqual(['assignee']);
  });

  test("the work queue's assignee still takes me, unassigned and a handler's id", async () => {
    // Every page of the queue: other suites on this system assign many claims to the same handler.
    const idsOf = async (assignee: string) => {
      const ids: string[] = [];
      for (let page = 1; ; page += 1) {
        const reply = await handler.get(`/api/backoffice/claims?assignee=${assignee}&pageSize=200&page=${page}`);
        expect(reply.status).toBe(200);
        ids.push(...reply.body.items.map((item: { id: string }) => item.id));
        if (ids.length >= reply.body.total || reply.body.items.length === 0) return ids;
      }
    };
    expect(await idsOf('me')).toContain(claim.id);
    expect((await handler.get('/api/backoffice/claims?assignee=unassigned')).status).toBe(200);
    expect(await idsOf(handler.me.user.id)).toContain(claim.id);
  });
});

test.each(['%E0%A4%A', '%ED%A0%80', '%00', 'x%1By'])('a path segment %s that does not decode to clean text is malformed: 400', async (segment) => {
  const reply = await handler.get(`/api/backoffice/claims/${segment}/payments`);
  expectRefusal(reply, 400, 'malformed_request');
});

describe('JSON nested without end', () => {
  const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

  test('a draft whose data nests 10,000 levels deep is refused with a 4xx and the error format; the draft still saves', async () => {
    const draft = await createDeclaration(an, 'liability');
    const body = `{"data":{"event":${nested(10_000)}},"step":1,"version":${draft.version}}`;
    const reply = await an.request('PUT', declarationUrl(an, draft.id, 'draft'), body);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });

    const saved = await an.put(declarationUrl(an, draft.id, 'draft'), { data: fixture('liability').data, step: 2, version: draft.version });
    expect(saved.status).toBe(200);
  });

  test('a new declaration whose data nests 10,000 levels deep is refused with a 4xx', async () => {
    const body = `{"type":"liability","data":{"event":${nested(10_000)}}}`;
    const reply = await an.request('POST', `/api/organisations/${an.activeOrganisationId}/declarations`, body);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});

describe('sizes a real declaration never reaches are refused before they reach the workflow', () => {
  test('51 witnesses are more than any declaration names: 422 on the witnesses list', async () => {
    const draft = await createDeclaration(an, 'liability');
    const data = fixture('liability').data;
    const witness = { firstName: 'Piet', lastName: 'Pieters', statement: 'Ik zag de bestelwagen achteruit rijden.' };
    const reply = await an.put(declarationUrl(an, draft.id, 'draft'), {
      data: { ...data, parties: { ...data.parties, witnesses: Array.from({ length: 51 }, () => witness) } }, step: 2, version: draft.version,
    });
    expectRefusal(reply, 422, 'validation_failed');
    expect(fieldsNamed(reply)).toEqual(['parties.witnesses']);
  });

  test('a witness statement of 2,001 characters: 422 on that statement', async () => {
    const draft = await createDeclaration(an, 'liability');
    const data = fixture('liability').data;
    const reply = await an.put(declarationUrl(an, draft.id, 'draft'), {
      data: { ...data, parties: { ...data.parties, witnesses: [{ firstName: 'Piet', lastName: 'Pieters', statement: 'x'.repeat(2001) }] } }, step: 2, version: draft.version,
    });
    expectRefusal(reply, 422, 'validation_failed');
    expect(fieldsNamed(reply)).toEqual(['parties.witnesses.0.statement']);
  });

  test('every text, list and free-form object a request may carry has a maximum in the OpenAPI document', async () => {
    const openApi = (await an.get('/api/openapi.json')).body;
    const unbounded: string[] = [];
    const walk = (schema: any, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(option, where);
      // Uploaded files (binary) are bounded by the upload's own size limit (413), not as text.
      const boundedOtherwise = schema.enum || 'const' in schema || ['uuid', 'date', 'date-time', 'binary'].includes(schema.format);
      if (schema.type === 'string' && schema.maxLength === undefined && !boundedOtherwise) unbounded.push(`${where}: text`);
      if (schema.type === 'array' && schema.maxItems === undefined) unbounded.push(`${where}: list`);
      if (schema.type === 'object' && !schema.properties && schema.additionalProperties !== false && schema.maxProperties === undefined) unbounded.push(`${where}: object`);
      for (const [name, property] of Object.entries(schema.properties ?? {})) walk(property, `${where}.${name}`);
      walk(schema.items, `${where}[]`);
      walk(schema.additionalProperties, `${where}{}`);
    };
    for (const [path, methods] of Object.entries<Record<string, any>>(openApi.paths)) {
      // Temporal's codec-server protocol carries payload bytes as base64: bounded by the body limit, not by field.
      if (path.startsWith('/api/codec/')) continue;
      for (const [method, operation] of Object.entries<any>(methods)) {
        for (const parameter of operation.parameters ?? []) walk(parameter.schema, `${method} ${path} ${parameter.name}`);
        for (const content of Object.values<any>(operation.requestBody?.content ?? {})) walk(content.schema, `${method} ${path} body`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  test('the JSON Schemas the UI and OpenAPI read show the maximum of every list and text', async () => {
    const types = (await an.get('/api/declaration-types')).body as { type: string; schema: any }[];
    const liability = types.find((entry) => entry.type === 'liability')!.schema;
    expect(liability.properties.parties.properties.witnesses.maxItems).toEqual(expect.any(Number));
    expect(liability.properties.event.properties.description.maxLength).toEqual(expect.any(Number));
    const openApi = (await an.get('/api/openapi.json')).body;
    const draftSave = openApi.paths['/api/organisations/{orgId}/declarations/{id}/draft'].put.requestBody.content['application/json'].schema;
    expect(draftSave.properties.data.maxProperties).toEqual(expect.any(Number));
    const reply = openApi.paths['/api/backoffice/messages/{id}/reply'].post.requestBody.content['application/json'].schema;
    expect(reply.properties.body.maxLength).toBe(10_000);
  });
});
