import type { ExistingServerTestWorkflowEnvironmentOptions } from '@temporalio/testing';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';

/** The keys of the system under test (the global setup gave it fresh ones): tests read and write what it does. */
export function testDataConverter() {
  const keys = process.env.TEST_PAYLOAD_KEYS;
  if (!keys) throw new Error('TEST_PAYLOAD_KEYS is not set: run the tests through jest (its global setup starts the system)');
  return payloadDataConverter(parsePayloadKeys(keys));
}

/** A Temporal test environment on the system under test, its client using the system's codec. */
export const existingServer = (): ExistingServerTestWorkflowEnvironmentOptions => ({
  address: process.env.TEST_TEMPORAL_ADDRESS,
  namespace: 'claims',
  client: { dataConverter: testDataConverter() },
});
