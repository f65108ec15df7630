import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawnSystem, stopSystem, type SystemProcess } from '../../scripts/support/system-process';
import { submitOneDeclaration } from './submit-one';

/** Section 4 of issue 13: JSON logs with a request id from the API into the workflow and activity logs, and no personal data. */

let system: SystemProcess;

// Debug: the SDK's own lines (a workflow's start, an activity's completion) are written too, and checked for personal data.
beforeAll(async () => {
  system = await spawnSystem({ LOG_LEVEL: 'debug' });
}, 240_000);

afterAll(async () => {
  if (system) await stopSystem(system);
}, 60_000);

/** What the running system logged after its start-up banner (the banner names the demo accounts). */
function logSinceStart(): string {
  const log = fs.readFileSync(path.join(system.dataDir, 'system.log'), 'utf8');
  return log.slice(log.indexOf('Press Ctrl-C to stop.'));
}

const jsonLines = (text: string) => text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, any>);

/** Every personal value of the declaration: names, e-mail addresses, IBANs, phone numbers, national register numbers. */
function personalValues(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' && /^(firstName|lastName|email|iban|phone|nationalRegisterNumber)$/.test(key) ? [value, value.replace(/\s/g, '')] : personalValues(value));
}

async function linesOf(requestId: string, complete: (lines: Record<string, any>[]) => boolean): Promise<Record<string, any>[]> {
  const deadline = Date.now() + 15_000;
  let lines = jsonLines(logSinceStart()).filter((line) => line.requestId === requestId);
  while (!complete(lines) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    lines = jsonLines(logSinceStart()).filter((line) => line.requestId === requestId);
  }
  return lines;
}

test('the request id of a request is on its API log line and on the lines of the workflow and activities it caused, and no personal data is logged', async () => {
  const draftRequestId = randomUUID();
  const requestId = randomUUID();
  const submitted = await submitOneDeclaration(system.apiUrl, requestId, draftRequestId);
  expect(submitted).toMatchObject({ status: 200, requestId });

  // The draft starts the declaration's workflow, whose first save projects it: the API's line is written when the
  // answer is sent, the workflow's and the activity's when they run.
  const ofDraft = await linesOf(draftRequestId, (lines) =>
    lines.some((line) => line.route) && lines.some((line) => line.msg === 'Workflow started') && lines.some((line) => line.msg === 'Activity completed'));
  expect(ofDraft.find((line) => line.route)).toMatchObject({
    level: 'info', msg: 'request completed', method: 'POST', route: '/api/organisations/:orgId/declarations', res: { statusCode: 201 }, role: 'customer',
  });
  expect(ofDraft.find((line) => line.msg === 'Workflow started')).toMatchObject({ level: 'debug', workflowType: 'declarationWorkflow' });
  expect(ofDraft.find((line) => line.msg === 'declaration projected')).toMatchObject({
    level: 'info', activityType: 'projectDeclaration', workflowType: 'declarationWorkflow', declarationId: submitted.declarationId, status: 'draft',
  });
  expect(ofDraft.find((line) => line.msg === 'Activity completed')).toMatchObject({ level: 'debug', activityType: 'projectDeclaration' });

  // The submit is an update of the running workflow: the activity its handler schedules carries the submit's id.
  const ofSubmit = await linesOf(requestId, (lines) => lines.some((line) => line.route) && lines.some((line) => line.msg === 'declaration projected'));
  expect(ofSubmit.find((line) => line.route)).toMatchObject({
    level: 'info', msg: 'request completed', method: 'POST', route: '/api/organisations/:orgId/declarations/:id/submit', res: { statusCode: 200 }, role: 'customer',
  });
  const projected = ofSubmit.filter((line) => line.msg === 'declaration projected');
  expect(projected[0]).toMatchObject({ level: 'info', activityType: 'projectDeclaration', declarationId: submitted.declarationId, workflowType: 'declarationWorkflow' });
  expect(projected.map((line) => line.status)).toContain('submitted');

  const log = logSinceStart();
  const personal = personalValues(submitted.data);
  expect(personal).toEqual(expect.arrayContaining(['Mertens', 'an.peeters@bakkerij-peeters.example', 'BE68539007547034']));
  expect(personal.filter((value) => log.includes(value))).toEqual([]);
  expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/); // no e-mail address at all
  expect(log).not.toMatch(/\bBE\d{2}(?: ?\d{4}){3}\b/); // no Belgian IBAN
}, 60_000);

test('a malformed X-Request-Id is replaced by a new one, which the answer returns', async () => {
  const response = await fetch(`${system.apiUrl}/api/health`, { headers: { 'X-Request-Id': 'not ok <script>' } });
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(logSinceStart()).not.toContain('<script>');
});
