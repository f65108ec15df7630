import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { ServiceStatus, Supervisor } from '../supervisor';
import { isRunning, startTime } from '../supervisor-processes';

/**
 * In the cluster the API is a process of its own, so it cannot ask the start command's supervisor what runs:
 * the start command writes the services' states to <dataDir>/cluster/supervision.json at each change, and the
 * API's health reads it. The file names the start command (pid and start time): one left by a start command
 * that has ended says nothing.
 */
interface SupervisionRecord {
  pid: number;
  startTime?: string;
  services: Record<string, ServiceStatus>;
}

const supervisionFile = (config: Config) => path.join(config.dataDir, 'cluster', 'supervision.json');

/** Keeps the file up to date from now on (the data folder is ours by then); returns how to remove it for good. */
export function publishSupervision(config: Config, supervisor: Supervisor, log: (line: string) => void): () => Promise<void> {
  const file = supervisionFile(config);
  let removed = false;
  const write = () => {
    if (removed) return;
    const record: SupervisionRecord = { pid: process.pid, startTime: startTime(process.pid), services: supervisor.status() };
    try {
      // Renamed into place: a reader never sees half a file.
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(record), { mode: 0o600 });
      fs.renameSync(`${file}.tmp`, file);
    } catch (error) {
      log(`The health endpoint may show old states: ${(error as Error).message}`); // supervising goes on regardless
    }
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  write();
  supervisor.onStatusChange(write);
  return async () => {
    removed = true;
    fs.rmSync(file, { force: true });
  };
}

/** What the running start command supervises; undefined when no start command runs this system (docker-compose). */
export function readSupervision(config: Config): Record<string, ServiceStatus> | undefined {
  let record: SupervisionRecord;
  try {
    record = JSON.parse(fs.readFileSync(supervisionFile(config), 'utf8')) as SupervisionRecord;
  } catch {
    return undefined;
  }
  return isRunning(record.pid) && startTime(record.pid) === record.startTime ? record.services : undefined;
}
