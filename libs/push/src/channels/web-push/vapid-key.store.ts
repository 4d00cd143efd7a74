import { generateVapidKeys, vapidSigningKey, type VapidKeys } from './vapid-keys.js';

/**
 * Where the VAPID key pair lives. `saveIfAbsent` stores the keys only when none are stored yet and returns whatever
 * is stored afterwards, so two processes starting at once end up with the same pair.
 */
export interface VapidKeyStore {
  load(): Promise<VapidKeys | null>;
  saveIfAbsent(keys: VapidKeys): Promise<VapidKeys>;
}

/**
 * The keys from the store, generated and persisted on first use. Stored keys that are unusable are an error, never
 * silently replaced: new keys would orphan every existing subscription.
 */
export async function loadOrCreateVapidKeys(store: VapidKeyStore, generate: () => VapidKeys = generateVapidKeys): Promise<VapidKeys> {
  const stored = await store.load();
  const keys = stored ?? (await store.saveIfAbsent(generate()));
  try {
    vapidSigningKey(keys);
  } catch (err) {
    throw new Error(`The stored VAPID key pair is unusable (${(err as Error).message}); fix or restore it, do not regenerate it.`);
  }
  return keys;
}

/** A store in memory, for tests and benchmarks. */
export class InMemoryVapidKeyStore implements VapidKeyStore {
  constructor(private keys: VapidKeys | null = null) {}

  async load(): Promise<VapidKeys | null> {
    return this.keys;
  }

  async saveIfAbsent(keys: VapidKeys): Promise<VapidKeys> {
    this.keys ??= keys;
    return this.keys;
  }
}
