import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webRoot, '../..');
const contractsSrc = path.join(repoRoot, 'libs/contracts/src');

/**
 * The shared libraries import each other with `.js` specifiers (Node ESM style). Point those at the TypeScript
 * source, even where a compiled `.js` happens to sit beside it, so the browser bundle always matches the source.
 */
function preferTypeScriptSources(): Plugin {
  return {
    name: 'qinao:prefer-ts-sources',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      if (!path.resolve(importer).startsWith(path.join(repoRoot, 'libs') + path.sep)) return null;
      const candidate = path.resolve(path.dirname(importer), source.slice(0, -3) + '.ts');
      return existsSync(candidate) ? candidate : null;
    },
  };
}

// The api serves dist/web on the same origin; `vite dev` proxies an api on its default port for local work on the web app.
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: path.join(webRoot, 'public'),
  plugins: [preferTypeScriptSources(), react()],
  resolve: {
    alias: { '@app/contracts': path.join(contractsSrc, 'index.ts') },
  },
  build: {
    outDir: path.join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    // Everything under assets/ carries a content hash, so the api can cache it for a year.
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
