import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Where the OpenAPI UI lives; it gets its own policy (inline styles, data: images) and the SPA keeps a strict one. */
export const DOCS_PATH = '/api/docs';

const appPolicy = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      // The web app is built to files: no inline or evaluated scripts anywhere.
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // socket.io connects to the same host over ws:/wss:.
      connectSrc: ["'self'", 'ws:', 'wss:'],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

const docsPolicy = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Swagger UI's page carries inline <style> blocks and draws icons from data: URLs.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

/** Helmet's security headers; the Content-Security-Policy depends on whether the page is the API documentation. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  const isDocs = req.path === DOCS_PATH || req.path.startsWith(`${DOCS_PATH}/`);
  return (isDocs ? docsPolicy : appPolicy)(req, res, next);
};
