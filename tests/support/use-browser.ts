/**
 * One Chromium per `describe` block: launched before its tests, closed after
 * them. Call it in the block's body; its tests read `.context`.
 */
import {afterAll, beforeAll} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {launchBrowser, type LaunchedBrowser} from '../../src/scripts/browser';

/** What a test needs of the block's browser. */
export interface BrowserHandle {
  /** The running browser's context; throws outside the block's tests. */
  readonly context: BrowserContext;
}

/** Registers the launch and close hooks for the enclosing `describe` block; options as for launchBrowser. */
export function useBrowser(options: Parameters<typeof launchBrowser>[0] = {}): BrowserHandle {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => launched?.close());
  return {
    get context(): BrowserContext {
      if (!launched) throw new Error('The browser runs only while the describe block’s tests run.');
      return launched.context;
    },
  };
}
