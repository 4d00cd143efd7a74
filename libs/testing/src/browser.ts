import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The system Chromium (Debian's `chromium` package); browsers are never downloaded. CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on these machines: headless, no sandbox (root in CI), and no traffic to Google services. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone screen (CSS pixels of a common small Android phone). */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

export interface BrowserSession {
  context: BrowserContext;
  /** A new tab in this browser (same storage, like a second tab of the same user). */
  newPage(): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh, empty profile of its own, so every session starts signed out with nothing stored:
 * a separate session per user under test. Fails with the install command when Chromium is missing.
 */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'qinao-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      ...options,
    });
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
