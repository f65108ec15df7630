import { demo } from '../support/api';
import { expectVisible, logIn, newVisitor, policyViolations, sharedBrowser } from '../support/browser';

/** The portal and the API documentation run under the server's Content-Security-Policy: nothing refused. */
describe('the web UI works under its content security policy', () => {
  const browser = sharedBrowser();

  test('a customer goes from login through My data, policies, claims, declare and help without a refused script or style', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await expectVisible(page.getByRole('heading', { name: 'Mijn gegevens', level: 1 }));
    const menu = page.getByRole('navigation', { name: 'Menu' });
    for (const [link, heading] of [['Mijn polissen', 'Mijn polissen'], ['Mijn schadegevallen', 'Mijn schadegevallen'], ['Schade aangeven', 'Schade aangeven']]) {
      await menu.getByRole('link', { name: link }).click();
      await expectVisible(page.getByRole('heading', { name: heading, level: 1 }));
    }
    await page.getByRole('radio', { name: 'Brand', exact: true }).check();
    await page.getByRole('radio', { name: /^BR-2017-440978/ }).check();
    await page.getByRole('button', { name: 'Aangifte starten' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Stap 1 van 6: Het voorval', level: 2 }));
    // Emotion's run-time <style> elements applied: the primary button is not the browser()'s grey default.
    const background = await page.getByRole('button', { name: 'Volgende' }).evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(background).not.toMatch(/^rgba?\((239, 239, 239|0, 0, 0, 0)/);
    expect(policyViolations(page)).toEqual([]);
    await context.close();
  });

  test('a handler opens the back office work queue without a refused script or style', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await expectVisible(page.locator('.MuiDataGrid-root'));
    expect(policyViolations(page)).toEqual([]);
    await context.close();
  });

  test('the API documentation (swagger-ui at /api/docs) renders under the same policy', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/api/docs/');
    await expectVisible(page.getByRole('heading', { name: /Claims back office API/ }));
    await expectVisible(page.getByText('/api/auth/login', { exact: true }).first());
    expect(policyViolations(page)).toEqual([]);
    await context.close();
  });
});
