/** Retries `probe` until it resolves or `timeoutMs` passes; the last error explains a timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, timeoutMs: number, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await probe();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
  throw new Error(`${what} was not ready after ${Math.round(timeoutMs / 1000)} s: ${(lastError as Error)?.message ?? lastError}`);
}
