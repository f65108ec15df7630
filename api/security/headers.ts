import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Chrome shows an inline PDF (policy documents, letters, the declaration summary) in a viewer page of
 * its own, an <embed> with inline styles: the page's policy (object-src 'none') would blank it. A PDF runs
 * no script of ours, so it keeps only the framing rule.
 */
const PDF_POLICY = "frame-ancestors 'none'";

const pdfPolicy: RequestHandler = (_req, res, next) => {
  const writeHead = res.writeHead;
  // Set when the headers go out: only then is the response's type known.
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (/^application\/pdf\b/.test(String(this.getHeader('content-type') ?? ''))) this.setHeader('Content-Security-Policy', PDF_POLICY);
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};

/**
 * Security headers on the page and the API. The UI is built by Vite into script files (no inline script);
 * MUI's emotion writes <style> elements at run time, and swagger-ui (/api/docs) one in its page, so
 * styles may be inline. No site may frame the application. Over plain HTTP (development, the tests)
 * there is no HSTS and no upgrade of requests: production runs behind TLS.
 */
export function securityHeaders(production: boolean): RequestHandler[] {
  return [pdfPolicy, helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // For browsers that predate frame-ancestors.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  })];
}
