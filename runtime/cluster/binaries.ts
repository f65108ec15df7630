import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { temporalCliCacheDir } from '../temporal-cli';

/** The Temporal server release the dev server embeds too: same engine, now on PostgreSQL. */
export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';

export interface TemporalServerBinaries {
  /** `server start`: the four services (frontend, history, matching, worker) in one process. */
  server: string;
  /** temporal-sql-tool: creates the databases and applies the versioned schema. */
  sqlTool: string;
}

function goBinary(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  return fs.existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined;
}

function requireGo(what: string): string {
  const go = goBinary();
  if (!go) throw new Error(`Go 1.22+ is needed for ${what} (the Temporal server is built from source, never downloaded). Install Go, or run without --cluster.`);
  return go;
}

/** The Web UI's server, the release the CLI (runtime/temporal-cli.ts, v1.5.1) embeds in its dev server: the same UI in both modes. */
export const TEMPORAL_UI_SERVER_MODULE = 'github.com/temporalio/ui-server/v2';
export const TEMPORAL_UI_SERVER_VERSION = 'v2.42.1';

/**
 * Builds one Go command (`target`: package@version) into the cache (outside the repository) as `name`, once.
 * `go install` names the binary after its package folder (`installedAs`): when that is not `name`, it is
 * built in a folder of its own and moved, so that two commands called `server` do not clash.
 */
function ensureBuilt(name: string, target: string, log: (line: string) => void, installedAs = name): string {
  const cacheDir = temporalCliCacheDir();
  const binary = path.join(cacheDir, name);
  if (fs.existsSync(binary)) return binary;
  const go = requireGo(`building ${target}`);
  const gobin = installedAs === name ? cacheDir : path.join(cacheDir, `.build-${name}`);
  log(`Building ${target} into ${cacheDir}; the first build takes several minutes...`);
  fs.mkdirSync(gobin, { recursive: true });
  try {
    execFileSync(go, ['install', target], { env: { ...process.env, GOBIN: gobin }, stdio: 'inherit' });
  } catch (error) {
    const retry = `GOBIN=${gobin} go install ${target}${gobin === cacheDir ? '' : ` && mv ${path.join(gobin, installedAs)} ${binary}`}`;
    throw new Error(`Building ${target} failed (${(error as Error).message}). Retry with\n  ${retry}`);
  }
  if (gobin !== cacheDir) {
    fs.renameSync(path.join(gobin, installedAs), binary);
    fs.rmSync(gobin, { recursive: true, force: true });
  }
  return binary;
}

/** The server and its SQL tool from our cache; built with `go install` when missing (the module has no replace directive). */
export function ensureTemporalServer(log: (line: string) => void = console.log): TemporalServerBinaries {
  const build = (name: string, packagePath: string) => ensureBuilt(name, `${TEMPORAL_SERVER_MODULE}/${packagePath}@${TEMPORAL_SERVER_VERSION}`, log);
  // `go install` names the binary after its package folder: cmd/server -> server, cmd/tools/sql -> sql.
  return { server: build('server', 'cmd/server'), sqlTool: build('sql', 'cmd/tools/sql') };
}

/** The Temporal Web UI server (its cmd/server embeds the built UI) from our cache as `temporal-ui-server`; built when missing. */
export function ensureTemporalUiServer(log: (line: string) => void = console.log): string {
  return ensureBuilt('temporal-ui-server', `${TEMPORAL_UI_SERVER_MODULE}/cmd/server@${TEMPORAL_UI_SERVER_VERSION}`, log, 'server');
}

/**
 * The server module's source folder in Go's module cache: its versioned PostgreSQL schema ships there
 * (schema/postgresql/v12/...), so the repository never copies it. Downloaded through the module proxy when missing.
 */
export function temporalServerModuleDir(): string {
  const go = requireGo('the Temporal schema files');
  const module = `${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`;
  const cache = execFileSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
  const cached = path.join(cache, module);
  if (fs.existsSync(path.join(cached, 'schema'))) return cached;
  const downloaded = JSON.parse(execFileSync(go, ['mod', 'download', '-json', module], { encoding: 'utf8' })) as { Dir?: string; Error?: string };
  if (!downloaded.Dir) throw new Error(`go mod download ${module} failed: ${downloaded.Error ?? 'no folder'}`);
  return downloaded.Dir;
}
