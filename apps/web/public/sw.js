/*
 * Qinao Alert service worker: shows pushed alerts and opens the alert on the resident page.
 * A notification's tag is the alert id, so a repeat of the same alert replaces it instead of showing twice; ids
 * already shown are remembered so that a repeat does not sound again.
 */
const SHOWN_CACHE = 'qinao-shown-alerts';
const SHOWN_KEY = '/__shown-alert-ids';
const SHOWN_MAX = 200;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function shownIds() {
  const cache = await caches.open(SHOWN_CACHE);
  const response = await cache.match(SHOWN_KEY);
  if (!response) return [];
  try {
    const ids = await response.json();
    return Array.isArray(ids) ? ids : [];
  } catch {
    return [];
  }
}

async function remember(id) {
  const ids = (await shownIds()).filter((known) => known !== id);
  ids.push(id);
  const cache = await caches.open(SHOWN_CACHE);
  await cache.put(SHOWN_KEY, new Response(JSON.stringify(ids.slice(-SHOWN_MAX)), { headers: { 'Content-Type': 'application/json' } }));
}

function readPayload(event) {
  try {
    return event.data ? event.data.json() : null;
  } catch {
    return null;
  }
}

async function showAlert(payload) {
  const id = String(payload.id);
  const seen = (await shownIds()).includes(id);
  await self.registration.showNotification(payload.headline || 'Qinao Alert', {
    body: payload.body || '',
    tag: id,
    lang: payload.lang,
    // A repeat replaces the shown notification quietly; a new alert alerts.
    renotify: false,
    silent: seen,
    requireInteraction: payload.status === 'Actual',
    data: { id, url: `/alerts?alert=${encodeURIComponent(id)}` },
  });
  await remember(id);
}

self.addEventListener('push', (event) => {
  const payload = readPayload(event);
  if (!payload || !payload.id) return;
  event.waitUntil(showAlert(payload));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || '/alerts', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        if (new URL(client.url).pathname.startsWith('/alerts') && 'navigate' in client) {
          await client.focus();
          return client.navigate(url);
        }
      }
      return self.clients.openWindow(url);
    })(),
  );
});
