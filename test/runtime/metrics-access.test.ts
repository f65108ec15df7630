import type { IncomingMessage } from 'node:http';
import { metricsAccess } from '../../runtime/metrics/access';

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('who may read /metrics', () => {
  test('with METRICS_TOKEN: only its bearer, in and outside production', () => {
    for (const production of [false, true]) {
      const settings = { token: 's3cret-token', production };
      expect(metricsAccess(request('Bearer s3cret-token'), settings)).toBe('allowed');
      expect(metricsAccess(request('bearer s3cret-token'), settings)).toBe('allowed');
      expect(metricsAccess(request(), settings)).toBe('refused');
      expect(metricsAccess(request('Bearer s3cret-tokex'), settings)).toBe('refused');
      expect(metricsAccess(request('Bearer s3cret'), settings)).toBe('refused');
      expect(metricsAccess(request('Basic s3cret-token'), settings)).toBe('refused');
    }
  });

  test('without METRICS_TOKEN: open outside production, off in production whatever is sent', () => {
    expect(metricsAccess(request(), { production: false })).toBe('allowed');
    expect(metricsAccess(request(), { production: true })).toBe('off');
    expect(metricsAccess(request('Bearer anything'), { production: true })).toBe('off');
  });
});
