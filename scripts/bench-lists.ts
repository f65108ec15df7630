/**
 * Lists at insurer scale (issue 13 §2): loads 1,000,000 claims (BENCH_CLAIMS to scale down) into a PostgreSQL of the
 * bench's own with COPY, then measures, through the API's own HTTP routes, the p95 of every list, the claim file and
 * the dashboard, and the resident memory a 100,000-row CSV export costs; prints each slow query's plan.
 *
 * The API runs in this process on the loaded database (api/app.ts, as runtime/api-server.ts serves it) with a lazy
 * Temporal connection: reads never reach Temporal, so no Temporal server needs to run, and the export's memory is
 * measured on the very process that streams it. Responses are not checked against their contract (as in production).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../api/app';
import { createSession, sessionLifetime, SESSION_COOKIE } from '../api/auth/sessions';
import { createDatabase } from '../db/connection';
import { loadConfig } from '../runtime/config';
import { startBenchDatabase } from './support/list-load/database';
import { ensureLoaded } from './support/list-load/load';
import { measureExport, plansOf, timeRead } from './support/list-load/measure';
import { customerId, handlerId, organisationId, seniorHandlerId } from './support/list-load/population';
import { exportRead, listReads } from './support/list-load/reads';

const claims = Number(process.env.BENCH_CLAIMS || 1_000_000);
const runs = Number(process.env.BENCH_LIST_RUNS || 50);
/** BENCH_LIST_ONLY: a pattern of the measures to run (e.g. "customer|CSV"), to look again at what a change touched. */
const only = new RegExp(process.env.BENCH_LIST_ONLY || '.', 'i');
const log = (line: string) => console.log(`[bench-lists] ${line}`);
const row = (measure: string, value: string) => console.log(`| ${measure} | ${value} |`);

async function main() {
  const database = await startBenchDatabase(log);
  const knex = createDatabase(database.url);
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' }); // a log line per request would drown the table
  const client = new Client({ connection: Connection.lazy({ address: config.temporal.address ?? `127.0.0.1:${config.temporal.devServerPort}` }) });
  const server = createApp({ config, knex, client });
  server.locals.checkResponses = false;
  const listening = server.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  try {
    await ensureLoaded(knex, claims, log);
    const lifetime = sessionLifetime(config.access);
    const cookie = async (userId: string, organisation: string | null) => `${SESSION_COOKIE}=${await createSession(knex, lifetime, userId, organisation)}`;
    const cookies = { handler: await cookie(handlerId(5), null), senior: await cookie(seniorHandlerId, null), customer: await cookie(customerId(0), organisationId(0)) };

    const plans: string[] = [];
    console.log(`\n| measure (${claims} claims, p95 of up to ${runs} runs after warm-up) | value |\n| --- | --- |`);
    for (const read of listReads(claims, cookies).filter((listRead) => only.test(listRead.name))) {
      const timing = await timeRead(baseUrl, read, runs);
      row(read.name, `${timing.p95.toFixed(1)} ms (p50 ${timing.p50.toFixed(1)} ms, ${timing.runs} runs)`);
      plans.push(`### ${read.name}\n\n\`\`\`\n${(await plansOf(knex, baseUrl, read)).join('\n\n')}\n\`\`\``);
    }
    const csv = exportRead(cookies.customer);
    if (only.test(csv.name)) {
      const exported = await measureExport(baseUrl, csv);
      row(`${csv.name}, ${exported.rows} rows`, `${exported.seconds.toFixed(1)} s, resident growth ${exported.growthMb.toFixed(0)} MB`);
      plans.push(`### ${csv.name}\n\n\`\`\`\n${(await plansOf(knex, baseUrl, csv, 3)).join('\n\n')}\n\`\`\``);
    }

    const planFile = path.join(process.env.BENCH_LISTS_DATA_DIR || path.join(__dirname, '..', 'data', 'bench-lists'), 'plans.md');
    fs.writeFileSync(planFile, `${plans.join('\n\n')}\n`);
    console.log(`\n${plans.join('\n\n')}\n`);
    log(`plans also written to ${planFile}`);
  } finally {
    await new Promise<void>((resolve) => {
      listening.close(() => resolve());
      listening.closeAllConnections();
    });
    await knex.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
