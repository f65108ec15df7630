import { demo, Session } from '../support/api';

test('the audit log is queryable by action, subject, organisation and period, newest first', async () => {
  const [senior, jan, auditor] = await Promise.all([demo.senior, demo.jan, demo.auditor].map((email) => Session.login(email)));
  const from = new Date(Date.now() - 1000).toISOString();
  const accessUrl = `/api/admin/organisations/${jan.activeOrganisationId}/users/${jan.me.user.id}/access`;
  // Jan's limited access confirmed twice: two entries, and nothing changes for Jan.
  for (let i = 0; i < 2; i++) expect((await senior.put(accessUrl, { accessLevel: 'limited' })).status).toBe(200);

  const filters = `action=portal_access_changed&subjectType=user&subjectId=${jan.me.user.id}&organisationId=${jan.activeOrganisationId}&from=${encodeURIComponent(from)}`;
  const reply = await auditor.get(`/api/audit/log?${filters}`);
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
  expect(reply.body.items[0]).toMatchObject({
    actor: { id: senior.me.user.id, name: senior.me.user.fullName }, action: 'portal_access_changed',
    subject: { type: 'user', id: jan.me.user.id }, organisationId: jan.activeOrganisationId,
    details: { email: demo.jan, from: 'limited', to: 'limited' },
  });
  const [newest, older] = reply.body.items;
  expect(newest.at >= older.at && newest.id > older.id).toBe(true);

  const paged = await auditor.get(`/api/audit/log?${filters}&pageSize=1&page=2`);
  expect(paged.body.items.map((entry: { id: number }) => entry.id)).toEqual([older.id]);
  const otherAction = await auditor.get(`/api/audit/log?action=payment_approved&subjectId=${jan.me.user.id}`);
  expect(otherAction.body.total).toBe(0);
  const before = await auditor.get(`/api/audit/log?subjectId=${jan.me.user.id}&to=${encodeURIComponent(from)}&action=portal_access_changed&organisationId=${jan.activeOrganisationId}`);
  expect(before.body.items.map((entry: { id: number }) => entry.id)).not.toContain(newest.id);
});

test('a malformed audit log filter is a 400 that names it', async () => {
  const auditor = await Session.login(demo.auditor);
  for (const [parameter, query] of [['organisationId', 'organisationId=42'], ['from', 'from=last-week'], ['page', 'page=0']]) {
    const reply = await auditor.get(`/api/audit/log?${query}`);
    expect([parameter, reply.status]).toEqual([parameter, 400]);
    expect(reply.body.error.details.map((problem: { path: string }) => problem.path)).toContain(parameter);
  }
});
