import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@app/config';
import { cacheControlFor, isReservedPath, isSpaRoute, REVALIDATE } from './web-app.paths.js';
import { WebAssets, type WebFile } from './web-assets.js';
import { webNotBuiltPage } from './web-not-built.page.js';

/**
 * Serves the built web app on the api's origin: its files, and index.html for the app's client-side routes so a
 * reload or a shared link works. Api paths pass straight through to their controllers.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  constructor(
    private readonly assets: WebAssets,
    private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const pathname = pathOf(req.originalUrl);
    if (pathname === undefined || isReservedPath(pathname)) return next();

    const file = await this.assets.find(pathname);
    if (file) return send(res, file, cacheControlFor(file.relative), next);
    if (!isSpaRoute(pathname)) return next();

    const index = await this.assets.index();
    if (index) return send(res, index, REVALIDATE, next);
    res.status(503).set('Cache-Control', 'no-store').type('html').send(webNotBuiltPage(this.config.webDistDir));
  }
}

function pathOf(originalUrl: string): string | undefined {
  try {
    return new URL(originalUrl, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

function send(res: Response, file: WebFile, cacheControl: string, next: NextFunction): void {
  res.sendFile(file.absolute, { cacheControl: false, dotfiles: 'deny', headers: { 'Cache-Control': cacheControl } }, (err) => {
    // A client that went away mid-transfer is not an error worth a 500.
    if (err && !res.headersSent) next(err);
  });
}
