import type { Duration } from '@temporalio/common';
import { durationMs } from '../../domain/duration';

test('a duration reads as Temporal reads it for a timer: the settings and the recorded workflow inputs', () => {
  const durations: Duration[] = ['14 days', '90 days', '1 hour', '30 minutes', '3 seconds', '2s', '500 milliseconds', '1.5h', '1 week', 250];
  expect(durations.map((duration) => durationMs(duration)))
    .toEqual([1_209_600_000, 7_776_000_000, 3_600_000, 1_800_000, 3_000, 2_000, 500, 5_400_000, 604_800_000, 250]);
});

test('a malformed duration is refused, never read as zero', () => {
  for (const text of ['', 'soon', '1 fortnight', '14 dagen']) expect(() => durationMs(text as never)).toThrow(TypeError);
});
