import { ServiceRun, Supervisor } from '../../runtime/supervisor';

/** A service whose runs end when the test says so; `failNext` makes the next launches fail. */
function flakyService() {
  const runs: { crash: (why: string) => void; stopped: boolean }[] = [];
  const launchedAt: number[] = [];
  let failNext = 0;
  const launch = async (): Promise<ServiceRun> => {
    launchedAt.push(Date.now());
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('port still held');
    }
    let crash: (why: string) => void = () => undefined;
    const ended = new Promise<string>((resolve) => (crash = resolve));
    const run = { crash, stopped: false };
    runs.push(run);
    return {
      ended,
      stop: async () => {
        run.stopped = true;
        crash('stopped'); // as a process ends when asked to
      },
    };
  };
  return { runs, launchedAt, launch, failLaunches: (count: number) => (failNext = count) };
}

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

test('a crashed service is started again after a back-off that doubles up to its cap, and the status says restarting then up', async () => {
  const lines: string[] = [];
  const supervisor = new Supervisor((line) => lines.push(line), { initialMs: 50, maxMs: 150, stableMs: 10_000 });
  const service = flakyService();
  const stop = await supervisor.supervise('PostgreSQL', service.launch);
  expect(supervisor.status().PostgreSQL).toMatchObject({ state: 'up', restarts: 0 });

  service.failLaunches(2);
  const crashedAt = Date.now();
  service.runs[0].crash('killed by SIGKILL');
  await until(() => supervisor.status().PostgreSQL.state === 'restarting');
  await until(() => service.runs.length === 2);

  // The first run, two failed launches, the one that works: 50 ms, then 100, then 200 capped at 150.
  expect(service.launchedAt).toHaveLength(4);
  const [, firstTry, secondTry, thirdTry] = service.launchedAt;
  expect(firstTry - crashedAt).toBeGreaterThanOrEqual(45);
  expect(secondTry - firstTry).toBeGreaterThanOrEqual(95);
  expect(thirdTry - secondTry).toBeGreaterThanOrEqual(145);
  expect(supervisor.status().PostgreSQL).toMatchObject({ state: 'up', restarts: 1 });
  expect(lines).toEqual([
    'PostgreSQL stopped unexpectedly (killed by SIGKILL); starting it again in 0.05 s.',
    'PostgreSQL did not start again (port still held); next try in 0.1 s.',
    'PostgreSQL did not start again (port still held); next try in 0.15 s.',
    'PostgreSQL is running again (restart 1).',
  ]);

  await stop();
  expect(service.runs[1].stopped).toBe(true);
  expect(supervisor.status().PostgreSQL.state).toBe('stopped');
});

test('a service stopped on purpose is not started again', async () => {
  const supervisor = new Supervisor(() => undefined, { initialMs: 10, maxMs: 10, stableMs: 10_000 });
  const service = flakyService();
  const stop = await supervisor.supervise('Worker', service.launch);
  await stop();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(service.launchedAt).toHaveLength(1);
  expect(supervisor.status().Worker).toMatchObject({ state: 'stopped', restarts: 0 });
});

test('a stop during the back-off ends the supervision without another launch', async () => {
  const supervisor = new Supervisor(() => undefined, { initialMs: 10_000, maxMs: 10_000, stableMs: 60_000 });
  const service = flakyService();
  const stop = await supervisor.supervise('Temporal dev server', service.launch);
  service.runs[0].crash('exit code 1');
  await until(() => supervisor.status()['Temporal dev server'].state === 'restarting');
  const started = Date.now();
  await stop();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(service.launchedAt).toHaveLength(1);
});
