import type { Page } from 'playwright-core';
import { demo } from '../support/api';
import { expectVisible, newVisitor, screenshot, sharedBrowser } from '../support/browser';

/** What a screen reader would call the focused element: its label(s), aria-label or text. */
const focusedName = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLInputElement | null;
  if (!element || element === document.body) return '';
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
  const labels = Array.from(element.labels ?? [], (label) => label.textContent ?? '');
  return [element.getAttribute('aria-label') ?? '', ...labelledBy, ...labels, element.textContent ?? ''].join(' ').replace(/\s+/g, ' ').trim();
});

/** Presses Tab until the focused element's name matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, name: RegExp, most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Nothing named ${name} could be reached with ${most} presses of Tab`);
}

/** The stepper's heading for a step, which receives the focus when the step opens. */
const stepHeading = (page: Page, step: number, name: string) => page.getByRole('heading', { name: `Stap ${step} van 6: ${name}`, level: 2 });

describe('the portal without a mouse', () => {
  const browser = sharedBrowser();

  test('a customer logs in and declares a fire from start to claim number with the keyboard only', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/login');
    await tabTo(page, /E-mailadres/);
    await page.keyboard.type(demo.an);
    await tabTo(page, /Wachtwoord/);
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/my-data');
    // The page's heading takes the focus when its page has loaded (PageHeading): tabbing before that, the focus went
    // back to the heading between reaching the menu item and pressing Enter (CI, under load).
    await expectVisible(page.getByRole('heading', { name: 'Mijn gegevens', level: 1 }));
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1'); // where a keyboard user starts

    await tabTo(page, /^Schade aangeven$/);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { name: 'Schade aangeven', level: 1 }));
    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, /Welk soort schade|Burgerlijke aansprakelijkheid/);
    for (let presses = 0; presses < 12 && !(await page.getByRole('radio', { name: 'Brand', exact: true }).isChecked()); presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.getByRole('radio', { name: 'Brand', exact: true }).isChecked()).toBe(true);
    await tabTo(page, /BR-2017-440978/);
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: /^BR-2017-440978/ }).isChecked()).toBe(true);
    await tabTo(page, /^Aangifte starten$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 1, 'Het voorval'));

    await tabTo(page, /^Datum/);
    // The date field's three parts, each set with the arrow keys whatever order the browser() shows them in:
    // the first step up sets day and month to 1 and the year to this year.
    for (const part of [1, 2, 3]) {
      if (part > 1) await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowUp');
    }
    // The browser()'s own year: the one its date field steps to, even in the hour a year turns.
    const thisYear = await page.evaluate(() => new Date().getFullYear());
    expect(await page.getByLabel(/^Datum/).inputValue()).toBe(`${thisYear}-01-01`);
    await tabTo(page, /^Omschrijving/);
    await page.keyboard.type('Kortsluiting in de oven, met de toetsenbord aangegeven.');
    await tabTo(page, /^Oorzaak/);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('listbox'));
    for (let presses = 0; presses < 8 && !/Elektrisch defect/.test(await focusedName(page)); presses += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('combobox', { name: /^Oorzaak/ }).filter({ hasText: 'Elektrisch defect' }));

    await tabTo(page, /^Volgende$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 2, 'Betrokken partijen'));
    await tabTo(page, /^Voornaam/);
    await page.keyboard.type('An');
    await tabTo(page, /^Naam/);
    await page.keyboard.type('Peeters');
    await tabTo(page, /^Volgende$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 3, 'De schade'));
    await tabTo(page, /^Omschrijving/);
    await page.keyboard.type('Rookschade in het bakatelier.');
    await tabTo(page, /^Volgende$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 4, 'Contactgegevens'));
    await tabTo(page, /^Volgende$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 5, 'Nazicht en bijlagen'));
    await screenshot(page, 'keyboard-review');
    await tabTo(page, /^Aangifte versturen$/);
    await page.keyboard.press('Enter');
    await expectVisible(stepHeading(page, 6, 'Bevestiging'));
    await expectVisible(page.getByTestId('claim-number').filter({ hasText: /schadenummer \d{4}\/BR\/\d+/ }));
    await screenshot(page, 'keyboard-confirmation');
    await context.close();
  });
});
