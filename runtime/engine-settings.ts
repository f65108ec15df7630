/**
 * Settings of the Temporal server that the system relies on, the same for the dev server (as
 * `--dynamic-config-value`) and the cluster mode's server (its dynamic config file). deploy/temporal-values.yaml
 * gives Kubernetes the same.
 */
export const engineDynamicConfig: Record<string, boolean | number> = {
  // An activity that a workflow task schedules goes back to the worker with that task's answer when the worker has a
  // free slot (the SDK asks for it by default), instead of a trip through the task queue: each projection write, each
  // claim opening, one round trip less. Off by default in the server.
  'system.enableActivityEagerExecution': true,
};

/** The dev server's command-line form: `--dynamic-config-value key=value` per setting. */
export const devServerDynamicConfigArgs = () =>
  Object.entries(engineDynamicConfig).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${JSON.stringify(value)}`]);

/** The server's dynamic config file form: each key with one unconstrained value. */
export const clusterDynamicConfig = () =>
  Object.fromEntries(Object.entries(engineDynamicConfig).map(([key, value]) => [key, [{ value, constraints: {} }]]));
