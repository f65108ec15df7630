import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { spawnSystem } from '../../scripts/support/system-process';

/** Starts the real system once for the whole suite, the way the README's start command does (web UI built first). */
export default async function globalSetup(): Promise<void> {
  execFileSync('bash', [path.resolve(__dirname, '..', '..', 'scripts', 'build-ui.sh')], { stdio: 'inherit' });
  // Every test logs in from 127.0.0.1, and some fail on purpose: the per-address login throttle would
  // lock the whole suite out. Accounts keep the production thresholds (tests fail logins on their own e-mails).
  // Workplace-accident benefits run on the law's months and years: the suite runs them in seconds (a month of 5 s,
  // a revision period of 40 s, a benefit year of 90 s), so a test sees the allowance, the revision's end and the annuity.
  const benefits = { BENEFITS_MONTH: '5 seconds', BENEFITS_REVISION_PERIOD: '40 seconds', BENEFITS_RATIFICATION_REMIND_AFTER: '3 seconds', BENEFITS_YEAR: '90 seconds' };
  // A user agreement escalates four days after its receipt: the suite waits 8 seconds; an untouched draft expires after
  // 90 days: the suite's after 20 seconds (longer than a browser takes from saving a draft to signing it).
  const userAgreements = { USER_AGREEMENT_ESCALATE_AFTER: '8 seconds', USER_AGREEMENT_DRAFT_EXPIRES_AFTER: '20 seconds' };
  // /metrics as in production: readable only with the bearer token (test/api/metrics.test.ts).
  const metrics = { METRICS_TOKEN: randomBytes(24).toString('hex') };
  const system = await spawnSystem({ NODE_ENV: 'test', LOGIN_ADDRESS_FREE_FAILURES: '100000', LOGIN_ADDRESS_LOCK_AFTER: '100000', ...benefits, ...userAgreements, ...metrics });
  (globalThis as Record<string, unknown>).__claimsSystem = system;
  process.env.TEST_API_URL = system.apiUrl;
  process.env.TEST_TEMPORAL_ADDRESS = system.temporalAddress;
  process.env.TEST_DATABASE_URL = system.databaseUrl;
  process.env.TEST_PAYLOAD_KEYS = system.payloadKeys;
  process.env.TEST_DATA_DIR = system.dataDir;
  process.env.TEST_METRICS_TOKEN = metrics.METRICS_TOKEN;
  process.env.TEST_WORKER_METRICS_URL = `http://127.0.0.1:${system.env.WORKER_METRICS_PORT}/metrics`;
}
