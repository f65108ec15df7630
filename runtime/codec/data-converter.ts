import fs from 'node:fs';
import type { DataConverter } from '@temporalio/common';
import type { Config } from '../config';
import { EncryptionCodec } from './encryption-codec';
import { createPayloadKeyFile, type PayloadKeyRing, readPayloadKeyFile } from './payload-keys';

/**
 * The keys from PAYLOAD_KEYS, else from the key file. Outside production a missing default key file is
 * created (owner-only) on first start, so the development system encrypts like production does.
 */
export function loadPayloadKeyRing(config: Config): PayloadKeyRing {
  const { keys, keyFile, generateKeyFile } = config.payloadEncryption;
  if (keys) return keys;
  if (!fs.existsSync(keyFile)) {
    if (!generateKeyFile) throw new Error(`The payload key file ${keyFile} does not exist.`);
    createPayloadKeyFile(keyFile);
  }
  return readPayloadKeyFile(keyFile);
}

/** Workers and workflow bundles load the failure converter by path. */
export const failureConverterPath = require.resolve('./failure-converter');

/** What every client, worker and replayer of this system uses: payloads and failure messages encrypted. */
export function payloadDataConverter(keys: PayloadKeyRing): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keys)], failureConverterPath };
}

export const dataConverterOf = (config: Config): DataConverter => payloadDataConverter(loadPayloadKeyRing(config));
