/**
 * Client module: Docusaurus links prefetch the code of every page they point
 * to as soon as they scroll into view. On a page with many links that is a
 * burst of work right after hydration (route matching and one `<link
 * rel=prefetch>` per chunk), which delays the reader's first tap. This module
 * queues those prefetches and runs them in idle time, a few at a time, so no
 * single task grows long. Hover and touch still preload at once.
 */

/** The prefetch function Docusaurus puts on `window.docusaurus`. */
export type Prefetch = Window['docusaurus']['prefetch'];

/** What the queue needs from the browser, so tests can drive it. */
export interface IdleScheduler {
  /** Runs `task` when the main thread is idle; `timeRemaining` says for how long. */
  request(task: (deadline: {timeRemaining(): number; didTimeout: boolean}) => void): void;
  /** A clock in ms (performance.now in the browser). */
  now(): number;
}

/** Longest a prefetch waits for idle time before it runs anyway, in ms. */
export const IDLE_TIMEOUT_MS = 2000;
/** A prefetch starts only while at least this much idle time is left, in ms. */
export const MIN_IDLE_MS = 6;
/**
 * Most time one turn spends, in ms, however long the idle period: a phone four
 * times slower than this machine must still see a task well under 50 ms.
 */
export const SLICE_MS = 8;

/** Wraps `prefetch` so calls are queued (each URL once) and run in idle periods. */
export function idlePrefetch(prefetch: Prefetch, scheduler: IdleScheduler): Prefetch {
  const queue: string[] = [];
  const seen = new Set<string>();
  let scheduled = false;
  const drain = (deadline: {timeRemaining(): number; didTimeout: boolean}): void => {
    scheduled = false;
    const started = scheduler.now();
    // One prefetch at least per turn (a timed-out turn does only that one), more while idle time lasts.
    do {
      const url = queue.shift();
      if (url !== undefined) prefetch(url);
    } while (
      queue.length > 0 &&
      !deadline.didTimeout &&
      deadline.timeRemaining() >= MIN_IDLE_MS &&
      scheduler.now() - started < SLICE_MS
    );
    if (queue.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    scheduler.request(drain);
  };
  return (url) => {
    if (!seen.has(url)) {
      seen.add(url);
      queue.push(url);
      schedule();
    }
    return false;
  };
}

/** requestIdleCallback where the browser has it (not Safari), else a short timeout with a nominal budget. */
export const browserScheduler: IdleScheduler = {
  request(task) {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(task, {timeout: IDLE_TIMEOUT_MS});
    } else {
      window.setTimeout(() => task({timeRemaining: () => MIN_IDLE_MS, didTimeout: false}), 50);
    }
  },
  now: () => performance.now(),
};

let installed = false;

/** Swaps in the idle prefetch once, before the first links report that they are in view. */
export function onRouteDidUpdate(): void {
  if (installed || typeof window === 'undefined' || !window.docusaurus) return;
  installed = true;
  // This leans on a Docusaurus internal: fail loudly (every e2e test fails on a console error) if it changes.
  if (typeof window.docusaurus.prefetch !== 'function') {
    console.error(
      'quiet-start: window.docusaurus.prefetch is not a function any more, so links prefetch at once; ' +
        'update src/plugins/quiet-start/idle-prefetch.ts for this Docusaurus version.',
    );
    return;
  }
  // Docusaurus freezes its object; Link looks `window.docusaurus` up on every call, so a copy takes over.
  window.docusaurus = {...window.docusaurus, prefetch: idlePrefetch(window.docusaurus.prefetch, browserScheduler)};
}
