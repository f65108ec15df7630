import { addDays, brusselsDate } from '../../domain/rules/calendar';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, openClaimFile, openClaimTab, screenshot, sharedBrowser } from '../support/browser';
import { claimUrl, openLiabilityClaim, policyOf, waitUntil } from '../support/claims';

/** The diary in the claim file and My work: a handler plans and completes items; a rule-made item escalates to the senior handlers. */
describe('Back office: the diary and My work', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });

  test('a handler plans two items, finds them in My work with their count in the menu, completes one and cancels the other with a note', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { context, page } = await openClaimFile(browser(), demo.handler, claimId, 'diary');
    const diary = page.getByRole('region', { name: 'Agenda' });
    await expectVisible(diary.getByText('Nog niets gepland.'));

    const planItem = async (subject: string, priority: string) => {
      await diary.getByRole('textbox', { name: 'Wat moet er gebeuren' }).fill(subject);
      await choose(page, 'Voor', 'Hanne De Smet');
      await choose(page, 'Prioriteit', priority);
      await diary.getByRole('button', { name: 'Plannen', exact: true }).click();
      await expectVisible(diary.getByRole('list', { name: 'Agenda' }).getByText(subject));
    };
    await planItem('Expert bellen voor een afspraak', 'Hoog');
    await planItem('Foto’s van de schade opvragen', 'Laag');
    await expectVisible(diary.getByRole('status').filter({ hasText: 'Het agendapunt is gepland.' }));
    await expectVisible(diary.getByText('Hoog', { exact: true }));
    await expectAccessible(page);
    await screenshot(page, 'claim-diary-planned');

    await page.getByRole('navigation').getByRole('link', { name: /^Mijn werk/ }).click();
    await expectVisible(page.getByRole('heading', { name: 'Mijn werk', level: 1 }));
    const today = page.getByRole('region', { name: /^Vandaag te doen/ });
    await expectVisible(today.getByText('Expert bellen voor een afspraak'));
    await expectVisible(today.getByText('Foto’s van de schade opvragen'));
    expect(Number(await page.getByTestId('my-work-count').evaluate((badge) => badge.firstChild?.textContent))).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
    await screenshot(page, 'my-work');

    await today.getByRole('link').first().click();
    await openClaimTab(page, 'diary');
    await diary.getByRole('button', { name: 'Afronden: Expert bellen voor een afspraak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dit agendapunt afronden?' });
    await dialog.getByRole('textbox', { name: 'Notitie' }).fill('Afspraak dinsdag om 10 uur');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await expectVisible(diary.getByRole('status').filter({ hasText: 'Het agendapunt is afgerond.' }));
    await expectVisible(diary.getByText(/^Afgerond door Hanne De Smet op .*: Afspraak dinsdag om 10 uur$/));

    await diary.getByRole('button', { name: 'Agendapunt annuleren: Foto’s van de schade opvragen' }).click();
    const cancelling = page.getByRole('dialog', { name: 'Dit agendapunt annuleren?' });
    await cancelling.getByRole('textbox', { name: 'Notitie' }).fill('De klant stuurde ze al mee');
    await cancelling.getByRole('button', { name: 'Agendapunt annuleren' }).click();
    await expectVisible(diary.getByText(/^Geannuleerd door Hanne De Smet op .*: De klant stuurde ze al mee$/));
    expect(await diary.getByRole('button', { name: /^Afronden: / }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  test('a workplace accident without the medical certificate gets an item from a rule; overdue, it reaches the senior handler', async () => {
    const data = fixture('workplace_accident').data;
    data.event.date = addDays(brusselsDate(new Date()), -20);
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
      type: 'workplace_accident', data, policyId: await policyOf(an, 'workplace_accident'),
    });
    expect(created.status).toBe(201);
    const claimId = created.body.id;
    await an.expect(200, 'POST', declarationUrl(an, claimId, 'submit'));
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/start-handling`, {});
    // The claim's own timer escalates it: wait for it through the API, as the screen would on its next read.
    await waitUntil(async () => (await handler.get(claimUrl(claimId, 'diary'))).body[0]?.escalatedAt, 30_000);

    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.senior);
    await page.waitForURL('**/backoffice/claims');
    await page.getByRole('navigation').getByRole('link', { name: /^Mijn werk/ }).click();
    const notifications = page.getByRole('region', { name: /^Meldingen/ });
    await expectVisible(notifications.getByText(/is te laat: Vraag het medisch attest van eerste vaststelling op/).first());
    await expectAccessible(page);
    await screenshot(page, 'my-work-senior-escalation');

    await page.goto(`/backoffice/claims/${claimId}?tab=diary`);
    const item = page.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: 'Vraag het medisch attest' });
    for (const chip of ['Te laat', 'Gepland door een regel', 'Geëscaleerd', 'Hoog']) await expectVisible(item.getByText(chip, { exact: true }));
    await expectAccessible(page);
    await context.close();
  });
});
