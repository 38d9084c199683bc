/**
 * Writes `/integration/matrix.json` and `/integration/capabilities.json` after the build, from src/data/matrix.ts
 * and src/data/capabilities.ts through the pure `toMatrixExport` (src/data/export.ts) and `toCapabilitiesExport`
 * (src/data/capability-export.ts), so the published data can never differ from the tables on the pages. Bad
 * catalogue data fails the build here, with the file and the id.
 *
 * The files exist in `docusaurus build` output only; `docusaurus start` does not serve them.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import matrix from '../../data/matrix';
import {serializeMatrixExport, toMatrixExport} from '../../data/export';
import {MATRIX_EXPORT_PATH} from '../../data/site';
import {toCapabilitiesExport} from '../../data/capability-export';
import {CAPABILITIES_EXPORT_PATH, CAPABILITIES_PAGE_PATH} from '../../data/capability-queries';

export default function matrixExportPlugin(context: LoadContext): Plugin {
  return {
    name: 'matrix-export',
    async postBuild({outDir}) {
      const siteUrl = `${context.siteConfig.url}${context.baseUrl.replace(/\/$/, '')}`;
      const file = join(outDir, ...MATRIX_EXPORT_PATH.split('/'));
      await mkdir(dirname(file), {recursive: true});
      await writeFile(file, serializeMatrixExport(toMatrixExport(matrix, siteUrl)), 'utf8');
      const capabilitiesFile = join(outDir, ...CAPABILITIES_EXPORT_PATH.split('/'));
      const catalogue = toCapabilitiesExport(siteUrl, CAPABILITIES_PAGE_PATH);
      await writeFile(capabilitiesFile, `${JSON.stringify(catalogue, null, 2)}\n`, 'utf8');
    },
  };
}
