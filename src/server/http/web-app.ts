/** Serves the built React app (vite build → dist/web) with a fallback to index.html for client routes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

export function registerWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const indexPath = join(webRoot, 'index.html');
  app.use('/assets/*', serveStatic({ root: webRoot }));
  app.get('*', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The web app is not built yet: run `npm run build:web` (npm start does it for you).', 503);
    }
    // A success plan shared with a customer (/p/<token>): the token is in the URL, so the page is
    // never cached, indexed or sent on as a referrer — as the API that serves its data.
    if (c.req.path.startsWith('/p/')) {
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
      c.header('Referrer-Policy', 'no-referrer');
    }
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
