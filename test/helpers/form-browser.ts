// Just enough of a browser to go through a provider's sign-in pages over HTTP: it keeps cookies per host,
// follows redirects one by one, and fills and submits the page's form.

export interface Page {
  url: URL;
  status: number;
  body: string;
}

export class FormBrowser {
  readonly #cookies = new Map<string, Map<string, string>>();

  /** The cookies this browser sends to a host, as a Cookie header. */
  cookieHeader(url: URL): string {
    return [...(this.#cookies.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  keep(url: URL, setCookies: string[]): void {
    const jar = this.#cookies.get(url.host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(at + 1).trim());
    }
    this.#cookies.set(url.host, jar);
  }

  /** One request, no redirect followed. */
  async request(url: URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(url),
        ...(init.form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    this.keep(url, response.headers.getSetCookie());
    return response;
  }

  /** Follows redirects until a page, or until `stopAt` says a URL is the end (it is not fetched). */
  async follow(
    start: URL,
    { stopAt = () => false, form }: { stopAt?: (url: URL) => boolean; form?: Record<string, string> } = {},
  ): Promise<Page> {
    let url = start;
    let response = await this.request(url, form ? { method: 'POST', form } : {});
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      url = new URL(location, url);
      if (stopAt(url)) return { url, status: response.status, body: '' };
      response = await this.request(url);
    }
    return { url, status: response.status, body: await response.text() };
  }

  /** Submits the page's (first) form with its hidden fields and the given ones. */
  submit(page: Page, fields: Record<string, string>, stopAt?: (url: URL) => boolean): Promise<Page> {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
    if (!action) throw new Error(`no form on ${page.url.href}: ${page.body.slice(0, 300)}`);
    const hidden = Object.fromEntries(
      [...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    return this.follow(new URL(action.replace(/&amp;/g, '&'), page.url), { form: { ...hidden, ...fields }, stopAt });
  }
}
