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

/** An Eta template (Docusaurus compiles it with `rmWhitespace`, so the script has no line comments). */
export const SSR_TEMPLATE = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>${START_SCRIPTS.replace(
      'SCRIPTS',
      '<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, "\\\\u003c") %>',
    )}</script>
  </body>
</html>
`;
