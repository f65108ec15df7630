/** The worker's resident memory (MB), from process_resident_memory_bytes on its /metrics (runtime/metrics/worker-metrics.ts). */
export async function workerResidentMb(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes '));
  if (!line) throw new Error(`${metricsUrl} reports no process_resident_memory_bytes`);
  return Number(line.split(' ')[1]) / 1024 / 1024;
}

/** Samples each worker's resident memory every second until stopped; answers the highest peak and last sample of any worker. */
export function sampleWorkerMemory(metricsUrls: string[]) {
  const samples = metricsUrls.map(() => [] as number[]);
  const sample = () => Promise.all(metricsUrls.map((url, i) => workerResidentMb(url).then((mb) => samples[i].push(mb), () => undefined)));
  const timer = setInterval(sample, 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      return {
        peakMb: Math.max(...samples.flat()),
        lastMb: Math.max(...samples.map((taken) => taken.at(-1) ?? 0)),
        samples: samples[0].length,
      };
    },
  };
}
