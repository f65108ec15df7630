import type { Browser } from 'playwright-core';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, gridColumn, launchBrowser, logIn, newVisitor, screenshot } from '../support/browser';
import { eventually } from '../support/eventually';

describe('My claims and limited access', () => {
  let browser: Browser;
  let claimNumber: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    // A fire declaration opens its claim at submit: claim number and handler at once.
    const an = await Session.login(demo.an);
    const draft = await createDeclaration(an, 'fire');
    claimNumber = (await an.expect(200, 'POST', declarationUrl(an, draft.id, 'submit'))).claimNumber;
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a limited-access user has no My policies or Declare in the menu, and the server refuses My policies opened directly', async () => {
    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.jan);
    await page.waitForURL('**/my-data');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expectVisible(menu.getByRole('link', { name: 'Groepshospitalisatie' })); // Jan is a titularis of the group policy
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Mijn gegevens', 'Mijn schadegevallen', 'Groepshospitalisatie']);
    await page.goto('/policies');
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Uw toegang tot Bakkerij Peeters BV is beperkt tot Mijn gegevens en Mijn schadegevallen.' }));
    await screenshot(page, 'limited-access-policies-refused');
    // Declare, opened by its address, shows the same refusal and no form.
    await page.goto('/declare');
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Uw toegang tot Bakkerij Peeters BV is beperkt tot Mijn gegevens en Mijn schadegevallen.' }));
    expect(await page.getByRole('radio').count()).toBe(0);
    await screenshot(page, 'limited-access-declare-refused');
    await context.close();
  });

  test('the claims list filters by status on the server, and its CSV export carries the filter', async () => {
    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await page.goto('/claims');
    await expectVisible(page.getByRole('heading', { name: 'Mijn schadegevallen' }));
    const filtered = page.waitForResponse((response) => response.url().includes('status=in_handling'));
    await choose(page, 'Status', 'In behandeling');
    await filtered;
    await eventually(async () => expect(await gridColumn(page, 'claimNumber')).toContain(claimNumber));
    expect(await page.getByTestId('csv-export').getAttribute('href')).toMatch(/status=in_handling.*format=csv/);
    await screenshot(page, 'my-claims-in-handling');
    await expectAccessible(page);
    await context.close();
  });

  test('a claim’s detail shows its claim number, status, handler, history and documents', async () => {
    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await page.goto('/claims');
    await page.getByRole('link', { name: claimNumber }).click();
    await expectVisible(page.getByRole('heading', { name: `Schadegeval ${claimNumber}`, level: 1 }));
    await expectVisible(page.getByTestId('claim-status').filter({ hasText: 'In behandeling' }));
    await expectVisible(page.getByText('Dossierbeheerder:'));
    await expectVisible(page.getByText('Automatisch geopend'));
    await expectVisible(page.getByRole('link', { name: /^declaration-.*\.pdf$/ }));
    await screenshot(page, 'claim-detail');
    await expectAccessible(page);
    await context.close();
  });

  test('a colleague opening a group hospitalisation claim sees its status and a privacy notice, not the stay', async () => {
    const an = await Session.login(demo.an);
    const draft = await createDeclaration(an, 'collective_hospitalisation');
    const stay = await an.expect(200, 'POST', declarationUrl(an, draft.id, 'submit'));
    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.sofie);
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await page.goto(`/claims/${stay.id}`);
    await expectVisible(page.getByRole('heading', { name: `Schadegeval ${stay.claimNumber}`, level: 1 }));
    await expectVisible(page.getByTestId('claim-status').filter({ hasText: 'In behandeling' }));
    await expectVisible(page.getByTestId('claim-sealed').filter({ hasText: 'Medische gegevens zijn alleen zichtbaar' }));
    expect(await page.getByRole('link', { name: /\.pdf$/ }).count()).toBe(0);
    await screenshot(page, 'claim-detail-sealed');
    await expectAccessible(page);
    await context.close();
  });
});
