/**
 * The startup plugin: link prefetches wait for idle time in short slices; the
 * page template starts the same scripts, in order, after the first paint; the
 * prism client module is dropped only when no extra languages need it.
 */
import {describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {
  idlePrefetch,
  MIN_IDLE_MS,
  onRouteDidUpdate,
  SLICE_MS,
  type IdleScheduler,
  type Prefetch,
} from '../../src/plugins/quiet-start/idle-prefetch';
import quietStartPlugin, {additionalLanguages, PRISM_CLIENT_MODULE} from '../../src/plugins/quiet-start';
import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {
  FALLBACK_MS,
  HEAD_SCRIPTS,
  SSR_TEMPLATE,
  startScriptsAfterPaint,
} from '../../src/plugins/quiet-start/ssr-template';
import {warmCollator} from '../../src/plugins/quiet-start/warm-collator';

type Turn = Parameters<IdleScheduler['request']>[0];

/** A scheduler the test drives: turns run only when `runTurn` is called; each prefetch costs `cost` ms. */
function fakeScheduler(cost = 1) {
  const turns: Turn[] = [];
  let clock = 0;
  const calls: string[] = [];
  const prefetch: Prefetch = (url) => {
    calls.push(url);
    clock += cost;
    return false;
  };
  const scheduler: IdleScheduler = {request: (task) => turns.push(task), now: () => clock};
  const runTurn = (idle = 50, didTimeout = false) => {
    const task = turns.shift();
    if (!task) throw new Error('no turn scheduled');
    const end = clock + idle;
    task({timeRemaining: () => Math.max(0, end - clock), didTimeout});
  };
  return {prefetch, scheduler, calls, turns, runTurn};
}

describe('idlePrefetch', () => {
  it('queues prefetches instead of running them in the caller’s task', () => {
    const fake = fakeScheduler();
    const wrapped = idlePrefetch(fake.prefetch, fake.scheduler);
    expect(wrapped('/integration/iot')).toBe(false);
    wrapped('/integration/glossary');
    expect(fake.calls).toEqual([]);
    expect(fake.turns).toHaveLength(1);
    fake.runTurn();
    expect(fake.calls).toEqual(['/integration/iot', '/integration/glossary']);
    expect(fake.turns).toHaveLength(0);
  });

  it('prefetches each URL once, however often links report it', () => {
    const fake = fakeScheduler();
    const wrapped = idlePrefetch(fake.prefetch, fake.scheduler);
    for (let i = 0; i < 5; i += 1) wrapped('/integration/iot');
    fake.runTurn();
    wrapped('/integration/iot');
    expect(fake.turns).toHaveLength(0);
    expect(fake.calls).toEqual(['/integration/iot']);
  });

  it('stops a turn after SLICE_MS and continues in the next one', () => {
    const fake = fakeScheduler(3);
    const wrapped = idlePrefetch(fake.prefetch, fake.scheduler);
    const urls = Array.from({length: 10}, (_, i) => `/page-${i}`);
    urls.forEach((url) => wrapped(url));
    fake.runTurn();
    const firstTurn = fake.calls.length;
    expect(firstTurn).toBe(Math.ceil(SLICE_MS / 3));
    expect(fake.turns).toHaveLength(1);
    while (fake.turns.length > 0) fake.runTurn();
    expect(fake.calls).toEqual(urls);
  });

  it('does one prefetch per turn when idle time is short or the turn timed out', () => {
    const fake = fakeScheduler(1);
    const wrapped = idlePrefetch(fake.prefetch, fake.scheduler);
    ['/a', '/b', '/c'].forEach((url) => wrapped(url));
    fake.runTurn(MIN_IDLE_MS - 1);
    expect(fake.calls).toEqual(['/a']);
    fake.runTurn(50, true);
    expect(fake.calls).toEqual(['/a', '/b']);
    fake.runTurn();
    expect(fake.calls).toEqual(['/a', '/b', '/c']);
  });
});

const context = (prism: unknown) => ({siteConfig: {themeConfig: {prism}}}) as unknown as LoadContext;

describe('quiet-start plugin', () => {
  it('reads the extra prism languages from the config', () => {
    expect(additionalLanguages(context({additionalLanguages: ['java', 'csharp']}))).toEqual(['java', 'csharp']);
    expect(additionalLanguages(context({theme: {}}))).toEqual([]);
    expect(additionalLanguages(context(undefined))).toEqual([]);
  });

  it('drops the prism client module from the browser bundle only when no extra language is configured', () => {
    const configure = (prism: unknown, isServer: boolean) => {
      const plugin = quietStartPlugin(context(prism));
      return plugin.configureWebpack?.({} as never, isServer, {} as never, {} as never);
    };
    const alias = (configure({}, false) as {resolve: {alias: Record<string, unknown>}}).resolve.alias;
    const [key, value] = Object.entries(alias)[0] ?? [];
    expect(key).toMatch(/prism-include-languages\.js\$$/);
    expect(key?.startsWith('/')).toBe(true);
    expect(value).toBe(false);
    expect(PRISM_CLIENT_MODULE).toContain('theme-classic');
    expect(configure({}, true)).toEqual({});
    expect(configure({additionalLanguages: ['java']}, false)).toEqual({});
  });

  it('registers the idle-prefetch and warm-collator client modules', () => {
    const modules = quietStartPlugin(context({})).getClientModules?.() ?? [];
    expect(modules).toHaveLength(2);
    expect(modules[0]).toMatch(/quiet-start[\\/]idle-prefetch\.ts$/);
    expect(modules[1]).toMatch(/quiet-start[\\/]warm-collator\.ts$/);
  });

  it('builds the collator in a later task, not during module evaluation', () => {
    const tasks: (() => void)[] = [];
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    warmCollator((task) => tasks.push(task));
    expect(compare).not.toHaveBeenCalled();
    expect(tasks).toHaveLength(1);
    tasks[0]?.();
    expect(compare).toHaveBeenCalledTimes(1);
    compare.mockRestore();
  });
});

describe('SSR template', () => {
  it('is the installed Docusaurus template with one change: the head’s script loop becomes the starter', () => {
    expect(HEAD_SCRIPTS.test(docusaurusTemplate)).toBe(true);
    const [removed = '', body = '', end = ''] = HEAD_SCRIPTS.exec(docusaurusTemplate) ?? [];
    expect(removed).toContain('defer></script>');
    const at = docusaurusTemplate.indexOf(removed);
    expect(SSR_TEMPLATE.startsWith(docusaurusTemplate.slice(0, at))).toBe(true);
    expect(SSR_TEMPLATE.endsWith(docusaurusTemplate.slice(at + removed.length - end.length))).toBe(true);
    expect(SSR_TEMPLATE).toContain(body);
    expect(SSR_TEMPLATE).not.toContain('defer');
  });

  it('stops with a message naming the template when Docusaurus’s template no longer has the pattern', () => {
    const changed = docusaurusTemplate.replace('defer></script>', 'type="module"></script>');
    expect(() => startScriptsAfterPaint(changed)).toThrow(
      /^The Docusaurus page template \(@docusaurus\/core\/lib\/ssg\/ssgTemplate\.html\): the pattern .* is not in it any more/,
    );
    expect(() => startScriptsAfterPaint('<html><body></body></html>')).toThrow(/update the pattern/);
  });

  const render = async (scripts: string[]) => {
    const template = await compileSSGTemplate(SSR_TEMPLATE);
    return template({
      appHtml: '<main><p>Hello</p></main>',
      baseUrl: '/',
      htmlAttributes: 'lang="en"',
      bodyAttributes: 'class="x"',
      headTags: '<meta name="description" content="d">',
      preBodyTags: '<script>var theme = 1;</script>',
      postBodyTags: '',
      metaAttributes: ['<title>T</title>'],
      scripts,
      stylesheets: ['assets/css/styles.css'],
      noIndex: false,
      version: '3.10.2',
    });
  };

  it('keeps Docusaurus’s head, body and stylesheet, with no script tag in the head', async () => {
    const html = await render(['assets/js/runtime~main.js', 'assets/js/main.js']);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(head).toContain('<title>T</title>');
    expect(head).toContain('<meta name="description" content="d">');
    expect(head).toContain('<link rel="stylesheet" href="/assets/css/styles.css" />');
    expect(head).not.toMatch(/<script/);
    expect(html).toContain('<div id="__docusaurus"><main><p>Hello</p></main></div>');
  });

  /** Runs the page's last inline script against a fake browser the test controls. */
  async function runStarter(options: {hidden?: boolean; paintTiming?: boolean}) {
    const html = await render(['assets/js/runtime~main.js', 'assets/js/main.js']);
    // The starter comes after the page's content, as the last script of the body.
    expect(html.lastIndexOf('<script>')).toBeGreaterThan(html.indexOf('<div id="__docusaurus">'));
    const starter = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)?.[1] ?? '';
    const appended: {src: string; async: boolean}[] = [];
    const frames: (() => void)[] = [];
    const timers: {fn: () => void; ms: number}[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'resource'];
      disconnected = false;
      constructor(readonly callback: (list: unknown, observer: FakeObserver) => void) {
        observers.push(this);
      }
      observe(init: {type: string; buffered: boolean}) {
        expect(init).toEqual({type: 'paint', buffered: true});
      }
      disconnect() {
        this.disconnected = true;
      }
    }
    const observers: FakeObserver[] = [];
    const document = {
      visibilityState: options.hidden ? 'hidden' : 'visible',
      createElement: () => ({src: '', async: true}),
      body: {appendChild: (el: {src: string; async: boolean}) => appended.push(el)},
    };
    const window = {PerformanceObserver: options.paintTiming === false ? undefined : FakeObserver};
    new Function('document', 'window', 'requestAnimationFrame', 'setTimeout', starter)(
      document,
      window,
      (fn: () => void) => frames.push(fn),
      (fn: () => void, ms: number) => timers.push({fn, ms}),
    );
    /** Reports paint entries to the page's observer. */
    const paint = (...names: string[]) =>
      observers.forEach((o) => o.callback({getEntriesByName: (n: string) => names.filter((x) => x === n)}, o));
    const runTimers = (ms: number) => timers.filter((t) => t.ms === ms).forEach((t) => t.fn());
    return {appended, frames, timers, observers, paint, runTimers};
  }

  const BOTH = [
    {src: '/assets/js/runtime~main.js', async: false},
    {src: '/assets/js/main.js', async: false},
  ];

  it('starts the scripts, in order, in the task after the first contentful paint', async () => {
    const page = await runStarter({});
    expect(page.appended).toEqual([]);
    page.paint('first-paint');
    page.runTimers(0);
    expect(page.appended).toEqual([]);
    page.paint('first-paint', 'first-contentful-paint');
    expect(page.observers[0]?.disconnected).toBe(true);
    expect(page.appended).toEqual([]);
    page.runTimers(0);
    expect(page.appended).toEqual(BOTH);
    // The last-resort timer finds them started and adds nothing twice.
    page.runTimers(FALLBACK_MS);
    expect(page.appended).toHaveLength(2);
  });

  it('waits for an animation frame where Paint Timing is missing', async () => {
    const page = await runStarter({paintTiming: false});
    expect(page.frames).toHaveLength(1);
    page.frames.forEach((fn) => fn());
    page.runTimers(0);
    expect(page.appended).toEqual(BOTH);
  });

  it('starts at once in a background tab, and after FALLBACK_MS if no paint is ever reported', async () => {
    expect((await runStarter({hidden: true})).appended).toEqual(BOTH);
    const page = await runStarter({});
    page.runTimers(FALLBACK_MS);
    expect(page.appended).toEqual(BOTH);
  });

  it('cannot be broken out of by a script URL', async () => {
    const html = await render(['assets/js/a</script><script>alert(1)</script>.js']);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
  });
});

describe('the idle prefetch guard', () => {
  it('says loudly, and leaves Docusaurus alone, when window.docusaurus.prefetch is gone', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const docusaurus = {preload: () => Promise.resolve()};
    vi.stubGlobal('window', {docusaurus});
    try {
      onRouteDidUpdate();
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/window\.docusaurus\.prefetch is not a function/));
      expect((globalThis as unknown as {window: {docusaurus: unknown}}).window.docusaurus).toBe(docusaurus);
    } finally {
      vi.unstubAllGlobals();
      error.mockRestore();
    }
  });
});
