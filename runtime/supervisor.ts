/**
 * Keeps the services the start command runs (embedded PostgreSQL, the Temporal dev server, the worker)
 * alive: when one ends without being asked to, it is started again after a back-off (1 s, 2 s, 4 s ...
 * at most 30 s; back to 1 s once a run stayed up a minute), with a log line for each step and a status
 * the health endpoint shows.
 */

/** One run of a service, from ready to ended. */
export interface ServiceRun {
  /** Settles when the run ends by itself (a crash); the value or error says how. */
  ended: Promise<unknown>;
  /** Ends the run on request; `ended` then no longer counts as a crash. */
  stop: () => Promise<void>;
}

export type ServiceState = 'up' | 'restarting' | 'stopped';

export interface ServiceStatus {
  state: ServiceState;
  /** How many times it was started again since the system started. */
  restarts: number;
  /** When the current state began (ISO time). */
  since: string;
}

export interface BackOff {
  initialMs: number;
  maxMs: number;
  /** A run that stayed up this long resets the back-off to `initialMs`. */
  stableMs: number;
}

export const defaultBackOff: BackOff = { initialMs: 1000, maxMs: 30_000, stableMs: 60_000 };

const describe = (outcome: unknown) => (outcome instanceof Error ? outcome.message : String(outcome ?? 'it ended'));

export class Supervisor {
  private readonly statuses = new Map<string, ServiceStatus>();
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly log: (line: string) => void,
    private readonly backOff: BackOff = defaultBackOff,
  ) {}

  status(): Record<string, ServiceStatus> {
    return Object.fromEntries([...this.statuses].map(([name, status]) => [name, { ...status }]));
  }

  /** Called after each change of a service's state: for a reader in another process (runtime/cluster/supervision-file.ts). */
  onStatusChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Starts `name` with `launch` (its first failure is the caller's: the system does not come up) and
   * watches it from then on. Returns how to stop it for good.
   */
  async supervise(name: string, launch: () => Promise<ServiceRun>): Promise<() => Promise<void>> {
    let run = await launch();
    let stopping = false;
    let requestStop: () => void = () => undefined;
    const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
    const status = (state: ServiceState, restarts: number) => {
      this.statuses.set(name, { state, restarts, since: new Date().toISOString() });
      for (const listener of this.listeners) listener();
    };
    status('up', 0);

    const watch = async () => {
      let restarts = 0;
      let delayMs = this.backOff.initialMs;
      for (;;) {
        const upSince = Date.now();
        const outcome = await Promise.race([run.ended.then(describe, describe), stopRequested]);
        if (stopping) return;
        if (Date.now() - upSince >= this.backOff.stableMs) delayMs = this.backOff.initialMs;
        status('restarting', restarts);
        this.log(`${name} stopped unexpectedly (${outcome}); starting it again in ${delayMs / 1000} s.`);
        for (;;) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([stopRequested, new Promise((resolve) => (timer = setTimeout(resolve, delayMs)))]);
          clearTimeout(timer);
          if (stopping) return;
          delayMs = Math.min(delayMs * 2, this.backOff.maxMs);
          try {
            run = await launch();
            break;
          } catch (error) {
            this.log(`${name} did not start again (${describe(error)}); next try in ${delayMs / 1000} s.`);
          }
        }
        if (stopping) {
          await run.stop();
          return;
        }
        restarts += 1;
        status('up', restarts);
        this.log(`${name} is running again (restart ${restarts}).`);
      }
    };
    const watching = watch();

    return async () => {
      stopping = true;
      requestStop();
      await run.stop();
      await watching; // a launch under way is stopped when it is ready
      status('stopped', this.statuses.get(name)?.restarts ?? 0);
    };
  }
}
