import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { apiUrl } from './api';

const executablePath = '/usr/bin/chromium';
const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * Debian's Chromium, headless. Playwright gives every launch a fresh, throw-away profile (its own
 * --user-data-dir), and every context below is a separate cookie jar: one per user.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No browser at ${executablePath}: the web UI tests drive Debian's Chromium. Install it with \`apt-get install -y chromium\` (scripts/install.sh does when it can).`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh visitor of the portal, in Belgium, on a desktop screen; no animations, so screenshots show finished screens. */
export async function newVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: apiUrl(), locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations(page).push(message.text());
  });
  return { context, page };
}

const violations = new WeakMap<Page, string[]>();
/** What the browser refused to load or run on this page because of the server's Content-Security-Policy. */
export function policyViolations(page: Page): string[] {
  if (!violations.has(page)) violations.set(page, []);
  return violations.get(page)!;
}

/** Logs in through the login screen, as a person would. */
export async function logIn(page: Page, email: string, password = 'demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** Picks an option of an MUI select (a combobox whose name starts with its label). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until the element is on screen (the page's default timeout). */
export const expectVisible = (locator: Locator) => locator.waitFor({ state: 'visible' });

/** The values of one column of the data grid, top to bottom. */
export const gridColumn = (page: Page, field: string) => page.locator(`.MuiDataGrid-row [data-field="${field}"]`).allTextContents();

/** Saved under test-results/screenshots/ (git-ignored), one per screen. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** axe-core's findings on the page as it is now, only those of serious or critical impact. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  // Evaluated by the test driver, not as a <script> in the page: the page's policy allows no inline script.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] = await page.evaluate(async () => (await (window as any).axe.run(document)).violations);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact!, help: violation.help, targets: violation.nodes.map((node) => String(node.target)) }));
}

/** Fails the test with axe-core's serious or critical findings on the page as it is now, if any. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched before the tests run.');
    return browser;
  };
}

/** The claim file's tabs (ui/src/backoffice/workbench/claim-tabs.ts): overview, declaration, documents, financials, ... */
export type ClaimFileTab = 'overview' | 'declaration' | 'documents' | 'financials' | 'benefits' | 'diary' | 'notes' | 'messages' | 'deadlines' | 'history';

/** A handler logged in, on a claim file of the back office, on the tab asked for (the overview by default). */
export async function openClaimFile(browser: Browser, email: string, claimId: string, tab?: ClaimFileTab): Promise<{ context: BrowserContext; page: Page }> {
  const visitor = await newVisitor(browser);
  await logIn(visitor.page, email);
  await visitor.page.waitForURL('**/backoffice/claims');
  await visitor.page.goto(`/backoffice/claims/${claimId}${tab ? `?tab=${tab}` : ''}`);
  return visitor;
}

/** Switches the open claim file to another tab, as a handler does (a click on the tab), and waits until it shows. */
export async function openClaimTab(page: Page, tab: ClaimFileTab): Promise<void> {
  await page.locator(`#claim-tab-${tab}`).click();
  await page.locator(`#claim-tabpanel-${tab}`).waitFor({ state: 'visible' });
}
