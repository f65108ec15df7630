/** The p-th percentile (nearest rank) of durations in ms. */
export function percentile(durations: number[], p: number): number {
  if (!durations.length) return NaN;
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (n: number) => `${Math.round(n)} ms`;

/** "p95 (p50 …, n samples)": the figure the issue asks for first, then what it rests on. */
export const latency = (durations: number[], what: string) =>
  `${ms(percentile(durations, 95))} (p50 ${ms(percentile(durations, 50))}, ${durations.length} ${what})`;
