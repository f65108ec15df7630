import type { Knex } from 'knex';
import { streamedBatches } from '../../api/lists/query';
import { testDatabase } from '../support/database';

/** An export's rows come over one cursor (api/lists/query.ts), here over the test system's PostgreSQL. */
describe('streamed exports', () => {
  let db: Knex;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.destroy());

  const numbers = (upTo: number) => db.select(db.raw('n')).from(db.raw('generate_series(1, ?) as n', [upTo])).orderBy('n', 'desc');

  test('every row of the sorted selection comes exactly once, in order, 500 a batch', async () => {
    const batches: number[][] = [];
    for await (const batch of streamedBatches<{ n: number }>(numbers(1_234))) batches.push(batch.map((row) => row.n));
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 234]);
    expect(batches.flat()).toEqual(Array.from({ length: 1_234 }, (_, i) => 1_234 - i));
  });

  test('an export stopped after its first batch gives its connection back', async () => {
    for await (const batch of streamedBatches<{ n: number }>(numbers(5_000))) {
      expect(batch).toHaveLength(500);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(db.client.pool.numUsed()).toBe(0);
    expect((await numbers(3)).map((row: { n: number }) => row.n)).toEqual([3, 2, 1]); // the pool (of 2) still serves
  });
});
