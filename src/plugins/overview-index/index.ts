/**
 * Serves the overview at `/integration/` as well as `/integration`. With
 * `trailingSlash: false` the overview is written as `integration.html`, but the
 * folder `integration/` holds every other page, so a static host asked for
 * `/integration` may answer from `integration/index.html`. That file is a copy
 * of the overview (same canonical URL), not a redirect, so no host can loop.
 */
import {copyFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {GUIDE_BASE} from '../../data/queries';

export default function overviewIndex(): Plugin {
  return {
    name: 'overview-index',
    async postBuild({outDir}) {
      await copyFile(join(outDir, `${GUIDE_BASE}.html`), join(outDir, GUIDE_BASE, 'index.html'));
    },
  };
}
