import fs from 'node:fs';
import path from 'node:path';
import { isRunning, startTime } from './supervisor-processes';

/** data/system.pid: the start command that owns the data folder (and the servers on it) right now. */
export function systemPidFile(dataDir: string): string {
  return path.join(dataDir, 'system.pid');
}

/**
 * Claims the data folder for this process. Servers found on the folder later are then leftovers of a
 * crashed start, safe to stop; a second start on a folder whose owner still runs is refused instead.
 * Returns how to release the claim.
 */
export function claimDataFolder(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = systemPidFile(dataDir);
  if (fs.existsSync(file)) {
    try {
      const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; startTime?: string };
      if (owner.pid !== process.pid && isRunning(owner.pid) && startTime(owner.pid) === owner.startTime) {
        throw new Error(`Another start command (pid ${owner.pid}) is running on ${dataDir}. Stop it first, or set DATA_DIR to another folder.`);
      }
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, startTime: startTime(process.pid) }));
  return () => fs.rmSync(file, { force: true });
}
