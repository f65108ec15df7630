import { apiUrl } from './api';

/** The demo eID cards (db/seeds/demo-data eidCards) the tests read. */
export const eidCard = {
  an: '71031512366', // An Peeters, customer of Bakkerij Peeters and Peeters Vastgoed
  els: '83072234511', // Els Wouters, customer of Transport Wouters
  handler: '88110427674', // Hanne De Smet, a handler: staff
  pieter: '90113015440', // Pieter Janssens: no user agreement names him
  lies: '95062214865', // Lies Vermeulen: named only by the browser walk of the user agreement (test/ui/user-agreement)
} as const;

/** One origin's cookies, as a browser keeps them (names and values; paths do not matter here). */
class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
      const expired = attributes.some((attribute) => /expires=Thu, 01 Jan 1970/i.test(attribute)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has = (name: string) => this.cookies.has(name);
  get = (name: string) => this.cookies.get(name);
  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/**
 * A browser walking the eID redirects by hand (fetch, redirects not followed): the portal and the provider each
 * with their cookies, so a test can change what passes between them as an attacker would.
 */
export class EidBrowser {
  readonly portal = new CookieJar();
  readonly provider = new CookieJar();

  private jarOf = (url: string) => (url.startsWith(apiUrl()) ? this.portal : this.provider);

  async get(url: string): Promise<Response> {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: this.jarOf(url).header() } });
    this.jarOf(url).take(response);
    return response;
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams(form),
      headers: { cookie: this.jarOf(url).header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    this.jarOf(url).take(response);
    return response;
  }

  /** GET /api/auth/eid/start: the provider's authorization address it redirects to. */
  async start(): Promise<URL> {
    const response = await this.get(`${apiUrl()}/api/auth/eid/start`);
    if (response.status !== 303) throw new Error(`eID start answered ${response.status}: ${await response.text()}`);
    return new URL(response.headers.get('location')!);
  }

  /** At the provider: the authorization request, the card page, the chosen card; returns the answer it sends back to the portal. */
  async readCard(authorization: URL, nationalRegisterNumber: string): Promise<URL> {
    let response = await this.get(authorization.href);
    let location = new URL(response.headers.get('location')!, authorization);
    if (location.href.startsWith(apiUrl())) return location; // refused at once (an error answer)
    const page = await (await this.get(location.href)).text();
    if (!page.includes(nationalRegisterNumber)) throw new Error(`the card page offers no card ${nationalRegisterNumber}`);
    response = await this.post(`${location.href}/card`, { nationalRegisterNumber });
    for (let hops = 0; hops < 5 && !location.href.startsWith(apiUrl()); hops += 1) {
      location = new URL(response.headers.get('location')!, location);
      if (!location.href.startsWith(apiUrl())) response = await this.get(location.href);
    }
    return location;
  }

  /** The provider's answer delivered to the portal's callback. */
  callback = (answer: URL) => this.get(answer.href);

  /** The whole dance for one card, untouched: the callback's response. */
  async logIn(nationalRegisterNumber: string): Promise<Response> {
    return this.callback(await this.readCard(await this.start(), nationalRegisterNumber));
  }

  get sessionCookie(): string | undefined {
    const token = this.portal.get('claims_session');
    return token && `claims_session=${token}`;
  }
}

/** The error the portal answered, as JSON. */
export const refusal = async (response: Response) => ({ status: response.status, ...((await response.json()) as { error: { code: string; message: string } }) });
