/*
 * Qinao Alert field service worker (scope /field): keeps the field app's shell so /field opens and reloads without a
 * network, and sends the field outbox by itself when Background Sync says the network is back (tag `field-outbox`),
 * even with no page open.
 *
 * The outbox rules are those of apps/web/src/field/outbox.model.ts and outbox-runner.ts, written out here in plain
 * JavaScript (this file is served as it is, not bundled): keep them in step. It reads the IndexedDB database the page
 * writes (apps/web/src/field/field-db.ts): the outbox, and the access token the page keeps fresh. Without a usable
 * token it leaves everything to the page, which can renew the session.
 *
 * The resident page's /sw.js (scope /) is separate and unaffected.
 */
const SHELL_CACHE = 'qinao-field-shell-v1';
const SHELL_KEY = '/field';
const STATIC_FILES = ['/favicon.svg', '/field.webmanifest', '/field-icon.svg', '/field-icon-maskable.svg'];
const NAVIGATION_TIMEOUT_MS = 4000;
// The api answers with `Vary: Origin` (CORS); a page's module script asks with an Origin header, the copy was fetched
// here without one. The files are the same either way.
const MATCH = { ignoreVary: true };

const DB_NAME = 'qinao-field';
const DB_VERSION = 1;
const OUTBOX = 'outbox';
const SESSION = 'session';
const CACHE = 'cache';
const SESSION_KEY = 'current';
const SYNC_TAG = 'field-outbox';
const CHANNEL = 'qinao-field-outbox';
const LOCK = 'qinao-field-outbox';
const TOKEN_MARGIN_MS = 30000;
const SEND_LEASE_MS = 60000;
const RETRY_DELAYS_MS = [5000, 15000, 30000, 60000, 120000, 300000];
// The kinds of record this worker knows how to send (OUTBOX_KINDS in outbox.model.ts). A record of a kind it does not
// know (a newer page, this worker not yet updated) is left to the page.
const OUTBOX_KINDS = ['report', 'check-in', 'transition', 'checklist', 'welfare-check', 'transfer'];

/* ---------- app shell ---------- */

/** The hashed files index.html loads (scripts, styles, preloads). */
function assetsOf(html) {
  const found = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) found.add(match[1]);
  return [...found];
}

async function storeShell(cache, response) {
  const html = await response.clone().text();
  await cache.put(SHELL_KEY, response);
  const assets = assetsOf(html);
  await Promise.all(
    assets.map(async (url) => {
      if (await cache.match(url, MATCH)) return;
      const asset = await fetch(url, { cache: 'no-cache' });
      if (asset.ok) await cache.put(url, asset);
    }),
  );
  // Hashed files of older builds are no longer loaded by the shell: drop them.
  const keep = new Set(assets);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !keep.has(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      const shell = await fetch(SHELL_KEY, { cache: 'no-cache' });
      if (shell.ok) await storeShell(cache, shell);
      await Promise.all(
        STATIC_FILES.map(async (url) => {
          const response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
          if (response && response.ok) await cache.put(url, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('qinao-field-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** Pages: the network first (a deploy shows at once), the kept shell when the network fails or hangs. */
async function navigate(request) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok && (response.headers.get('Content-Type') || '').includes('text/html')) {
      // Kept in the background: the page does not wait for its files to be copied.
      storeShell(cache, response.clone()).catch(() => undefined);
    }
    return response;
  } catch (err) {
    const shell = await cache.match(SHELL_KEY, MATCH);
    if (shell) return shell;
    throw err;
  }
}

/** Hashed files never change: the kept copy, else the network (and keep it). */
async function asset(request) {
  const cache = await caches.open(SHELL_CACHE);
  const kept = await cache.match(request, MATCH);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Small files that may change: the network, the kept copy when it fails. */
async function fresh(request) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const kept = await cache.match(request, MATCH);
    if (kept) return kept;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.pathname === '/field' || url.pathname.startsWith('/field/')) event.respondWith(navigate(request));
    return;
  }
  if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (STATIC_FILES.includes(url.pathname)) event.respondWith(fresh(request));
  // Everything else (the api, the socket) goes straight to the network.
});

/* ---------- the outbox ---------- */

let opening;
function openDb() {
  opening =
    opening ||
    new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(OUTBOX)) db.createObjectStore(OUTBOX, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(SESSION)) db.createObjectStore(SESSION);
        if (!db.objectStoreNames.contains(CACHE)) db.createObjectStore(CACHE);
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = undefined;
        reject(request.error);
      };
    });
  return opening;
}

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function readSession() {
  const db = await openDb();
  return done(db.transaction(SESSION).objectStore(SESSION).get(SESSION_KEY));
}

