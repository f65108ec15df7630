import type { Knex } from 'knex';
import type { Page } from 'playwright-core';
import { demo, Session, withKey } from '../support/api';
import { type ClaimFileTab, expectAccessible, expectVisible, openClaimFile, openClaimTab, screenshot, sharedBrowser } from '../support/browser';
import { claimUrl, openLiabilityClaim, payeeAccount, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { expectNoUntranslatedKeys } from './untranslated-keys';

const tabs: ClaimFileTab[] = ['overview', 'declaration', 'documents', 'financials', 'diary', 'notes', 'messages', 'deadlines', 'history'];

/** The claim file as the handler's workbench: the header scanned first, one tab per concern, on a 1366×768 laptop. */
describe('Back office: the claim file as a workbench', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session; // Hanne De Smet
  let db: Knex;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
    db = testDatabase();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** A liability claim of Bakkerij Peeters (event on 18/11/2026), accepted, € 500 paid from a € 3.000 reserve, the amount agreed. */
  async function claimWithMoney(): Promise<string> {
    const claimId = await openLiabilityClaim(an, handler);
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'accept' });
    await handler.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 3_000_00, reason: 'Raming herstelling' }, withKey());
    await handler.expect(201, 'POST', claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 500_00, ...payeeAccount }, withKey());
    // The amount agreed today: the payment is due within 30 days, the next deadline.
    await handler.expect(200, 'POST', claimUrl(claimId, 'deadlines/amount-agreed'), { agreedOn: new Date().toISOString().slice(0, 10) });
    await waitUntil(async () => (await handler.get(`/api/backoffice/claims/${claimId}`)).body.nextDeadline);
    return claimId;
  }

  async function onLaptop(claimId: string, tab?: ClaimFileTab) {
    const visitor = await openClaimFile(browser(), demo.handler, claimId, tab);
    await visitor.page.setViewportSize({ width: 1366, height: 768 });
    return visitor;
  }

  /** Nothing wider than the window: the page never scrolls sideways. */
  async function noHorizontalScrolling(page: Page) {
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  }

  test('at 1366×768 the header shows what a handler scans first, and every tab opens without horizontal scrolling, accessible', async () => {
    const claimId = await claimWithMoney();
    const file = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    expect(file).toMatchObject({ policyNumber: 'BA-2019-104512', eventDate: '2026-11-18', daysOpen: 0, nextDeadline: { code: expect.any(String), dueOn: expect.any(String) } });

    const { context, page } = await onLaptop(claimId);
    const fact = (name: string) => page.getByTestId(`header-${name}`);
    await expectVisible(fact('claimNumber').filter({ hasText: file.claimNumber }));
    await expectVisible(fact('customer').filter({ hasText: 'Bakkerij Peeters BV' }));
    await expectVisible(fact('policy').filter({ hasText: 'BA-2019-104512' }));
    await expectVisible(fact('type').filter({ hasText: 'Burgerlijke aansprakelijkheid' }));
    await expectVisible(fact('eventDate').filter({ hasText: '18/11/2026' }));
    await expectVisible(fact('status').filter({ hasText: 'Aanvaard' }));
    await expectVisible(fact('handler').filter({ hasText: 'Hanne De Smet' }));
    await expectVisible(fact('daysOpen').filter({ hasText: /^0 dagen$/ }));
    await expectVisible(fact('nextDeadline').filter({ hasText: /\d{2}\/\d{2}\/\d{4}$/ }));
    await expectVisible(fact('netIncurred').filter({ hasText: /€\s500,00/ }));
    await screenshot(page, 'claim-workbench-overview');

    // Every tab, then back to the overview (which drops the tab from the address).
    for (const tab of [...tabs.slice(1), 'overview' as const]) {
      await openClaimTab(page, tab);
      expect(new URL(page.url()).searchParams.get('tab')).toBe(tab === 'overview' ? null : tab);
      await expectVisible(page.getByRole('tab', { selected: true }));
      await noHorizontalScrolling(page);
      await expectAccessible(page);
      await expectNoUntranslatedKeys(page);
      await screenshot(page, `claim-workbench-${tab}`);
    }
    await context.close();
  }, 180_000); // nine tabs, each checked by axe

  test('the declaration tab reads by the wizard’s steps, labels and values side by side; a reload keeps the tab', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { context, page } = await onLaptop(claimId, 'declaration');
    const step = (name: string) => page.getByRole('region', { name });
    const valueOf = (region: ReturnType<typeof step>, label: string) => region.locator('dt', { hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]');
    await expectVisible(step('Het voorval'));
    await expect(valueOf(step('Het voorval'), 'Datum').innerText()).resolves.toBe('18/11/2026');
    await expect(valueOf(step('Het voorval'), 'Uur').innerText()).resolves.toBe('07:45');
    const parties = step('Betrokken partijen');
    await expectVisible(parties.locator('dt', { hasText: /^Tegenpartij 1$/ }));
    await expect(valueOf(parties, 'Verzekeraar').innerText()).resolves.toBe('AG Insurance');
    await expectVisible(step('De schade'));
    await expectVisible(step('Contactgegevens'));
    // No field paths: the labels stand on their own, next to their values.
    expect(await page.locator('main').innerText()).not.toContain(' › ');
    await screenshot(page, 'claim-workbench-declaration');
    await expectAccessible(page);

    await page.reload();
    await expectVisible(page.getByRole('tab', { name: 'Aangifte', selected: true }));
    await expectVisible(step('Het voorval'));
    await context.close();
  });

  test('a claim whose cover could not be verified shows it among the header’s flags, worded with its findings', async () => {
    const claimId = await openLiabilityClaim(an, handler, { withPolicy: false });
    // The cover is checked as the claim's process sets up, a moment after the opening.
    const flags = await waitUntil(async () => {
      const { body } = await handler.get(`/api/backoffice/claims/${claimId}`);
      return body.flags.length > 0 && body.flags;
    });
    expect(flags).toContainEqual({ code: 'coverage_unverified', params: { findings: expect.any(Number) } });
    const { context, page } = await onLaptop(claimId);
    await expectVisible(page.getByTestId('claim-flag-coverage_unverified').filter({ hasText: /^Dekking niet geverifieerd \(bevindingen: \d+\)$/ }));
    await expectVisible(page.getByTestId('header-policy').filter({ hasText: '—' }));
    await expectNoUntranslatedKeys(page);
    await context.close();
  });

  test('a handler adds an expert report to the claim and opens it in the browser; its reading is in the audit log', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { context, page } = await onLaptop(claimId, 'documents');
    await expectVisible(page.getByTestId('claim-header'));
    const mine = page.getByRole('region', { name: 'Documenten van de behandelaar' });
    await expectVisible(mine.getByText('Geen documenten.'));
    const pdf = Buffer.from('%PDF-1.4\n% expertiseverslag\n%%EOF\n');
    await mine.getByTestId('claim-document-input').setInputFiles({ name: 'expertise gevel.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expectVisible(mine.getByRole('status').filter({ hasText: '1 document toegevoegd.' }));
    const link = mine.getByRole('link', { name: 'expertise gevel.pdf' });
    await expectVisible(link);
    await expectVisible(mine.locator('[data-testid^="claim-document-"]').filter({ hasText: 'Expertiseverslag' }).filter({ hasText: 'Hanne De Smet' }));
    expect(await link.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'claim-workbench-documents');
    await expectAccessible(page);

    const opened = await page.request.get((await link.getAttribute('href'))!);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(opened.headers()['content-disposition']).toMatch(/^inline;/);
    expect(await opened.body()).toEqual(pdf);
    await context.close();

    const file = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    expect(file.uploads).toEqual([expect.objectContaining({ kind: 'expert_report', fileName: 'expertise gevel.pdf', uploadedBy: expect.objectContaining({ name: 'Hanne De Smet' }) })]);
    const [added] = await db('auditLog').where({ action: 'claim_document_added', subjectId: claimId });
    expect(added.details).toMatchObject({ kind: 'expert_report', fileName: 'expertise gevel.pdf' });
    const [read] = await db('auditLog').where({ action: 'read', subjectId: claimId }).whereRaw("details->>'what' = 'claim_document'");
    expect(read.details).toMatchObject({ fileName: 'expertise gevel.pdf', role: 'handler' });
  });

  test('a file that is not a PDF or an image is refused, and nothing is stored; a customer cannot add documents to the file', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const accepted = new FormData();
    accepted.append('kind', 'quote');
    accepted.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'bestek.pdf');
    const stored = await handler.request('POST', claimUrl(claimId, 'documents'), accepted, withKey('bestek-1'));
    expect([stored.status, stored.body]).toEqual([201, [expect.objectContaining({ kind: 'quote', fileName: 'bestek.pdf' })]]);
    // Sent again with the same key (an unknown outcome): stored once.
    const again = await handler.request('POST', claimUrl(claimId, 'documents'), accepted, withKey('bestek-1'));
    expect([again.status, again.body.length]).toEqual([201, 1]);
    const form = new FormData();
    form.append('kind', 'invoice');
    form.append('files', new Blob(['just text']), 'factuur.txt');
    const refused = await handler.request('POST', claimUrl(claimId, 'documents'), form);
    expect(refused.status).toBe(422);
    expect((await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`)).uploads).toHaveLength(1);
    const customer = await an.request('POST', claimUrl(claimId, 'documents'), (() => {
      const upload = new FormData();
      upload.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'x.pdf');
      return upload;
    })());
    expect(customer.status).toBe(403);
  });
});
