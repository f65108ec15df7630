import fs from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { createDatabase } from '../../db/connection';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { systemPidFile } from '../../runtime/supervisor-lock';
import type { SystemProcess } from '../../scripts/support/system-process';

/** What the crash tests share: a system of their own, its stores reached directly, and patience while it heals. */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first line of a pid file (PostgreSQL's postmaster.pid holds more). */
export const pidOf = (file: string) => Number(fs.readFileSync(file, 'utf8').split('\n')[0]);

/** The process that runs the API and the worker. */
export const systemPid = (system: SystemProcess) => (JSON.parse(fs.readFileSync(systemPidFile(system.dataDir), 'utf8')) as { pid: number }).pid;

/** Retries a probe until it passes; past the timeout its last error says what never came. */
export async function eventually<T>(what: string, probe: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(error as Error).message}`);
      await sleep(500);
    }
  }
}

export interface Stores { db: Knex; connection: Connection; temporal: Client }

/** The system's PostgreSQL and Temporal, with its payload keys. */
export async function storesOf(system: SystemProcess): Promise<Stores> {
  const db = createDatabase(system.databaseUrl, { min: 0, max: 2 });
  const connection = await Connection.connect({ address: system.temporalAddress });
  const temporal = new Client({ connection, namespace: 'claims', dataConverter: payloadDataConverter(parsePayloadKeys(system.payloadKeys)) });
  return { db, connection, temporal };
}

/** Waits until the killed system process has exited. */
export const exited = ({ child }: SystemProcess) =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
