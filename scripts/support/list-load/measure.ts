import type { Knex } from 'knex';
import type pg from 'pg';

/** One list read as the browser makes it: a GET with the reader's session cookie. */
export interface ListRead {
  name: string;
  path: string;
  cookie: string;
}

const nearestRank = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** A GET read whole; a status other than 200 stops the bench (a wrong measure is worse than none). */
async function read(baseUrl: string, { path, cookie, name }: ListRead): Promise<void> {
  const response = await fetch(baseUrl + path, { headers: { cookie, 'accept-language': 'nl' } });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${name}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
}

/**
 * p50 and p95 of a read, after a warm-up: `runs` times one after the other, or fewer when a read is slow (at most
 * `budgetMs` per measure, at least 3 runs), so that a slow "before" still ends.
 */
export async function timeRead(baseUrl: string, listRead: ListRead, runs: number, budgetMs = 20_000) {
  for (let i = 0, warm = performance.now(); i < 3 && performance.now() - warm < budgetMs / 4; i++) await read(baseUrl, listRead);
  const durations: number[] = [];
  const started = performance.now();
  while (durations.length < runs && (durations.length < 3 || performance.now() - started < budgetMs)) {
    const at = performance.now();
    await read(baseUrl, listRead);
    durations.push(performance.now() - at);
  }
  durations.sort((a, b) => a - b);
  return { p50: nearestRank(durations, 50), p95: nearestRank(durations, 95), runs: durations.length };
}

interface CapturedQuery { sql: string; bindings: unknown[]; ms: number }

/** The SELECTs knex ran while `act` ran, with their durations: the API's own SQL, not a copy of it. */
export async function capturedSelects(knex: Knex, act: () => Promise<void>): Promise<CapturedQuery[]> {
  const started = new Map<string, { sql: string; bindings: unknown[]; at: number }>();
  const done: CapturedQuery[] = [];
  const onQuery = (q: { __knexQueryUid: string; sql: string; bindings?: unknown[] }) =>
    started.set(q.__knexQueryUid, { sql: q.sql, bindings: q.bindings ?? [], at: performance.now() });
  const onResponse = (_: unknown, q: { __knexQueryUid: string }) => {
    const query = started.get(q.__knexQueryUid);
    if (query) done.push({ sql: query.sql, bindings: query.bindings, ms: performance.now() - query.at });
  };
  knex.on('query', onQuery).on('query-response', onResponse);
  try {
    await act();
  } finally {
    knex.off('query', onQuery).off('query-response', onResponse);
  }
  return done.filter((query) => /^\s*(with|select)\b/i.test(query.sql));
}

/** EXPLAIN (ANALYZE, BUFFERS) of the slowest SELECTs a read ran. */
export async function plansOf(knex: Knex, baseUrl: string, listRead: ListRead, slowest = 2): Promise<string[]> {
  const queries = await capturedSelects(knex, () => read(baseUrl, listRead));
  const plans: string[] = [];
  // The SQL as knex sent it ($1, $2 …): run on a connection of the pool with the same values.
  const connection = (await knex.client.acquireConnection()) as pg.Client;
  try {
    for (const query of queries.sort((a, b) => b.ms - a.ms).slice(0, slowest)) {
      const result = await connection.query(`explain (analyze, buffers) ${query.sql}`, query.bindings);
      const lines = result.rows.map((row: Record<string, string>) => Object.values(row)[0]);
      plans.push(`-- ${query.sql}\n${lines.join('\n')}`);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
  return plans;
}

/** The resident memory the process grows by while it serves `act` (sampled every 20 ms), in MB. */
export async function residentGrowth(act: () => Promise<void>): Promise<number> {
  global.gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    await act();
  } finally {
    clearInterval(sampler);
  }
  return (Math.max(peak, process.memoryUsage.rss()) - base) / 1024 / 1024;
}

/** A CSV export read to its end as a browser downloads it: its data rows, its duration, and the resident growth it cost. */
export async function measureExport(baseUrl: string, { name, path, cookie }: ListRead) {
  let lines = 0;
  const started = performance.now();
  const growthMb = await residentGrowth(async () => {
    const response = await fetch(baseUrl + path, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) lines += chunk.value.reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);
  });
  return { rows: lines - 1, seconds: (performance.now() - started) / 1000, growthMb }; // less the header line
}
