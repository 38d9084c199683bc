import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import mdxMermaid from 'mdx-mermaid';
import {GUIDE_BASE} from './src/data/queries';
import diagramsCache from './src/plugins/diagrams-cache';
import previews, {type PreviewsOptions} from './src/plugins/previews';
import remarkMermaidMeta, {type RemarkMermaidMetaOptions} from './src/plugins/remark-mermaid-meta';
import remarkCapability from './src/plugins/remark-capability';
import remarkGlossary from './src/plugins/remark-glossary';
import remarkTermPreviews from './src/plugins/remark-term-previews';
import termPreviewChunk from './src/plugins/remark-term-previews/chunk';
import type {GuideCustomFields} from './src/data/site';
import {editUrlBase, readSiteEnv} from './src/data/site-env';
import searchIndex from './src/plugins/search-index';
import hostConfig from './src/plugins/host-config';
import matrixExport from './src/plugins/matrix-export';
import xref from './src/plugins/xref';
import llmsTxt from './src/plugins/llms-txt';
import markdownPages from './src/plugins/markdown-pages';
import changesFeed from './src/plugins/changes-feed';
import overviewIndex from './src/plugins/overview-index';
import quietStart from './src/plugins/quiet-start';
import internals from './src/plugins/internals';
import {SSR_TEMPLATE} from './src/plugins/quiet-start/ssr-template';
import robotsTxt from './src/plugins/robots-txt';
import pdf, {type PdfPluginOptions} from './src/plugins/pdf';
import {PDF_FILE, pdfSetting} from './src/data/pdf';

// Where this build is published and where its source lives: GUIDE_SITE_URL, GUIDE_BASE_URL, GUIDE_REPOSITORY_URL and
// GUIDE_REPOSITORY_BRANCH, read and checked once here (a bad value stops the build, naming the variable). Everything
// else reads the result from the site config.
const site = readSiteEnv(process.env);
// Whether this build prints the guide into one PDF after it (src/plugins/pdf): the footer links to it only then.
const pdfBuild = pdfSetting(process.env);

// remark-gfm is not listed in remarkPlugins: Docusaurus 3 already parses GFM
// (tables, task lists, autolinks) in every doc, so adding it again would change
// nothing. It is a dependency for the Markdown versions of the pages
// (src/plugins/markdown-pages), which parse the MDX and write GFM tables outside
// the docs loader; the tests that read the seed's table use it too.

