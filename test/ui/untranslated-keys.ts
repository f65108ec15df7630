import type { Page } from 'playwright-core';
import { readCatalogue } from '../../i18n/catalogue';

/** `wizard.next`, `backoffice.inbox.claim`: a key of the catalogue (by its top-level name), not an e-mail's domain. */
const keyLike = new RegExp(`(?<![@\\w.])(${Object.keys(readCatalogue().en).join('|')})\\.[a-zA-Z_]+(\\.[a-zA-Z_]+)*\\b`, 'g');

/** An i18next key shown instead of its words means a translation is missing. */
export async function expectNoUntranslatedKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(keyLike) ?? []).toEqual([]);
}
