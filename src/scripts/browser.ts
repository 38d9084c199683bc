/**
 * Launches Debian's headless Chromium through playwright-core with the flags
 * this machine needs (no sandbox as root, no background network), each time
 * with a fresh profile. Used by the scripts here (`npm run diagrams`, `npm run
 * images`) and by the browser tests and the bench (tests/), which import it
 * from here.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context in a new user-data dir; options are the context's (viewport, JS on or off, colour scheme). */
export async function launchBrowser(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ig-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      // Chromium's helper processes may still be writing to the profile for a moment after it closes.
      rmSync(userDataDir, {recursive: true, force: true, maxRetries: 10, retryDelay: 200});
    },
  };
}
