import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The AES-256 keys that seal Temporal's payloads: every key decrypts, the write key encrypts new ones. */
export interface PayloadKeyRing {
  writeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const KEY_BYTES = 32; // AES-256
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

function keyRing(entries: [string, string][], writeKeyId: string | undefined, source: string): PayloadKeyRing {
  if (entries.length === 0) throw new Error(`${source} holds no key.`);
  const keys = new Map<string, Buffer>();
  for (const [id, base64] of entries) {
    if (!KEY_ID.test(id)) throw new Error(`${source}: key id "${id}" may hold only letters, digits, '.', '_' and '-'.`);
    const key = Buffer.from(base64, 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`${source}: key "${id}" must be ${KEY_BYTES} bytes in base64 (openssl rand -base64 32).`);
    if (keys.has(id)) throw new Error(`${source}: key id "${id}" appears twice.`);
    keys.set(id, key);
  }
  const writeId = writeKeyId || entries[0][0];
  if (!keys.has(writeId)) throw new Error(`${source}: the write key "${writeId}" is not among the keys.`);
  return { writeKeyId: writeId, keys };
}

/** `PAYLOAD_KEYS="2026-12:base64,2026-06:base64"`: the first (or `writeKeyId`) encrypts, all decrypt. */
export function parsePayloadKeys(spec: string, writeKeyId?: string, source = 'PAYLOAD_KEYS'): PayloadKeyRing {
  const entries = spec.split(',').map((item) => item.trim()).filter(Boolean).map((item): [string, string] => {
    const colon = item.indexOf(':');
    if (colon < 1) throw new Error(`${source} must read "id:base64key,id:base64key", got an entry without "id:".`);
    return [item.slice(0, colon), item.slice(colon + 1)];
  });
  return keyRing(entries, writeKeyId, source);
}

/** The key file: `{ "writeKeyId": "...", "keys": { "<id>": "<base64>" } }`; rotation adds a key and moves writeKeyId. */
export function readPayloadKeyFile(file: string): PayloadKeyRing {
  let content: { writeKeyId?: unknown; keys?: unknown };
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The payload key file ${file} cannot be read: ${(error as Error).message}`);
  }
  const keys = content.keys && typeof content.keys === 'object' ? Object.entries(content.keys as Record<string, unknown>) : [];
  if (keys.some(([, value]) => typeof value !== 'string')) throw new Error(`${file}: every key must be a base64 string.`);
  return keyRing(keys as [string, string][], typeof content.writeKeyId === 'string' ? content.writeKeyId : undefined, file);
}

/** A fresh key file readable by its owner only (folder 0700, file 0600); an existing file is never overwritten. */
export function createPayloadKeyFile(file: string, today = new Date()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(file), 0o700);
  const id = `dev-${today.toISOString().slice(0, 10)}`;
  const content = JSON.stringify({ writeKeyId: id, keys: { [id]: randomBytes(KEY_BYTES).toString('base64') } }, null, 2);
  try {
    fs.writeFileSync(file, `${content}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first: use theirs
  }
}
