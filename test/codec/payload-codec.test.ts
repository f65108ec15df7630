import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { decodeHistory } from '../../api/audit/decode-history';
import { failureConverter } from '../../runtime/codec/failure-converter';
import { EncryptionCodec } from '../../runtime/codec/encryption-codec';
import { createPayloadKeyFile, parsePayloadKeys, readPayloadKeyFile } from '../../runtime/codec/payload-keys';
import { loadConfig } from '../../runtime/config';

const june = 'june:' + Buffer.alloc(32, 1).toString('base64');
const december = 'december:' + Buffer.alloc(32, 2).toString('base64');
const declaration = { nationalRegisterNumber: '85.07.30-033.61', injury: 'fractuur van de linkerpols' };
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('the payload codec', () => {
  const codec = new EncryptionCodec(parsePayloadKeys(june));

  test('seals a payload: encoding binary/encrypted, the key id in clear, no plaintext left', async () => {
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(declaration)]);
    expect(text(sealed.metadata?.encoding)).toBe('binary/encrypted');
    expect(text(sealed.metadata?.['encryption-key-id'])).toBe('june');
    expect(Object.keys(sealed.metadata ?? {}).sort()).toEqual(['encoding', 'encryption-key-id']); // json/plain is hidden too
    expect(Buffer.from(sealed.data!).includes('85.07.30')).toBe(false);
    expect(Buffer.from(sealed.data!).includes('linkerpols')).toBe(false);
    const [opened] = await codec.decode([sealed]);
    expect(defaultPayloadConverter.fromPayload(opened)).toEqual(declaration);
  });

  test('uses a fresh IV per payload: the same value never gives the same ciphertext', async () => {
    const [a, b] = await codec.encode([defaultPayloadConverter.toPayload(declaration), defaultPayloadConverter.toPayload(declaration)]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  test('passes through payloads written before encryption, so old histories still replay', async () => {
    const plain = defaultPayloadConverter.toPayload(declaration);
    expect(await codec.decode([plain])).toEqual([plain]);
  });

  test('refuses a payload whose ciphertext or key id was altered', async () => {
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(declaration)]);
    const data = Buffer.from(sealed.data!);
    data[20] ^= 1;
    await expect(codec.decode([{ ...sealed, data }])).rejects.toThrow();
    const both = new EncryptionCodec(parsePayloadKeys(`${june},${'july:' + Buffer.alloc(32, 1).toString('base64')}`));
    const relabelled: Payload = { ...sealed, metadata: { ...sealed.metadata, 'encryption-key-id': Buffer.from('july') } };
    await expect(both.decode([relabelled])).rejects.toThrow(); // same key bytes, but the id is authenticated
  });
});

describe('key rotation', () => {
  test('a payload sealed under the old key still opens after a new key becomes the write key', async () => {
    const [old] = await new EncryptionCodec(parsePayloadKeys(june)).encode([defaultPayloadConverter.toPayload(declaration)]);
    const rotated = new EncryptionCodec(parsePayloadKeys(`${december},${june}`));
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([old]))[0])).toEqual(declaration);
    const [fresh] = await rotated.encode([defaultPayloadConverter.toPayload(declaration)]);
    expect(text(fresh.metadata?.['encryption-key-id'])).toBe('december');
  });

  test('PAYLOAD_KEY_ID chooses the write key among the configured ones', async () => {
    const [sealed] = await new EncryptionCodec(parsePayloadKeys(`${june},${december}`, 'december')).encode([defaultPayloadConverter.toPayload(1)]);
    expect(text(sealed.metadata?.['encryption-key-id'])).toBe('december');
  });

  test('a payload whose key was removed is refused with the missing key id', async () => {
    const [old] = await new EncryptionCodec(parsePayloadKeys(june)).encode([defaultPayloadConverter.toPayload(declaration)]);
    await expect(new EncryptionCodec(parsePayloadKeys(december)).decode([old])).rejects.toThrow('encrypted with key "june"');
  });
});

describe('keys from configuration', () => {
  test('malformed keys are refused at start', () => {
    expect(() => parsePayloadKeys('short:' + Buffer.alloc(16).toString('base64'))).toThrow('must be 32 bytes');
    expect(() => parsePayloadKeys('no-id-here')).toThrow('id:base64key');
    expect(() => parsePayloadKeys(june, 'december')).toThrow('write key "december" is not among the keys');
    expect(() => parsePayloadKeys(`${june},${june}`)).toThrow('appears twice');
  });

  test('production refuses to start without a key; with PAYLOAD_KEYS it starts', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('Set PAYLOAD_KEYS');
    expect(loadConfig({ NODE_ENV: 'production', PAYLOAD_KEYS: june }).payloadEncryption.keys?.writeKeyId).toBe('june');
    expect(loadConfig({ DATA_DIR: '/srv/claims' }).payloadEncryption).toMatchObject({ keys: undefined, keyFile: '/srv/claims/keys/payload-keys.json', generateKeyFile: true });
  });

  test('the development key file is readable by its owner only and never overwritten', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-keys-'));
    try {
      const file = path.join(folder, 'keys', 'payload-keys.json');
      createPayloadKeyFile(file, new Date('2026-11-30T04:00:00Z'));
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const ring = readPayloadKeyFile(file);
      expect(ring.writeKeyId).toBe('dev-2026-11-30');
      createPayloadKeyFile(file, new Date('2026-12-01T04:00:00Z'));
      expect(readPayloadKeyFile(file).keys.get('dev-2026-11-30')).toEqual(ring.keys.get('dev-2026-11-30'));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('failure messages', () => {
  test('are sealed in the payload and read back for the auditor', async () => {
    // As the SDK seals a failure: its message goes into an encoded attribute, which the codec then encrypts.
    const codec = new EncryptionCodec(parsePayloadKeys(june));
    const failure = failureConverter.errorToFailure(new Error(`Rijksregisternummer ${declaration.nationalRegisterNumber} is onbekend`), defaultPayloadConverter);
    [failure.encodedAttributes] = await codec.encode([failure.encodedAttributes!]);
    expect(failure.message).toBe('Encoded failure');
    expect(JSON.stringify(failure)).not.toContain('85.07.30');
    const history = { events: [{ workflowExecutionFailedEventAttributes: { failure } }] };
    await decodeHistory(history, [codec]);
    expect(history.events[0].workflowExecutionFailedEventAttributes.failure.message).toBe('Rijksregisternummer 85.07.30-033.61 is onbekend');
  });
});
