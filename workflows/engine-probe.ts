/** A workflow that does nothing: the benchmark's measure of what the engine itself costs per workflow. */
export async function engineProbeWorkflow(): Promise<string> {
  return 'done';
}
