import { declarationUrl, demo, fixture, Session } from '../support/api';
import { expectAccessible, expectVisible, logIn, newVisitor, openClaimFile, screenshot, sharedBrowser } from '../support/browser';

/** Motor claims: what fault decides (issue 14 §2), as the handler records it in the claim file and the customer sees it on the policy. */
jest.setTimeout(240_000);

const browser = sharedBrowser();
let an: Session;
let handler: Session;

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
});

test('a handler records an at-fault liability on a motor claim in the claim file and sees the Joker used; the customer\'s policy shows it', async () => {
  // Bakkerij Peeters' van (AU-2023-661203): no accident in fault since 2012, so its Joker is available.
  const { body: policies } = await an.get(`/api/organisations/${an.activeOrganisationId}/policies?productLine=motor&pageSize=100`);
  const van = policies.items.find((policy: { policyNumber: string }) => policy.policyNumber === 'AU-2023-661203');
  const declaration = (await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', policyId: van.id, data: fixture('motor_damage').data })).body;
  await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
  const { claimNumber } = await handler.expect(200, 'POST', `/api/backoffice/declarations/${declaration.id}/start-handling`, {});

  const { context, page } = await openClaimFile(browser(), demo.handler, declaration.id);
  const motor = page.getByTestId('motor-fault');
  await expectVisible(motor.getByRole('heading', { name: 'Auto: aansprakelijkheid en wat ze beslist' }));
  await expectVisible(motor.getByTestId('policy-joker').filter({ hasText: 'beschikbaar (geen ongeval in fout sinds 01/03/2012)' }));
  await expectAccessible(page);

  // "In fout" is the form's first choice; the driver is hurt.
  await motor.getByLabel('De bestuurder is gewond').check();
  await motor.getByRole('button', { name: 'Aansprakelijkheid registreren' }).click();
  await expectVisible(motor.getByTestId('motor-joker').filter({ hasText: 'De Joker werd gebruikt: de BA-premie wordt niet verhoogd. Een nieuwe Joker wordt verdiend op 18/11/2031.' }));
  await expectVisible(motor.getByTestId('motor-liability').filter({ hasText: 'In fout — ongeval van 18/11/2026' }));
  await expectVisible(motor.getByTestId('policy-joker').filter({ hasText: `gebruikt door schadedossier ${claimNumber} (ongeval van 18/11/2026)` }));
  await screenshot(page, 'motor-fault-joker-used');
  await context.close();

  // The customer's My policies: the van's detail shows the Joker used by this claim.
  const customer = await newVisitor(browser());
  await logIn(customer.page, demo.an);
  await customer.page.waitForURL('**/my-data');
  await customer.page.goto('/policies');
  await customer.page.getByRole('button', { name: 'Documenten van polis AU-2023-661203' }).click();
  const dialog = customer.page.getByRole('dialog', { name: 'Documenten van polis AU-2023-661203' });
  await expectVisible(dialog.getByTestId('policy-joker').filter({ hasText: `Joker van polis AU-2023-661203: gebruikt door schadedossier ${claimNumber}` }));
  await customer.context.close();
});
