import type { Browser, Page } from 'playwright-core';
import { demo } from '../support/api';
import { choose, expectAccessible, expectVisible, gridColumn, launchBrowser, logIn, newVisitor, screenshot } from '../support/browser';
import { eventually } from '../support/eventually';

describe('My policies', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newVisitor(browser));
    await logIn(page, demo.an); // Bakkerij Peeters, her default profile: nine policies, two of them motor
    await page.waitForURL('**/my-data');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openPolicies = async () => {
    await page.goto('/policies');
    await expectVisible(page.locator('.MuiDataGrid-row').first());
  };

  test('the grid sorts and filters on the server, and the CSV export carries the same filter and sort', async () => {
    await openPolicies();
    expect((await gridColumn(page, 'policyNumber'))[0]).toBe('AO-2018-330145');

    const sorted = page.waitForResponse((response) => response.url().includes('sort=policyNumber%3Adesc'));
    await page.getByRole('columnheader', { name: 'Polisnummer' }).click();
    await sorted;
    await eventually(async () => expect((await gridColumn(page, 'policyNumber'))[0]).toBe('VI-2024-880123'));

    const filtered = page.waitForResponse((response) => response.url().includes('motor=only'));
    await choose(page, 'Auto', 'Enkel auto');
    await filtered;
    await eventually(async () => expect(await gridColumn(page, 'policyNumber')).toEqual(['AU-2023-661203', 'AU-2016-661877']));
    // The pager speaks Dutch too.
    await expectVisible(page.locator('.MuiTablePagination-displayedRows').filter({ hasText: /^1–2 van 2$/ }));
    await expectVisible(page.getByText('Rijen per pagina:'));
    await screenshot(page, 'my-policies-motor-only');

    const csvUrl = await page.getByTestId('csv-export').getAttribute('href');
    expect(csvUrl).toContain('motor=only');
    expect(csvUrl).toContain('sort=policyNumber%3Adesc');
    expect(csvUrl).toContain('format=csv');
    const csv = await (await page.request.get(csvUrl!)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3); // the header and the two motor policies
    expect(lines[1]).toContain('AU-2023-661203');
  });

  test('a policy’s documents open from its row, each a PDF in the portal’s language', async () => {
    await openPolicies();
    await page.getByRole('button', { name: 'Documenten van polis AU-2023-661203' }).click();
    const dialog = page.getByRole('dialog', { name: 'Documenten van polis AU-2023-661203' });
    await expectVisible(dialog.getByRole('link').first());
    await screenshot(page, 'policy-documents');
    await expectAccessible(page);
    const href = await dialog.getByRole('link', { name: 'Groene kaart' }).getAttribute('href');
    expect(href).toMatch(/\/documents\/[a-z_]+.*language=nl$/);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  test('My policies has no serious accessibility problems', async () => {
    await openPolicies();
    await expectAccessible(page);
  });
});
