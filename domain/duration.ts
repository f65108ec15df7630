import type { Duration } from '@temporalio/common';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** The units Temporal's durations are written in, as its own `ms` parser reads them: a bare number is milliseconds. */
const notation = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i;

const unitMs = (unit: string) => {
  if (unit.startsWith('ms') || unit.startsWith('milli')) return 1;
  const scale: Record<string, number> = { s: second, m: minute, h: hour, d: day, w: 7 * day, y: 365.25 * day };
  return scale[unit[0]];
};

/**
 * A Temporal duration ('14 days', '2s', '500 milliseconds', or a number of milliseconds) in milliseconds, read
 * exactly as Temporal reads the same text for a timer. Pure and deterministic: workflows use it for deadlines.
 */
export function durationMs(duration: Duration): number {
  if (typeof duration === 'number') return duration;
  const match = duration.length <= 100 ? notation.exec(duration) : null;
  if (!match) throw new TypeError(`Invalid duration string: '${duration}'`);
  return parseFloat(match[1]) * unitMs((match[2] ?? 'ms').toLowerCase());
}
