import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The CLI release whose dev server is Temporal 1.29; built from source because no binary may be downloaded. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export function temporalCliCacheDir(): string {
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'claims-backoffice', 'bin');
}

function onPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const location = found.stdout.trim();
  return found.status === 0 && location ? location : undefined;
}

/**
 * Finds the Temporal CLI: $TEMPORAL_CLI, then `temporal` on PATH, then our cache; otherwise builds it
 * once with `go install` into the cache (outside the repository).
 */
export function ensureTemporalCli(log: (line: string) => void = console.log): string {
  const explicit = process.env.TEMPORAL_CLI;
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`TEMPORAL_CLI points to ${explicit}, which does not exist`);
    return explicit;
  }
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  const cacheDir = temporalCliCacheDir();
  const cached = path.join(cacheDir, 'temporal');
  if (fs.existsSync(cached)) return cached;

  const go = onPath('go') ?? (fs.existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) {
    throw new Error(
      'The Temporal CLI is not installed and Go is not available to build it. Install Go 1.22+ and run\n' +
        `  GOBIN=${cacheDir} go install ${TEMPORAL_CLI_MODULE}\n` +
        'or put a `temporal` executable on PATH, or set TEMPORAL_CLI to its path, or set TEMPORAL_ADDRESS to use an existing cluster.',
    );
  }
  log(`Building the Temporal CLI (${TEMPORAL_CLI_MODULE}) into ${cacheDir}; the first build takes several minutes...`);
  fs.mkdirSync(cacheDir, { recursive: true });
  try {
    execFileSync(go, ['install', TEMPORAL_CLI_MODULE], { env: { ...process.env, GOBIN: cacheDir }, stdio: 'inherit' });
  } catch (error) {
    throw new Error(
      `Building the Temporal CLI failed (${(error as Error).message}). Retry with\n  GOBIN=${cacheDir} go install ${TEMPORAL_CLI_MODULE}`,
    );
  }
  return cached;
}
