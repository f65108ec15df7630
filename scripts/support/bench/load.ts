/** Outcome of a load: each success's value, the errors, and how long it took from the first start to the last end. */
export interface LoadResult<T> {
  results: T[];
  errors: unknown[];
  wallMs: number;
}

/** Closed loop: `concurrency` clients, each starting its next task when its last one ended, until `count` have run. */
export async function closedLoop<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<LoadResult<T>> {
  const results: T[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++;
      await task(i).then((result) => results.push(result), (error) => errors.push(error));
    }
  }));
  return { results, errors, wallMs: performance.now() - started };
}

/**
 * Open loop: a new task every 1/rate seconds for `seconds`, whether or not earlier ones have ended, as customers
 * arrive. Arrivals are planned from the start time, so a late timer does not lower the rate that follows.
 */
export async function openLoop<T>(ratePerSecond: number, seconds: number, task: (i: number) => Promise<T>): Promise<LoadResult<T> & { arrivals: number }> {
  const results: T[] = [];
  const errors: unknown[] = [];
  const running: Promise<void>[] = [];
  const arrivals = Math.round(ratePerSecond * seconds);
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  for (let i = 0; i < arrivals; i += 1) {
    const wait = started + i * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    running.push(task(i).then((result) => void results.push(result), (error) => void errors.push(error)));
  }
  await Promise.all(running);
  return { results, errors, arrivals, wallMs: performance.now() - started };
}
