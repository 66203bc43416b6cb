import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

/** Where `npm run build -w clients/explorer` writes the page. */
export const explorerDist = fileURLToPath(new URL('../../../clients/explorer/dist', import.meta.url));

const notBuilt = 'The explorer is not built: run npm run build -w clients/explorer\n';

/**
 * Everything comes from this origin. 'self' also covers the graphql-ws socket (CSP 3 lets 'self'
 * match ws: and wss: on the same host) and Monaco's workers, which Vite emits as files of their own.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  // Monaco and Radix add <style> elements and style attributes while the page runs; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  // GraphiQL's stylesheet carries its fonts (Roboto, Fira Code, codicons) and a few icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The page may act with the staff session cookie: no other site may frame it.
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL at /explorer/, from the files of the explorer's Vite build in `distDir`. The build may
 * come after the server starts, so whether it exists is decided per request.
 */
export function explorerRouter(distDir: string): express.Router {
  const indexFile = path.join(distDir, 'index.html');
  // Vite names every file under assets/ by its content hash: a new build never reuses a name.
  const hashedAssets = path.join(distDir, 'assets') + path.sep;
  const router = express.Router({ strict: true });

  router.use('/explorer', (_req, res, next) => {
    res.set({ 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    fs.access(indexFile, (missing) => {
      if (!missing) return next();
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send(notBuilt);
    });
  });
  // The page refers to its files relative to itself, which only resolves from the directory URL.
  router.get('/explorer', (req, res) => {
    const query = req.originalUrl.indexOf('?');
    res.redirect(301, `explorer/${query === -1 ? '' : req.originalUrl.slice(query)}`);
  });
  router.get('/explorer/', (_req, res, next) => {
    res.set('Cache-Control', 'no-cache').sendFile(indexFile, (error) => error && next(error));
  });
  router.use(
    '/explorer',
    express.static(distDir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  return router;
}
