/**
 * The page template for the static build (`ssrTemplate`): Docusaurus's own,
 * except for how the page's scripts are started.
 *
 * Docusaurus puts `<script defer>` tags in the head, so the browser fetches
 * the application bundle alongside the stylesheet, before anything is shown.
 * The guide's pages are complete without JavaScript (the content, the matrix
 * and the diagrams are in the HTML), so the text should paint first. Here a
 * small script at the end of the body adds the same scripts, in the same
 * order (`async = false`), once the browser reports the first contentful
 * paint (Paint Timing; after an animation frame where that is missing). A tab
 * opened in the background paints nothing, so there the scripts start at
 * once; FALLBACK_MS is a last resort should no paint ever be reported.
 *
 * With the scripts no longer executing before DOMContentLoaded, Docusaurus's
 * base-URL warning banner (which checks for them at that moment) would show
 * on every page: docusaurus.config.ts turns it off (`baseUrlIssueBanner`).
 */

import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {replaceOnce} from '../internals';

/** Longest the scripts wait for a paint to be reported, in ms. */
export const FALLBACK_MS = 3000;

/** The script that starts the bundle; `SCRIPTS` is replaced with the template's list of URLs. */
export const START_SCRIPTS = [
  '(function () {',
  '  var urls = SCRIPTS;',
  '  var started = false;',
  '  function start() {',
  '    if (started) return;',
  '    started = true;',
  '    urls.forEach(function (url) {',
  "      var script = document.createElement('script');",
  '      script.src = url;',
  '      script.async = false;',
  '      document.body.appendChild(script);',
  '    });',
  '  }',
  '  function afterPaint() {',
  '    setTimeout(start, 0);',
  '  }',
  '  var Observer = window.PerformanceObserver;',
  "  if (document.visibilityState === 'hidden') {",
  '    start();',
  "  } else if (Observer && Observer.supportedEntryTypes && Observer.supportedEntryTypes.indexOf('paint') >= 0) {",
  '    new Observer(function (list, observer) {',
  "      if (list.getEntriesByName('first-contentful-paint').length > 0) {",
  '        observer.disconnect();',
  '        afterPaint();',
  '      }',
  "    }).observe({type: 'paint', buffered: true});",
  '  } else {',
  '    requestAnimationFrame(afterPaint);',
  '  }',
  `  setTimeout(start, ${FALLBACK_MS});`,
  '})();',
].join('\n');

/**
 * Docusaurus's `<script defer>` loop in the head (removed), then the rest of the page up to `</body>` (kept, `body`),
 * which the starter script then ends.
 */
export const HEAD_SCRIPTS =
  /\n[ \t]*<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>([\s\S]*?)(\n[ \t]*<\/body>)/;

/** The starter as the template writes it, with the template's own list of script URLs (`<` escaped). */
const STARTER = `<script>${START_SCRIPTS.replace(
  'SCRIPTS',
  '<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, "\\\\u003c") %>',
)}</script>`;

/**
 * `template` (an Eta template as Docusaurus compiles it, with `rmWhitespace`, so the starter has no line
 * comments) with the head's script tags replaced by the starter at the end of the body; throws when Docusaurus's
 * template no longer has that loop.
 */
export function startScriptsAfterPaint(template: string): string {
  return replaceOnce(
    template,
    HEAD_SCRIPTS,
    (_, body = '', end = '') => `${body}\n    ${STARTER}${end}`,
    'The Docusaurus page template (@docusaurus/core/lib/ssg/ssgTemplate.html)',
  );
}

/** The installed Docusaurus template, with the scripts started after the first paint. */
export const SSR_TEMPLATE = startScriptsAfterPaint(docusaurusTemplate);
