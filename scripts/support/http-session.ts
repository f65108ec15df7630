export interface Reply<T = any> {
  status: number;
  body: T;
}

/** A logged-in user's browser session against the API: the session cookie and what login said. */
export class HttpSession {
  constructor(readonly baseUrl: string, private cookie: string | null = null, public me: any = null) {}

  static async login(baseUrl: string, email: string, password = 'demo'): Promise<HttpSession> {
    const session = new HttpSession(baseUrl);
    const reply = await session.post('/api/auth/login', { email, password });
    if (reply.status !== 200) throw new Error(`login of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    session.me = reply.body;
    return session;
  }

  organisationId(name: string): string {
    const organisation = this.me.organisations.find((o: { name: string }) => o.name === name);
    if (!organisation) throw new Error(`${this.me.user.email} has no access to ${name}`);
    return organisation.id;
  }

  get activeOrganisationId(): string {
    return this.me.activeOrganisationId;
  }

  /** The raw response, for files; a FormData body goes as multipart, anything else as JSON. */
  async fetch(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const json = body !== undefined && !(body instanceof FormData);
    const response = await fetch(this.baseUrl + url, {
      method,
      redirect: 'manual',
      headers: {
        ...(json ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData || typeof body === 'string' ? body : JSON.stringify(body),
    });
    // The session cookie only: the eID login's attempt cookie is no session. A redirect (the eID start) is an answer, not followed.
    const sessionCookie = response.headers.getSetCookie().find((line) => line.startsWith('claims_session='));
    if (sessionCookie) this.cookie = sessionCookie.split(';')[0];
    return response;
  }

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await this.fetch(method, url, body, headers);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: type.includes('json') && text ? JSON.parse(text) : text };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) => this.request<T>('POST', url, body, headers);
  put = <T = any>(url: string, body: unknown) => this.request<T>('PUT', url, body);

  /** Like request, but anything other than `expected` is an error. */
  async expect<T = any>(expected: number, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const reply = await this.request<T>(method, url, body, headers);
    if (reply.status !== expected) throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }
}

export const declarationFixture = (type: string): { type: string; data: Record<string, any> } =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'test', 'fixtures', 'declarations', `${type}.json`), 'utf8'));
