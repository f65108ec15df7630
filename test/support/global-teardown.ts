import { stopSystem, SystemProcess } from '../../scripts/support/system-process';

export default async function globalTeardown(): Promise<void> {
  await stopSystem((globalThis as Record<string, unknown>).__claimsSystem as SystemProcess, Boolean(process.env.KEEP_TEST_DATA));
}
