import fs from 'node:fs';
import path from 'node:path';
import express, { RequestHandler, Router } from 'express';

/** Where `scripts/build-ui.sh` puts the built web UI. */
export const uiDist = path.resolve(__dirname, '..', 'ui', 'dist');

/**
 * The web UI: the built files, and index.html for every other page address (the router in the browser
 * reads the path). /api is never answered here. Checked per request, so a UI built after the start is served.
 */
export function webUi(dir = uiDist): Router {
  const router = Router();
  // Vite names the assets by their content hash: they never change under the same name.
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }));
  router.use(express.static(dir, { index: false }));
  const page: RequestHandler = (req, res, next) => {
    const index = path.join(dir, 'index.html');
    // A file that is not there (an old asset, a typo) stays a 404 rather than a page.
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !/^\/api(\/|$)/.test(req.path) && !path.extname(req.path);
    if (!isPage || !fs.existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(page);
  return router;
}
