import { useEffect } from 'react';

/** The field app's own service worker (the resident page keeps /sw.js); it controls /field and everything under it. */
export const FIELD_SW_URL = '/field-sw.js';
/**
 * `/field` rather than `/field/`: the app lives at /field itself (the navigation and sign-in land there), and a scope
 * is a plain prefix, so `/field/` would not control that page. No other route starts with `/field`.
 */
export const FIELD_SW_SCOPE = '/field';
export const FIELD_MANIFEST_URL = '/field.webmanifest';
/** The Background Sync tag the service worker answers by sending the outbox. */
export const OUTBOX_SYNC_TAG = 'field-outbox';

/** Installs the field service worker (app shell for offline reloads, background sending) and offers the manifest. */
export function useFieldPwa(): void {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = FIELD_MANIFEST_URL;
    link.dataset.field = 'true';
    document.head.appendChild(link);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(FIELD_SW_URL, { scope: FIELD_SW_SCOPE }).catch(() => undefined);
    }
    return () => link.remove();
  }, []);
}
