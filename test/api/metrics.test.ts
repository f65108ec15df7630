import { apiUrl, demo, Session } from '../support/api';
import { openLiabilityClaim, waitUntil } from '../support/claims';

/** Prometheus metrics of the API and the worker (runtime/metrics): readable with METRICS_TOKEN only (the suite sets one). */
const token = () => process.env.TEST_METRICS_TOKEN!;
const workerMetricsUrl = () => process.env.TEST_WORKER_METRICS_URL!;
const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

async function scrape(url: string): Promise<string> {
  const reply = await fetch(url, { headers: bearer(token()) });
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return reply.text();
}

/** The value of one series ('name{label="value"}'); absent: 0 (a counter not yet incremented for that label). */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  let customer: Session;
  let handler: Session;
  beforeAll(async () => {
    [customer, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });

  it('refuses a reader without the token, or with a wrong one, on the API and on the worker', async () => {
    for (const url of [`${apiUrl()}/metrics`, workerMetricsUrl()]) {
      const anonymous = await fetch(url);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('process_cpu');
      expect((await fetch(url, { headers: bearer(`${token()}x`) })).status).toBe(401);
      expect((await fetch(url, { headers: bearer(token().slice(1)) })).status).toBe(401);
    }
    // A signed-in handler is no metrics reader either: the session cookie does not open it.
    expect((await handler.get('/metrics')).status).toBe(401);
  });

  it('answers Prometheus text with the Node process metrics', async () => {
    const api = await scrape(`${apiUrl()}/metrics`);
    expect(api).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(api).toContain('# TYPE http_request_duration_seconds histogram');
    const worker = await scrape(workerMetricsUrl());
    expect(worker).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(worker).toContain('# TYPE claims_declarations_submitted_total counter');
  });

  it('counts a submitted declaration, an opened claim and a decision exactly once', async () => {
    const submitted = 'claims_declarations_submitted_total{type="liability"}';
    const opened = 'claims_claims_opened_total{type="liability"}';
    const refusals = 'claims_decisions_total{kind="refuse"}';
    const before = await scrape(workerMetricsUrl());

    const id = await openLiabilityClaim(customer, handler);
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${id}/decision`, { decision: 'refuse', reason: 'Buiten de dekking' });

    // The projections run in the worker after the answers: wait for them, then check nothing counts twice.
    const after = await waitUntil(async () => {
      const text = await scrape(workerMetricsUrl());
      return valueOf(text, refusals) > valueOf(before, refusals) && valueOf(text, submitted) > valueOf(before, submitted) ? text : null;
    });
    expect(valueOf(after, submitted) - valueOf(before, submitted)).toBe(1);
    expect(valueOf(after, opened) - valueOf(before, opened)).toBe(1);
    expect(valueOf(after, refusals) - valueOf(before, refusals)).toBe(1);
  });

  it('times HTTP requests per method, route pattern and status code, never per raw URL', async () => {
    const claimId = await openLiabilityClaim(customer, handler);
    await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    await handler.expect(200, 'GET', '/api/backoffice/claims?pageSize=1');
    const missing = '7f3c2a1e-0b9d-4c8e-9a51-2d6f0e4b8c73';
    expect((await handler.get(`/api/no-such-route/${missing}`)).status).toBe(404);
    const text = await scrape(`${apiUrl()}/metrics`);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/backoffice\/claims\/:id",status_code="200"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/backoffice\/claims",status_code="200"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="unmatched",status_code="404"\} [1-9]/); // no route: no path at all
    expect(text).not.toContain(claimId);
    expect(text).not.toContain(missing);
    expect(text).not.toMatch(/route="[^"]*[0-9a-f]{8}-[0-9a-f]{4}-/); // no uuid in any route label
  });
});
