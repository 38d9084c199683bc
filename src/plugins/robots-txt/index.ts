/**
 * Writes `robots.txt` after the build: every crawler may read every page, and the Sitemap line names the sitemap at
 * this build's address (`url` + `baseUrl` of the site config). A crawler reads robots.txt only at the root of an
 * origin, so under a base path the file is what the host should serve (or merge) at `/robots.txt`.
 */
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The text of robots.txt for a site published at `siteUrl` (origin) under `baseUrl`. */
export function robotsTxt(siteUrl: string, baseUrl: string): string {
  const sitemap = `${siteUrl.replace(/\/+$/, '')}${baseUrl}sitemap.xml`;
  return [
    '# The Integration Guide: every page may be crawled.',
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${sitemap}`,
    '',
  ].join('\n');
}

export default function robotsTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'robots-txt',
    async postBuild({outDir}) {
      await writeFile(join(outDir, 'robots.txt'), robotsTxt(context.siteConfig.url, context.baseUrl), 'utf8');
    },
  };
}