async function allItems() {
  const db = await openDb();
  return done(db.transaction(OUTBOX).objectStore(OUTBOX).getAll());
}

async function change(id, fn) {
  const db = await openDb();
  const tx = db.transaction(OUTBOX, 'readwrite');
  const store = tx.objectStore(OUTBOX);
  const current = await done(store.get(id));
  const next = current ? fn(current) : undefined;
  if (next) store.put(next);
  await committed(tx);
  return next;
}

function isDue(item, now) {
  if (item.state === 'sending') return item.leaseUntil === null || Date.parse(item.leaseUntil) <= now;
  // The network is back: backoff waits are skipped, as when the page sees `online`.
  return item.state === 'pending';
}

function claim(item, now) {
  if (!isDue(item, now)) return undefined;
  return { ...item, state: 'sending', leaseUntil: new Date(now + SEND_LEASE_MS).toISOString() };
}

function retryDelay(attempts) {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
}

function settle(item, outcome, now) {
  const base = { ...item, leaseUntil: null };
  if (outcome.kind === 'delivered') return { ...base, state: 'sent', sentAt: new Date(now).toISOString(), nextAttemptAt: null, problem: null };
  if (outcome.kind === 'auth') return { ...base, state: 'pending', nextAttemptAt: null };
  if (outcome.kind === 'retry') {
    const attempts = item.attempts + 1;
    return { ...base, state: 'pending', attempts, nextAttemptAt: new Date(now + retryDelay(attempts)).toISOString() };
  }
  return { ...base, state: 'failed', attempts: item.attempts + 1, nextAttemptAt: null, problem: outcome.problem };
}

/** 200 and 201 both mean delivered; 401 waits for a new token; 408, 429 and 5xx are tried again; other 4xx are final. */
async function judge(response) {
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 401) return { kind: 'auth' };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', status };
  let body;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return {
    kind: 'permanent',
    problem: {
      status,
      code: body && typeof body.code === 'string' ? body.code : `http_${status}`,
      message: body && typeof body.message === 'string' ? body.message : '',
    },
  };
}

async function send(item, token) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  let body;
  if (item.request.multipart) {
    body = new FormData();
    body.append('report', JSON.stringify(item.request.multipart.report));
    item.request.multipart.photos.forEach((photo, i) => body.append('photos', photo, `photo-${i + 1}.jpg`));
  } else if (item.request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(item.request.json);
  }
  try {
    const response = await fetch(item.request.path, { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' });
    return judge(response);
  } catch {
    return { kind: 'retry', status: null };
  }
}

function announce() {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // no BroadcastChannel: the page reloads the outbox on its own schedule
  }
}

function withLock(fn) {
  return self.navigator.locks ? self.navigator.locks.request(LOCK, fn) : fn();
}

/** One sending round; resolves to why it stopped early ('retry', 'auth') or undefined when nothing is left to send. */
async function flushOutbox() {
  const session = await readSession();
  if (!session || session.expiresAt - TOKEN_MARGIN_MS <= Date.now()) return 'auth';
  return withLock(async () => {
    const items = (await allItems())
      .filter((item) => item.userId === session.userId && OUTBOX_KINDS.includes(item.kind))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    let stoppedBy;
    for (const item of items) {
      const claimed = await change(item.id, (current) => claim(current, Date.now()));
      if (!claimed) continue;
      announce();
      const outcome = await send(claimed, session.accessToken);
      await change(item.id, (current) => (current.state === 'sending' ? settle(current, outcome, Date.now()) : undefined));
      announce();
      if (outcome.kind === 'retry' || outcome.kind === 'auth') {
        stoppedBy = outcome.kind;
        break;
      }
    }
    return stoppedBy;
  });
}

self.addEventListener('sync', (event) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(
    flushOutbox().then((stoppedBy) => {
      // Rejecting asks the browser to fire the sync again later; a missing token is the page's to solve.
      if (stoppedBy === 'retry') throw new Error('The outbox could not be sent yet');
    }),
  );
});
