import type { KeyValueStore } from './resident.model.js';

/** localStorage when the browser allows it (private modes and locked-down devices may not). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
