import { demo } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { expectNoUntranslatedKeys } from './untranslated-keys';

describe('the portal in French', () => {
  const browser = sharedBrowser();

  test('Els declares damage to her truck in French: the questions, the answers, the refusal and the lists speak French', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.els);
    await page.waitForURL('**/my-data');
    await choose(page, 'Taal', 'Français');
    await expectVisible(page.getByRole('heading', { name: 'Mes données', level: 1 }));
    await expectNoUntranslatedKeys(page);

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Déclarer un sinistre' }).click();
    await page.getByRole('radio', { name: 'Auto', exact: true }).check();
    await page.getByRole('radio', { name: 'Pas de vol : autres dégâts' }).check();
    await page.getByRole('radio', { name: /^AU-2020-663318/ }).check();
    await expectNoUntranslatedKeys(page);
    await page.getByRole('button', { name: 'Commencer la déclaration' }).click();
    await expectVisible(page.getByRole('heading', { name: "Étape 1 sur 6 : L'événement", level: 2 }));
    await choose(page, 'Type de sinistre', 'Bris de vitre');
    await page.getByRole('textbox', { name: /^Description/ }).first().fill('Pare-brise fissuré par un gravillon sur la E42.');
    await screenshot(page, 'french-step-1-event');
    await expectNoUntranslatedKeys(page);
    await expectAccessible(page);

    // Straight to the review: the submit is refused, and every missing field is named in French.
    await page.getByRole('tab', { name: /Vérification et annexes/ }).click();
    await page.getByRole('button', { name: 'Envoyer la déclaration' }).click();
    const missing = page.getByTestId('missing-fields');
    await expectVisible(page.getByRole('alert').filter({ hasText: "La déclaration n'est pas encore complète" }));
    await expectVisible(missing);
    expect(await missing.textContent()).toContain("L'événement › Date: Obligatoire");
    expect(await missing.textContent()).not.toMatch(/Required|expected/);
    await screenshot(page, 'french-missing-fields');
    await expectNoUntranslatedKeys(page);

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mes polices' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Mes polices', level: 1 }));
    await expectVisible(page.locator('.MuiTablePagination-displayedRows').filter({ hasText: / sur / }));
    await expectNoUntranslatedKeys(page);
    await screenshot(page, 'french-policies');
    await context.close();
  });
});
