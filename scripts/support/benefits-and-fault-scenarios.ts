import type { Client } from '@temporalio/client';
import { benefitsWorkflowId } from '../../workflows/workplace-benefits/definitions';
import { declarationFixture as fixture } from './http-session';
import type { Recorded, Recording } from './recording';

const today = () => new Date().toISOString().slice(0, 10);

/** Asks until `check` holds; the benefits file pays and ends its revision period by itself, on the system's short durations. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen in time (is the system started with short BENEFITS_* durations?)`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Benefits over time and what fault decides (issue 14, 2026-12-01): a workplace accident's benefits file from the
 * first certificate to the life annuity and the victim's death, and a motor claim at fault with towing and an
 * approved garage. Record on a system started with short durations:
 * BENEFITS_MONTH='5 seconds' BENEFITS_REVISION_PERIOD='40 seconds' BENEFITS_RATIFICATION_REMIND_AFTER='3 seconds' BENEFITS_YEAR='60 seconds'.
 */
export function benefitsAndFaultScenarios(recording: Recording): Record<string, () => Promise<Recorded>> {
  return {
    'workplace-benefits-to-the-life-annuity': () => toTheLifeAnnuity(recording),
    'motor-claim-at-fault': () => atFault(recording),
  };
}

async function acceptedWorkplaceAccident({ customer, handler, declarations }: Recording): Promise<string> {
  const policies = (await customer('GET', '/api/organisations/:org/policies?productLine=workplace_accident')).items;
  const data = fixture('workplace_accident').data;
  data.event.date = '2026-09-01';
  const d = await customer('POST', declarations, { type: 'workplace_accident', data, policyId: policies[0].id }, 201);
  await customer('POST', `${declarations}/${d.id}/submit`);
  await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
  await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'accept' });
  return d.id;
}

async function toTheLifeAnnuity(recording: Recording): Promise<Recorded> {
  const { client, customer, handler } = recording;
  const id = await acceptedWorkplaceAccident(recording);
  const file = `/api/backoffice/claims/${id}/benefits`;
  await handler('POST', file, { workerStatus: 'white_collar', monthlyGrossCents: 3_000_00, victimIban: 'BE68 5390 0754 7034', employerIban: 'BE62 5100 0754 7061' }, 201);
  await handler('POST', `${file}/certificates`, { kind: 'first_finding', from: '2026-09-01', to: '2026-09-14', doctor: 'Dr. Peeters' }, 201);
  await handler('POST', `${file}/certificates`, { kind: 'extension', from: '2026-09-15', to: '2026-10-20' }, 201);
  await handler('POST', `${file}/detailed-wage`, { previousYearWagesCents: 37_200_00, holidayPayCents: 2_800_00, bonusesCents: 1_500_00 });
  await handler('POST', `${file}/payslips`, { month: '2026-11', adaptedWageCents: 2_100_00 }, 201);
  await handler('POST', `${file}/medical-checks`, { on: '2026-11-20', hoursLost: 2.5, hourlyWageCents: 20_00 }, 201);
  await handler('POST', `${file}/other-employers`, { name: 'Horeca Claes' }, 201);
  await handler('POST', `${file}/agreement`, { consolidationDate: '2026-11-01', degreePercent: 12 }, 201);
  await customer('POST', `/api/organisations/:org/claims/${id}/benefits/agreement/accept`, {});
  const read = (): Promise<any> => handler('GET', file);
  await until('a ratification reminder', async () => (await read()).agreement?.remindersSent > 0);
  await handler('POST', `${file}/agreement/ratification`, { ratifiedOn: today(), reference: 'FEDRIS-REC-1' });
  await until('the first monthly allowance', async () => (await read()).allowance?.monthsPaid > 0);
  await until('the life annuity', async () => (await read()).allowance?.kind === 'life_annuity' && (await read()).allowance.monthsPaid > 0);
  const handle = client.workflow.getHandle(benefitsWorkflowId(id));
  const firstYear = await firstRunOf(client, benefitsWorkflowId(id));
  await until('a new benefit year (continued as new)', async () => (await handle.describe()).runId !== firstYear);
  await handler('POST', `${file}/death`, { diedOn: today() });
  await handle.result();
  return { benefits: { workflowId: benefitsWorkflowId(id) }, 'benefits-first-year': { workflowId: benefitsWorkflowId(id), runId: firstYear }, claim: { workflowId: `claim-${id}` } };
}

/** The run that opened the file: the latest run continues it as new every benefit year. */
async function firstRunOf(client: Client, workflowId: string): Promise<string> {
  const description = await client.workflow.getHandle(workflowId).describe();
  const firstRunId = description.raw.workflowExecutionInfo?.firstRunId;
  if (!firstRunId) throw new Error(`${workflowId}: the server does not tell the first run`);
  return firstRunId;
}

async function atFault({ customer, handler, declarations }: Recording): Promise<Recorded> {
  const policies: { policyNumber: string; id: string }[] = (await customer('GET', '/api/organisations/:org/policies?productLine=motor&pageSize=100')).items;
  const van = policies.find((policy) => policy.policyNumber === 'AU-2023-661203')!;
  const data = fixture('motor_damage').data;
  const d = await customer('POST', declarations, { type: 'motor_damage', policyId: van.id, data: { ...data, damage: { ...data.damage, vehicleDrivable: false } } }, 201);
  await customer('POST', `${declarations}/${d.id}/submit`);
  await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
  const claim = `/api/backoffice/claims/${d.id}/motor-fault`;
  await handler('POST', `${claim}/liability`, { kind: 'at_fault', driverInjured: true, injuredPassengers: 1 });
  await handler('POST', `${claim}/towing`, {
    country: 'BE', immobilised: true, towedTo: 'Garage Janssens, Antwerpen', unharmedOccupants: 2, homeCountry: 'BE', provider: 'Touring Assistance', costCents: 18_500,
  }, 201);
  await handler('POST', `${claim}/repair`, { garageName: 'Garage Janssens', approvedGarage: true, repairDays: 14 });
  return `claim-${d.id}`;
}

