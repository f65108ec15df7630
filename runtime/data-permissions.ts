import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The data folder holds personal data (the Temporal store, the database, the payload keys): nobody else
 * may list or read it. As root, embedded PostgreSQL runs as the 'postgres' user and must pass through it
 * to reach data/postgres (which PostgreSQL itself keeps at 0700): then others get traverse only (0711).
 */
export function sealDataFolder(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, os.userInfo().uid === 0 ? 0o711 : 0o700);
  ownerOnlyFiles(dataDir); // its logs: a database error may quote personal data
}

/** Files directly in the folder (not its sub-folders) become readable by their owner only. */
function ownerOnlyFiles(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) fs.chmodSync(path.join(dir, entry.name), 0o600);
  }
}

/** A folder for its owner only; files already in it written before this rule are tightened too. */
export function ownerOnlyFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  ownerOnlyFiles(dir);
}

/** Runs `start` (a spawn) with umask 077, so every file the child creates is its owner's only. */
export function withOwnerOnlyFiles<T>(start: () => T): T {
  const previous = process.umask(0o077);
  try {
    return start();
  } finally {
    process.umask(previous);
  }
}
