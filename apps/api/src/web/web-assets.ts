import { Injectable } from '@nestjs/common';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppConfig } from '@app/config';

export interface WebFile {
  absolute: string;
  /** Relative to the build folder, with forward slashes, e.g. `assets/index-3f9a1c.js`. */
  relative: string;
}

/** The built web app on disk (AppConfig.webDistDir, relative to the working directory). */
@Injectable()
export class WebAssets {
  readonly root: string;

  constructor(config: AppConfig) {
    this.root = path.resolve(config.webDistDir);
  }

  /** The file a URL path names inside the build folder, or undefined: never outside it, never a dotfile or folder. */
  async find(urlPath: string): Promise<WebFile | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0') || decoded.includes('\\') || decoded.endsWith('/')) return undefined;
    const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
    if (!relative || relative.split('/').some((segment) => segment.startsWith('.'))) return undefined;
    const absolute = path.resolve(this.root, relative);
    if (!absolute.startsWith(this.root + path.sep)) return undefined;
    return (await isFile(absolute)) ? { absolute, relative } : undefined;
  }

  /** index.html, or undefined when the web app has not been built. */
  async index(): Promise<WebFile | undefined> {
    const absolute = path.join(this.root, 'index.html');
    return (await isFile(absolute)) ? { absolute, relative: 'index.html' } : undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
