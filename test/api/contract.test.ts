import type { z } from 'zod';
import { workflowPage } from '../../contract/audit';
import { claimDetail, claimFile, claimPage, queuePage, staff } from '../../contract/claims';
import { declarationDetail, declarationPage, declarationTypeInfos } from '../../contract/declarations';
import { messages } from '../../contract/messages';
import { payment, payments, reserveChanged, reserves } from '../../contract/money';
import { policyPage } from '../../contract/policies';
import { me, organisation } from '../../contract/session';
import { demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';

let an: Session;
let handler: Session;
let auditor: Session;

beforeAll(async () => {
  [an, handler, auditor] = await Promise.all([demo.an, demo.handler, demo.auditor].map((email) => Session.login(email)));
});

/** The answer, read back through its contract: a field missing or of another shape fails with its path. */
/** Every POST carries an Idempotency-Key, as the UI's forms send one (money commands require it). */
async function answerOf<S extends z.ZodType>(session: Session, schema: S, method: 'GET' | 'POST', url: string, body?: unknown): Promise<z.output<S>> {
  const reply = await session.request(method, url, body, method === 'POST' ? withKey() : {});
  expect(reply.status).toBeLessThan(300);
  const parsed = schema.safeParse(reply.body);
  if (!parsed.success) throw new Error(`${method} ${url} breaks its contract:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  return parsed.data;
}

describe('one contract from server to screen', () => {
  test('the OpenAPI document describes the answers of the main routes', async () => {
    const document = (await Session.anonymous().get('/api/openapi.json')).body;
    const answer = (method: string, path: string) => {
      const responses = document.paths[path]?.[method]?.responses ?? {};
      const success = Object.entries(responses).find(([status]) => status.startsWith('2'))?.[1] as { content?: Record<string, { schema: unknown }> } | undefined;
      return success?.content?.['application/json']?.schema as { type?: string; properties?: Record<string, unknown> } | undefined;
    };
    const main: [string, string][] = [
      ['get', '/api/auth/me'], ['get', '/api/organisations/{orgId}'], ['get', '/api/organisations/{orgId}/policies'],
      ['get', '/api/organisations/{orgId}/claims'], ['get', '/api/organisations/{orgId}/claims/{id}'],
      ['get', '/api/organisations/{orgId}/declarations'], ['post', '/api/organisations/{orgId}/declarations'],
      ['get', '/api/organisations/{orgId}/claims/{id}/messages'], ['get', '/api/declaration-types'],
      ['get', '/api/backoffice/claims'], ['get', '/api/backoffice/claims/{id}'], ['post', '/api/backoffice/declarations/{id}/decision'],
      ['get', '/api/backoffice/claims/{id}/reserves'], ['post', '/api/backoffice/claims/{id}/payments'], ['get', '/api/backoffice/claims/{id}/payment-schedules'],
      ['get', '/api/backoffice/messages'], ['get', '/api/organisations/{orgId}/hospitalisation/changes'], ['get', '/api/backoffice/hospitalisation-changes'],
      ['get', '/api/audit/workflows'], ['get', '/api/audit/workflows/{workflowId}/timeline'], ['get', '/api/audit/log'],
    ];
    const undescribed = main.filter(([method, path]) => !answer(method, path)).map(([method, path]) => `${method} ${path}`);
    expect(undescribed).toEqual([]);
    expect(Object.keys(answer('get', '/api/organisations/{orgId}/claims')!.properties!)).toEqual(['items', 'total', 'page', 'pageSize']);
    expect(answer('get', '/api/backoffice/claims/{id}/reserves')!.properties).toHaveProperty('totals');
    expect(document.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(['code', 'message']));
  });

  test("a customer's answers keep their contract: session, my data, policies, claims, a declaration and its messages", async () => {
    const org = `/api/organisations/${an.activeOrganisationId}`;
    expect((await answerOf(an, me, 'GET', '/api/auth/me')).user.email).toBe(demo.an);
    await answerOf(an, organisation, 'GET', org);
    expect((await answerOf(an, policyPage, 'GET', `${org}/policies`)).total).toBeGreaterThan(0);
    await answerOf(an, declarationTypeInfos, 'GET', '/api/declaration-types');
    const created = await answerOf(an, declarationDetail, 'POST', `${org}/declarations`, fixture('liability'));
    expect(created.status).toBe('draft');
    await answerOf(an, declarationPage, 'GET', `${org}/declarations`);
    expect((await answerOf(an, declarationDetail, 'POST', `${org}/declarations/${created.id}/submit`, {})).status).toBe('submitted');
    const claims = await answerOf(an, claimPage, 'GET', `${org}/claims`);
    expect(claims.items.map((claim) => claim.id)).toContain(created.id);
    await answerOf(an, claimDetail, 'GET', `${org}/claims/${created.id}`);
    await answerOf(an, messages, 'GET', `${org}/claims/${created.id}/messages`);
  });

  test("the back office's answers keep their contract: queue, claim file, handlers, reserves and payments; the auditor's search", async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await answerOf(handler, queuePage, 'GET', '/api/backoffice/claims');
    const file = await answerOf(handler, claimFile, 'GET', `/api/backoffice/claims/${claimId}`);
    expect(file.status).toBe('in_handling');
    await answerOf(handler, staff, 'GET', '/api/backoffice/handlers');
    const changed = await answerOf(handler, reserveChanged, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Eerste raming' });
    expect(changed.totals.indemnity.reserveCents).toBe(1_000_00);
    await answerOf(handler, reserves, 'GET', claimUrl(claimId, 'reserves'));
    await answerOf(handler, payment, 'POST', claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 200_00, ...payeeAccount });
    expect((await answerOf(handler, payments, 'GET', claimUrl(claimId, 'payments')))[0].amountCents).toBe(200_00);
    await answerOf(auditor, workflowPage, 'GET', '/api/audit/workflows');
  });
});
