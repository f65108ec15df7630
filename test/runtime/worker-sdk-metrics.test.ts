import { loadConfig } from '../../runtime/config';
import { workerSdkMetricsAddress } from '../../runtime/cluster/node-processes';

test("each cluster worker serves the SDK's metrics on a port of its own: the configured one, then the next", () => {
  const config = loadConfig({ TEMPORAL_SDK_METRICS_ADDRESS: '127.0.0.1:9799' });
  expect([1, 2, 3].map((n) => workerSdkMetricsAddress(config, n))).toEqual(['127.0.0.1:9799', '127.0.0.1:9800', '127.0.0.1:9801']);
  expect(workerSdkMetricsAddress(loadConfig({}), 2)).toBeUndefined();
});
