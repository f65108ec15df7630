import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { testDatabase } from './database';
import type { ExistingServerTestWorkflowEnvironmentOptions } from '@temporalio/testing';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';

/** The keys of the system under test (the global setup gave it fresh ones): tests read and write what it does. */
export function testDataConverter() {
  const keys = process.env.TEST_PAYLOAD_KEYS;
  if (!keys) throw new Error('TEST_PAYLOAD_KEYS is not set: run the tests through jest (its global setup starts the system)');
  return payloadDataConverter(parsePayloadKeys(keys));
}

/** Runs `use` with a Temporal client on the system under test (its codec), the connection closed after. */
export async function withTestClient<T>(use: (client: Client) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
  try {
    return await use(new Client({ connection, namespace: 'claims', dataConverter: testDataConverter() }));
  } finally {
    await connection.close();
  }
}

/** A Temporal test environment on the system under test, its client using the system's codec. */
export const existingServer = (): ExistingServerTestWorkflowEnvironmentOptions => ({
  address: process.env.TEST_TEMPORAL_ADDRESS,
  namespace: 'claims',
  client: { dataConverter: testDataConverter() },
});

/**
 * What a test that reaches past the API needs, opened before its tests and closed after them: the system's database
 * and a Temporal client with its codec. Read the fields inside tests (they are set in beforeAll).
 */
export function systemStores(): { db: Knex; client: Client } {
  const stores = {} as { db: Knex; client: Client };
  let environment: TestWorkflowEnvironment;
  beforeAll(async () => {
    stores.db = testDatabase();
    environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
    stores.client = environment.client;
  });
  afterAll(async () => {
    await stores.db.destroy();
    await environment.teardown();
  });
  return stores;
}