const config = {
  title: 'Integration Guide',
  tagline: 'How to integrate Mendix apps with other systems, and which method fits which use case',
  favicon: 'img/favicon.svg',
  // Raster fallbacks for browsers and tools that do not take an SVG icon.
  // Docusaurus does not prefix head tags' hrefs with the base path, so they carry it here.
  headTags: [
    {
      tagName: 'link',
      attributes: {rel: 'icon', type: 'image/png', sizes: '32x32', href: `${site.baseUrl}img/favicon-32.png`},
    },
    {
      tagName: 'link',
      attributes: {rel: 'apple-touch-icon', sizes: '180x180', href: `${site.baseUrl}img/apple-touch-icon.png`},
    },
  ],
  url: site.siteUrl,
  baseUrl: site.baseUrl,
  // For client code (the doc footer's "Report a problem"), read with siteRepository (src/data/site.ts).
  customFields: {repository: site.repository} satisfies GuideCustomFields,
  // Pages are written as `<slug>.html`, so the seed's relative links
  // (`ui-integration`, ...) resolve as siblings of `/integration/mendix-integration`.
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Scripts start after the first paint (src/plugins/quiet-start/ssr-template.ts). Docusaurus's banner for a
  // wrong baseUrl checks for them at DOMContentLoaded, before they run, so it would show on every page.
  ssrTemplate: SSR_TEMPLATE,
  baseUrlIssueBanner: false,
  markdown: {
    // Explicit heading ids use the `{#id}` syntax, which other documents' links rely on.
    mdx1Compat: {
      headingIds: true,
    },
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  future: {
    v4: true,
    faster: true,
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: GUIDE_BASE.slice(1),
          sidebarPath: './sidebars.ts',
          // mdx-mermaid turns ```mermaid blocks into `mermaid` elements; remark-mermaid-meta then shows each as its
          // pre-rendered SVGs with its caption, and fails the build when they are missing or stale. In `npm start`
          // (the only command that leaves NODE_ENV at 'development' when this file loads; `docusaurus build` sets
          // 'production' first) such a diagram is drawn live by mdx-mermaid's own component instead.
          // remark-capability resolves <Capability id> from the catalogue at build time (name, link, status);
          // remark-term-previews then gives the first mention of a glossary term or capability per section its preview.
          remarkPlugins: [
            mdxMermaid,
            [remarkMermaidMeta, {drafts: process.env.NODE_ENV === 'development'} satisfies RemarkMermaidMetaOptions],
            remarkCapability,
            remarkTermPreviews,
          ],
          // remark-glossary draws the glossary's letter and term sections from src/data/glossary.ts. It runs before
          // Docusaurus's own plugins, so their heading ids and table of contents include the generated headings, and
          // before remark-capability, which then resolves the <Capability> elements of the definitions.
          beforeDefaultRemarkPlugins: [remarkGlossary],
          showLastUpdateTime: false,
          // "Edit this page": the repository base plus the file's path, e.g. .../edit/main/docs/glossary.md; with no
          // repository configured there is no such link.
          editUrl: editUrlBase(site.repository),
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
          filename: 'sitemap.xml',
        },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Stops the build at its start when a theme component that src/theme wraps is gone.
    internals,
    // Scripts after the first paint, link prefetches in idle time, no prism at startup.
    quietStart,
    // The bundler's cache cannot see static/diagrams: key it on the SVGs there.
    diagramsCache,
    // The previews in place (TermPreview) in a chunk of their own, so pages without previews load none of their code.
    termPreviewChunk,
    // Redirect pages for the legacy addresses, and the host files: _redirects, _headers (with the CSP), nginx.conf.
    hostConfig,
    // Every doc page's own preview image (static/img/previews, `npm run images`): the build fails on a missing or
    // stale one; `npm start` only warns.
    [previews, {strict: process.env.NODE_ENV !== 'development'} satisfies PreviewsOptions],
    matrixExport,
    // xref.json and objects.inv: what other documents can link to (pages, headings, rows, terms, capabilities).
    xref,
    llmsTxt,
    // Every doc page as Markdown at its URL plus .md, and llms-full.txt (src/plugins/markdown-pages).
    markdownPages,
    changesFeed,
    overviewIndex,
    // robots.txt, naming the sitemap at this build's address.
    robotsTxt,
    // Search: the index is written from the built pages (src/search explains the engine).
    searchIndex,
    // The whole guide as one PDF, printed by Chromium from the built pages (when installed; GUIDE_PDF=0 skips it).
    [pdf, {setting: pdfBuild} satisfies PdfPluginOptions],
  ],
  themeConfig: {
    image: 'img/social-card.png',
    // Site-wide sharing tags; doc pages override og:type with "article" (src/theme/DocItem/Metadata).
    metadata: [
      {property: 'og:type', content: 'website'},
      {property: 'og:site_name', content: 'Integration Guide'},
      {property: 'og:image:width', content: '1200'},
      {property: 'og:image:height', content: '630'},
      {
        property: 'og:image:alt',
        content: 'Integration Guide: which integration method fits which use case, for Mendix apps.',
      },
      {
        name: 'twitter:image:alt',
        content: 'Integration Guide: which integration method fits which use case, for Mendix apps.',
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: true,
      },
    },
    navbar: {
      title: 'Integration Guide',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {to: `${GUIDE_BASE}/integration-use-cases`, label: 'Use cases', position: 'left'},
        {to: `${GUIDE_BASE}/mendix-integration#matrix`, label: 'Matrix', position: 'left'},
        {to: `${GUIDE_BASE}/glossary`, label: 'Glossary', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Start',
          items: [
            {label: 'Overview', to: `${GUIDE_BASE}/`},
            {label: 'Mendix and integration', to: `${GUIDE_BASE}/mendix-integration`},
            {label: 'All use cases', to: `${GUIDE_BASE}/integration-use-cases`},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'Glossary', to: `${GUIDE_BASE}/glossary`},
            {label: 'Mendix capabilities', to: `${GUIDE_BASE}/mendix-capabilities`},
            {label: 'What changed in the guide', to: `${GUIDE_BASE}/changes`},
            // pathname:// marks a file of the build, not a route: Docusaurus adds the base path and skips the route check.
            ...(pdfBuild.enabled ? [{label: 'Download the guide as PDF', to: `pathname:///${PDF_FILE}`}] : []),
          ],
        },
      ],
      copyright: `Integration Guide. Written for solution architects and lead developers. Built with Docusaurus.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
