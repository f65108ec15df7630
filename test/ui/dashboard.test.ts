import fs from 'node:fs';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { openLiabilityClaim, policyOf, waitUntil } from '../support/claims';
import { parseCsv } from '../support/csv';

/** The manager's view: a senior handler opens the dashboard, reads charts and tables, filters a product line, downloads a CSV. */
describe('Back office: the dashboard for senior handlers', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;

  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
    await openLiabilityClaim(an, handler);
    // A fire declaration opens its claim on submit.
    const fire = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: fixture('fire').data, policyId: await policyOf(an, 'fire') });
    await an.expect(200, 'POST', declarationUrl(an, fire.body.id, 'submit'));
    await waitUntil(async () => (await handler.get(`/api/backoffice/claims/${fire.body.id}`)).body.claim);
  });

  test('the senior handler opens the dashboard from the menu, filters the fire claims and downloads the backlog as CSV', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.senior);
    await page.waitForURL('**/backoffice/claims');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL('**/backoffice/dashboard');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Dashboard' }));

    const backlog = page.getByRole('region', { name: 'Openstaande schadegevallen per productlijn' });
    await expectVisible(backlog.locator('svg').first()); // the chart
    const table = backlog.getByRole('table', { name: 'Openstaande schadegevallen per productlijn' });
    await expectVisible(table.getByRole('columnheader', { name: '0–7 dagen' }));
    await expectVisible(table.getByRole('cell', { name: 'Burgerlijke aansprakelijkheid' }));
    await expectVisible(table.getByRole('cell', { name: 'Brand' }));
    for (const title of ['Doorlooptijden', 'Wettelijke termijnen', 'Reserves, betalingen en verhaal per maand', 'Werklast per dossierbeheerder', 'Doorverwijzingen voor fraudeonderzoek']) {
      await expectVisible(page.getByRole('region', { name: title }).getByRole('link', { name: `CSV downloaden: ${title}` }));
    }
    await expectAccessible(page);
    await screenshot(page, 'dashboard-senior');

    await choose(page, 'Productlijn', 'Brand');
    await page.waitForURL('**/backoffice/dashboard?productLine=fire');
    await table.getByRole('cell', { name: 'Burgerlijke aansprakelijkheid' }).waitFor({ state: 'detached' });
    await expectVisible(table.getByRole('cell', { name: 'Brand' }));
    await expectAccessible(page);

    const link = backlog.getByRole('link', { name: 'CSV downloaden: Openstaande schadegevallen per productlijn' });
    expect(await link.getAttribute('href')).toBe('/api/backoffice/dashboard/backlog-by-product-line.csv?productLine=fire&language=nl');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('dashboard-backlog-by-product-line.csv');
    const rows = parseCsv(fs.readFileSync(await download.path(), 'utf8'));
    expect(rows[0]).toEqual(['Productlijn', '0–7 dagen', '8–30 dagen', '31–90 dagen', 'Meer dan 90 dagen', 'Totaal']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Brand']);
    const shown = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(rows[1]).toEqual(shown);
    await context.close();
  });
});
