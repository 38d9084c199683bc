import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import mdxMermaid from 'mdx-mermaid';
import {GUIDE_BASE} from './src/data/queries';
import mermaidChunks from './src/plugins/mermaid-chunks';

// remark-gfm is not listed in remarkPlugins: Docusaurus 3 already parses GFM
// (tables, task lists, autolinks) in every doc, so adding it again would change
// nothing. The package is used where GFM is parsed outside the docs loader: the
// unit test that reads the seed's Markdown table (src/data/seed-table.ts).

const SITE_URL = 'https://integration-guide.example.org';

const config = {
  title: 'Integration Guide',
  tagline: 'How to integrate Mendix apps with other systems, and which method fits which use case',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: '/',
  // Pages are written as `<slug>.html`, so the seed's relative links
  // (`ui-integration`, ...) resolve as siblings of `/integration/mendix-integration`.
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
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
          remarkPlugins: [mdxMermaid],
          showLastUpdateTime: false,
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
  // Pages without diagrams must not download mermaid: keep it out of the shared chunk.
  plugins: [mermaidChunks],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: GUIDE_BASE.slice(1),
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchResultLimits: 10,
        searchResultContextMaxLength: 60,
      } satisfies Partial<SearchOptions>,
    ],
  ],
  themeConfig: {
    image: 'img/social-card.png',
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
          items: [{label: 'Glossary', to: `${GUIDE_BASE}/glossary`}],
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
