import { demo, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';

describe('logging in to the customer portal', () => {
  const browser = sharedBrowser();

  test('the login screen is in Dutch and has no serious accessibility problems', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/');
    await page.waitForURL('**/login');
    await expectVisible(page.getByRole('heading', { name: 'Aanmelden' }));
    await screenshot(page, 'login');
    await expectAccessible(page);
    await context.close();
  });

  test('a wrong password is refused with the server’s own message', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.sofie, 'not-the-password');
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord is onjuist.' }));
    await screenshot(page, 'login-refused');
    await context.close();
  });

  test('a customer logs in and sees My data of her organisation, accessible', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.sofie);
    await page.waitForURL('**/my-data');
    await expectVisible(page.getByRole('heading', { name: 'Mijn gegevens', level: 1 }));
    await expectVisible(page.getByRole('heading', { name: 'Bakkerij Peeters BV' }));
    await expectVisible(page.getByText('0412.345.614'));
    await screenshot(page, 'my-data');
    await expectAccessible(page);
    await context.close();
  });

  test('An, at Bakkerij Peeters by default, switches to Peeters Vastgoed and sees its policies', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await expectVisible(page.getByRole('heading', { name: 'Bakkerij Peeters BV' }));
    await choose(page, 'Organisatie', 'Peeters Vastgoed NV');
    await expectVisible(page.getByRole('heading', { name: 'Peeters Vastgoed NV' }));
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn polissen' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Mijn polissen' }));
    await expectVisible(page.locator('.MuiDataGrid-row').first());
    expect(await page.locator('.MuiDataGrid-row [data-field="policyNumber"]').allTextContents()).toEqual(['AU-2024-662450', 'BA-2015-104877', 'BR-2015-441002']);
    await screenshot(page, 'organisation-switched-policies');
    await context.close();
  });

  test('without a default profile, An chooses the organisation after login and may remember it as default', async () => {
    const an = await Session.login(demo.an);
    const bakkerij = an.organisationId('Bakkerij Peeters BV');
    await an.put('/api/auth/default-organisation', { organisationId: null });
    try {
      const { context, page } = await newVisitor(browser());
      await logIn(page, demo.an);
      await page.waitForURL('**/organisation');
      await expectVisible(page.getByRole('heading', { name: 'Kies de organisatie' }));
      await screenshot(page, 'organisation-chooser');
      await expectAccessible(page);
      await page.getByRole('radio', { name: /Bakkerij Peeters BV/ }).click();
      await page.getByLabel('Onthouden als standaardprofiel').check();
      await page.getByRole('button', { name: 'Verder' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Bakkerij Peeters BV' }));
      expect((await an.get('/api/auth/me')).body.defaultOrganisationId).toBe(bakkerij);
      await context.close();
    } finally {
      await an.put('/api/auth/default-organisation', { organisationId: bakkerij }); // other tests count on An's default profile
    }
  });

  test('the language switch shows the portal in French', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.sofie);
    await page.waitForURL('**/my-data');
    await choose(page, 'Taal', 'Français');
    await expectVisible(page.getByRole('heading', { name: 'Mes données', level: 1 }));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await context.close();
  });
});
