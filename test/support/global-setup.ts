import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { spawnSystem } from '../../scripts/support/system-process';

/** Starts the real system once for the whole suite, the way the README's start command does (web UI built first). */
export default async function globalSetup(): Promise<void> {
  execFileSync('bash', [path.resolve(__dirname, '..', '..', 'scripts', 'build-ui.sh')], { stdio: 'inherit' });
  const system = await spawnSystem({ NODE_ENV: 'test' });
  (globalThis as Record<string, unknown>).__claimsSystem = system;
  process.env.TEST_API_URL = system.apiUrl;
  process.env.TEST_TEMPORAL_ADDRESS = system.temporalAddress;
  process.env.TEST_DATABASE_URL = system.databaseUrl;
}
