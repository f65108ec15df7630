import type { Browser, Page } from 'playwright-core';
import { createDeclaration, declarationUrl, demo, Session, withKey } from '../support/api';
import { expectAccessible, expectVisible, launchBrowser, logIn, newVisitor, screenshot } from '../support/browser';
import { claimUrl, openLiabilityClaim, payeeAccount, waitUntil } from '../support/claims';
import { eventually } from '../support/eventually';

/** The staff's screens: the handler's queue and claim file, the senior handler's approvals, the auditor's timeline and replay. */
describe('Back office and audit', () => {
  let browser: Browser;
  let an: Session;
  let handler: Session;
  beforeAll(async () => {
    browser = await launchBrowser();
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const statusShows = (page: Page, status: string) => expectVisible(page.getByTestId('claim-status').filter({ hasText: status }));

  test('a handler opens a submitted declaration from the queue, starts handling, accepts under reservation, then accepts', async () => {
    const declaration = await createDeclaration(an, 'liability');
    await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await expectVisible(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 }));
    await page.goto('/backoffice/claims?status=submitted&sort=submittedAt:desc');
    const row = page.locator(`.MuiDataGrid-row[data-id="${declaration.id}"]`);
    await expectVisible(row);
    await screenshot(page, 'backoffice-queue');
    await expectAccessible(page);
    await row.getByRole('link', { name: 'Aangifte openen' }).click();

    await statusShows(page, 'Verstuurd');
    await screenshot(page, 'backoffice-claim-file-submitted');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Behandeling starten' }).click();
    await statusShows(page, 'In behandeling');
    await expectVisible(page.getByRole('heading', { name: /^Schadedossier \S+/, level: 1 }));

    await page.getByRole('button', { name: 'Aanvaarden onder voorbehoud' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reden').fill('Het bestek van de herstelling ontbreekt');
    await dialog.getByLabel('Ontbrekende stukken (één per regel)').fill('Bestek van de herstelling');
    await screenshot(page, 'backoffice-reserve-dialog');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await statusShows(page, 'Onder voorbehoud');
    await expectVisible(page.getByTestId('claim-decision').filter({ hasText: 'Bestek van de herstelling' }));

    await page.getByRole('button', { name: 'Aanvaarden', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await statusShows(page, 'Aanvaard');
    await expectVisible(page.getByRole('button', { name: 'Dossier afsluiten' }));
    await screenshot(page, 'backoffice-claim-file-accepted');
    await expectAccessible(page);
    await context.close();
  });

  test('a senior handler approves, from the approvals inbox, a payment above the handler’s limit', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await handler.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 800_000, reason: 'Herstelling van de gevel' }, withKey());
    const payment = await handler.expect(201, 'POST', claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 800_000, ...payeeAccount }, withKey());
    expect(payment.status).toBe('awaiting_approval');

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.senior);
    await page.waitForURL('**/backoffice/claims');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Goed te keuren betalingen' }).click();
    const row = page.getByTestId(`payment-${payment.id}`);
    await expectVisible(row.filter({ hasText: /€\s8\.000,00/ }));
    await screenshot(page, 'backoffice-approvals');
    await expectAccessible(page);
    await row.getByRole('button', { name: 'Goedkeuren' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: /Betaling van €\s8\.000,00 goedgekeurd/ }));
    await row.waitFor({ state: 'detached' });
    await screenshot(page, 'backoffice-approved');
    await waitUntil(async () => (await handler.get(claimUrl(claimId, 'payments'))).body.find((p: { id: string; status: string }) => p.id === payment.id && p.status === 'approved'));
    await context.close();
  });

  test('an auditor finds a declaration’s workflow, opens its timeline and replays it: deterministic', async () => {
    // A fire declaration opens at submit; accepted, its workflow completes.
    const declaration = await createDeclaration(an, 'fire');
    await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${declaration.id}/decision`, { decision: 'accept' });
    const auditor = await Session.login(demo.auditor);
    // Running workflows are listed before closed ones, so look among the completed: the newest closed comes first.
    const search = `/api/audit/workflows?type=declarationWorkflow&status=completed&organisationId=${an.activeOrganisationId}&pageSize=10`;
    await eventually(async () => expect((await auditor.get(search)).body.items.map((item: { workflowId: string }) => item.workflowId)).toContain(declaration.workflowId), 20_000);

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.auditor);
    await page.waitForURL('**/audit/workflows');
    await page.getByTestId('filter-organisation').fill(an.activeOrganisationId!);
    await page.getByRole('combobox', { name: /^Soort/ }).click();
    await page.getByRole('option', { name: 'declarationWorkflow', exact: true }).click();
    await page.waitForURL(/type=declarationWorkflow/);
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Voltooid', exact: true }).click();
    await page.waitForURL(/status=completed/);
    await page.waitForURL(/organisationId=/);
    // Other tests' drafts keep expiring into this organisation's completed workflows: a page of 100 keeps ours on it.
    await page.goto(`${page.url()}&pageSize=100`);
    const link = page.getByRole('link', { name: declaration.workflowId, exact: true });
    await expectVisible(link);
    expect(await page.getByRole('link', { name: `Openen in Temporal Web UI: ${declaration.workflowId}` }).getAttribute('href'))
      .toMatch(new RegExp(`/namespaces/claims/workflows/${declaration.workflowId}$`));
    await screenshot(page, 'audit-workflows');
    await expectAccessible(page);
    await link.click();

    await expectVisible(page.getByRole('heading', { name: `Tijdlijn ${declaration.workflowId}`, level: 1 }));
    const entries = page.locator('li .MuiAccordionSummary-root');
    await expectVisible(entries.first());
    await entries.first().click();
    await expectVisible(page.getByText('Ruwe gebeurtenis #1', { exact: true }));
    expect(await page.getByText(/^Ruwe gebeurtenis #/).count()).toBe(1); // the others stay closed
    expect(await page.getByTestId('export-json').getAttribute('href')).toMatch(/\/timeline\?format=json$/);
    await screenshot(page, 'audit-timeline');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Opnieuw afspelen' }).click();
    await expectVisible(page.getByTestId('replay-verdict').filter({ hasText: 'Deterministisch' }));
    await screenshot(page, 'audit-replay');
    await expectAccessible(page);
    await context.close();
  });
});
