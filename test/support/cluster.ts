import path from 'node:path';
import { pidFileOf, readChildRecord } from '../../runtime/child-process';
import { isRunning } from '../../runtime/supervisor-processes';
import type { SystemProcess } from '../../scripts/support/system-process';

/** The pid of a cluster process the start command runs ('server', 'api', 'worker-1' ...), from its pid file. */
export function clusterPid(system: SystemProcess, file: string): number {
  const record = readChildRecord(pidFileOf(path.join(system.dataDir, 'cluster'), file));
  if (!record || !isRunning(record.pid)) throw new Error(`no running ${file} process`);
  return record.pid;
}
