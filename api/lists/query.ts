import type { Knex } from 'knex';
import { z } from 'zod';
import { safeString } from '../../domain/text';

export const pagingFields = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

/** A text filter (part of a number, a name, free text): bounded, and without characters SQL cannot compare. */
export const searchText = (max = 100) => safeString(max).trim();

/** An ILIKE pattern for text anywhere in a column: the user's `%`, `_` and `\` match themselves. */
export const containing = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/** `sort=<field>:asc|desc` over the columns a list allows, mapped to the SQL expression behind each. */
export function sortField<F extends string>(fields: Record<F, string>, fallback: `${F}:${'asc' | 'desc'}`) {
  const names = Object.keys(fields) as F[];
  return z.string().max(100).default(fallback).transform((value, context) => {
    const [name, direction = 'asc'] = value.split(':');
    if (!names.includes(name as F) || !['asc', 'desc'].includes(direction)) {
      context.addIssue({ code: 'custom', message: 'api.field.sortBy', params: { fields: names } });
      return z.NEVER;
    }
    return { column: fields[name as F], direction: direction as 'asc' | 'desc' };
  });
}

/** Runs a filtered, sorted query in batches, for exports of any size. The id breaks ties so no row is read twice. */
/** A knex or objection query builder, as far as batching needs it. */
interface Paginable<T> {
  offset(offset: number): { limit(limit: number): PromiseLike<T[]> };
}

export async function* inBatches<T>(query: () => Paginable<T>, batchSize = 500): AsyncIterable<T[]> {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await query().offset(offset).limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}

/**
 * Streams a sorted query's rows over one cursor, in batches: one sort, constant memory, however many rows (an
 * OFFSET batch re-sorts the whole selection each time). Stopping early (the download was aborted) closes the cursor.
 */
export async function* streamedBatches<T>(query: Knex.QueryBuilder, batchSize = 500): AsyncIterable<T[]> {
  const rows = query.stream({ highWaterMark: batchSize });
  let batch: T[] = [];
  try {
    for await (const row of rows) {
      batch.push(row as T);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    rows.destroy();
  }
}

/**
 * Runs a list's queries in one process of PostgreSQL: an exact total over 100,000 index entries took 20–33 ms counted
 * by one process and 65–71 ms with two parallel workers on the bench's 2 cores (README, Lists at insurer scale), where
 * starting the workers costs more than they save. The claim queue's table has parallel workers off for the same reason.
 */
export function withoutParallelWorkers<T>(knex: Knex, run: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return knex.transaction(async (trx) => {
    await trx.raw('set local max_parallel_workers_per_gather = 0');
    return run(trx);
  });
}
