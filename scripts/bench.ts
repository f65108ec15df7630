/**
 * `npm run bench`: drives declarations through the API of a freshly started system (create, save,
 * submit, automatic opening) and, in the same run against the same server, the bare engine (a
 * workflow that does nothing). Reports rates, latencies and the ratio between the two.
 * BENCH_DECLARATIONS (default 200) and BENCH_CONCURRENCY (default 20) set the load.
 */
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { engineProbeWorkflow } from '../workflows';
import { payloadDataConverter } from '../runtime/codec/data-converter';
import { parsePayloadKeys } from '../runtime/codec/payload-keys';
import { declarationFixture, HttpSession } from './support/http-session';
import { spawnSystem, stopSystem } from './support/system-process';

const total = Number(process.env.BENCH_DECLARATIONS || 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY || 20);

/** Runs `task` `count` times with at most `concurrency` at once; returns each run's duration (ms) and the wall time. */
async function drive(count: number, task: (i: number) => Promise<number>) {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) durations.push(await task(next++));
  }));
  return { durations: durations.sort((a, b) => a - b), wallMs: performance.now() - started };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n: number) => n.toFixed(1);

async function main() {
  console.log(`Starting a fresh system...`);
  const system = await spawnSystem({ NODE_ENV: 'bench' });
  try {
    const customers = await Promise.all(['an.peeters@bakkerij-peeters.example', 'sofie.maes@bakkerij-peeters.example', 'els.wouters@transport-wouters.example']
      .map((email) => HttpSession.login(system.apiUrl, email)));
    const fire = declarationFixture('fire').data;
    const connection = await Connection.connect({ address: system.temporalAddress });
    const client = new Client({ connection, namespace: 'claims', dataConverter: payloadDataConverter(parsePayloadKeys(system.payloadKeys)) });

    // Warm up both paths so bundling and connection set-up are not measured.
    for (const customer of customers) await declare(customer);
    await client.workflow.execute<typeof engineProbeWorkflow>('engineProbeWorkflow', { taskQueue: 'claims', workflowId: `probe-${randomUUID()}` });

    async function declare(customer: HttpSession): Promise<number> {
      const base = `/api/organisations/${customer.activeOrganisationId}/declarations`;
      const draft = await customer.expect(201, 'POST', base, { type: 'fire', data: { event: fire.event } });
      await customer.expect(200, 'PUT', `${base}/${draft.id}/draft`, { data: fire, step: 5, version: draft.version });
      const submitStarted = performance.now();
      const opened = await customer.expect(200, 'POST', `${base}/${draft.id}/submit`, {});
      if (!opened.claimNumber) throw new Error(`declaration ${draft.id} was not opened`);
      return performance.now() - submitStarted; // submit to claim number
    }

    console.log(`Declarations: ${total}, ${concurrency} at a time...`);
    const declarations = await drive(total, (i) => declare(customers[i % customers.length]));
    console.log(`Bare engine: ${total} workflows, ${concurrency} at a time...`);
    const engine = await drive(total, async () => {
      const started = performance.now();
      await client.workflow.execute<typeof engineProbeWorkflow>('engineProbeWorkflow', { taskQueue: 'claims', workflowId: `probe-${randomUUID()}` });
      return performance.now() - started;
    });
    await connection.close();

    const declarationRate = total / (declarations.wallMs / 1000);
    const engineRate = total / (engine.wallMs / 1000);
    console.log('');
    console.log('| measure | value |');
    console.log('| --- | --- |');
    console.log(`| declarations per second (create + save + submit + automatic opening) | ${fmt(declarationRate)} |`);
    console.log(`| submit to claim number, p50 | ${fmt(percentile(declarations.durations, 50))} ms |`);
    console.log(`| submit to claim number, p95 | ${fmt(percentile(declarations.durations, 95))} ms |`);
    console.log(`| bare engine: trivial workflows per second | ${fmt(engineRate)} |`);
    console.log(`| bare engine: start to result, p50 / p95 | ${fmt(percentile(engine.durations, 50))} / ${fmt(percentile(engine.durations, 95))} ms |`);
    console.log(`| ratio declarations / bare engine | ${(declarationRate / engineRate).toFixed(3)} |`);
  } finally {
    await stopSystem(system);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
