import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

export interface ClientApp {
  /** Its workspace under clients/ and the path it is served at. */
  name: 'explorer' | 'portal' | 'staff' | 'display' | 'kiosk';
  /** Where its Vite build writes the page. */
  distDir: string;
  contentSecurityPolicy: string;
  /** A Vue app routes by path: any page URL under it answers with its index.html. */
  historyRouting: boolean;
}

const distOf = (name: ClientApp['name']) => fileURLToPath(new URL(`../../../clients/${name}/dist`, import.meta.url));

const policy = (...directives: string[]) =>
  [
    "default-src 'self'",
    ...directives,
    "object-src 'none'",
    "base-uri 'none'",
    // The pages may act with the staff session cookie or a device key: no other site may frame them.
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * Everything comes from this origin. 'self' also covers the graphql-ws socket (CSP 3 lets 'self'
 * match ws: and wss: on the same host).
 */
const vueAppPolicy = policy(
  "script-src 'self'",
  // Vue binds style attributes while the page runs; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  // QR codes and generated sounds are data: URLs.
  "img-src 'self' data:",
  "media-src 'self' data:",
  "form-action 'self'",
);

const explorerPolicy = policy(
  // Monaco and Radix add <style> elements and style attributes while the page runs; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  // GraphiQL's stylesheet carries its fonts (Roboto, Fira Code, codicons) and a few icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "form-action 'none'",
);

const vueApp = (name: ClientApp['name']): ClientApp => ({ name, distDir: distOf(name), contentSecurityPolicy: vueAppPolicy, historyRouting: true });

export const clientApps: ClientApp[] = [{ name: 'explorer', distDir: distOf('explorer'), contentSecurityPolicy: explorerPolicy, historyRouting: false }, vueApp('portal'), vueApp('staff'), vueApp('display'), vueApp('kiosk')];

/**
 * One app of clients/ at /<name>/, from the files of its Vite build. The build may come after the
 * server starts, so whether it exists is decided per request.
 */
export function clientAppRouter(clientApp: ClientApp): express.Router {
  const { name, distDir } = clientApp;
  const mount = `/${name}`;
  const indexFile = path.join(distDir, 'index.html');
  // Vite names every file under assets/ by its content hash: a new build never reuses a name.
  const hashedAssets = path.join(distDir, 'assets') + path.sep;
  const router = express.Router({ strict: true });
  const sendIndex: express.RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-cache').sendFile(indexFile, (error) => error && next(error));
  };

  router.use(mount, (_req, res, next) => {
    res.set({ 'Content-Security-Policy': clientApp.contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    fs.access(indexFile, (missing) => {
      if (!missing) return next();
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send(`The ${name} is not built: run npm run build -w clients/${name}\n`);
    });
  });
  // The page's files are found relative to the directory URL.
  router.get(mount, (req, res) => {
    const query = req.originalUrl.indexOf('?');
    res.redirect(301, `${name}/${query === -1 ? '' : req.originalUrl.slice(query)}`);
  });
  router.get(`${mount}/`, sendIndex);
  router.use(
    mount,
    express.static(distDir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  // A missing asset stays a 404; any other path is a page of the app's router.
  if (clientApp.historyRouting) router.get(new RegExp(`^${mount}/(?!assets/).*`), sendIndex);
  return router;
}

/** Where the portal's second build writes the booking widget (clients/portal/vite.widget.config.ts). */
export const bookingWidgetFile = fileURLToPath(new URL('../../../clients/portal/dist-widget/zms-booking.js', import.meta.url));

/**
 * The booking widget at a stable address, /widget/zms-booking.js, for other sites' pages to load
 * with one script tag: revalidated on each load (its name never changes with its content), and
 * loadable from any site, also one that isolates itself (Cross-Origin-Resource-Policy) or loads
 * it with `crossorigin` for subresource integrity.
 */
export function bookingWidgetRouter(widgetFile = bookingWidgetFile): express.Router {
  const router = express.Router({ strict: true });
  router.get('/widget/zms-booking.js', (_req, res, next) => {
    res.set({ 'Cache-Control': 'no-cache', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' });
    res.type('text/javascript').sendFile(widgetFile, (error) => {
      if (!error) return;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return next(error);
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send('The booking widget is not built: run npm run build -w clients/portal\n');
    });
  });
  return router;
}
