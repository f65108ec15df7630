import { expectVisible, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { apiUrl } from '../support/api';

/** Issue 15 §1: a customer logs in through the real redirects to the embedded eID provider and back. */
describe('eID login in the browser', () => {
  const browser = sharedBrowser();

  test('An Peeters logs in with her eID card, sees her organisation, and logging out ends it at the portal and the provider', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/login');
    await page.getByRole('link', { name: 'Aanmelden met eID / itsme' }).click();

    // At the provider (another origin): the "insert your card" page, the demo cards to choose from.
    await expectVisible(page.getByRole('heading', { name: 'Steek uw eID-kaart in de lezer' }));
    expect(new URL(page.url()).origin).not.toBe(new URL(apiUrl()).origin);
    await screenshot(page, 'eid-card-choice');
    await page.getByRole('button', { name: /^An Peeters/ }).click();

    // Back in the portal, logged in, acting for her default organisation.
    await page.waitForURL(`${apiUrl()}/`);
    await expectVisible(page.getByText('An Peeters', { exact: true }));
    await expectVisible(page.getByText('Bakkerij Peeters BV').first());
    await screenshot(page, 'eid-logged-in');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Afmelden bij eID' }));
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    await page.getByRole('button', { name: 'Afmelden / Log out' }).click();
    await page.waitForURL(`${apiUrl()}/login`);
    await expectVisible(page.getByRole('link', { name: 'Aanmelden met eID / itsme' }));
    await context.close();
  });

  test('someone no user agreement names reads how to get access', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/login');
    await page.getByRole('link', { name: 'Aanmelden met eID / itsme' }).click();
    await page.getByRole('button', { name: /^Pieter Janssens/ }).click();
    await page.waitForURL(`${apiUrl()}/login/eid/unknown`);
    await expectVisible(page.getByRole('heading', { name: 'U hebt nog geen toegang' }));
    await expectVisible(page.getByText(/gebruikersovereenkomst op te nemen/));
    await screenshot(page, 'eid-unknown');
    await context.close();
  });
});
