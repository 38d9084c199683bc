/**
 * Writes `/integration/matrix.json` after the build, from src/data/matrix.ts
 * through the pure `toMatrixExport` (src/data/export.ts), so the published data
 * can never differ from the tables on the pages.
 *
 * The file exists in `docusaurus build` output only; `docusaurus start` does not serve it.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import matrix from '../../data/matrix';
import {serializeMatrixExport, toMatrixExport} from '../../data/export';
import {MATRIX_EXPORT_PATH} from '../../data/site';

export default function matrixExportPlugin(context: LoadContext): Plugin {
  return {
    name: 'matrix-export',
    async postBuild({outDir}) {
      const siteUrl = `${context.siteConfig.url}${context.baseUrl.replace(/\/$/, '')}`;
      const file = join(outDir, ...MATRIX_EXPORT_PATH.split('/'));
      await mkdir(dirname(file), {recursive: true});
      await writeFile(file, serializeMatrixExport(toMatrixExport(matrix, siteUrl)), 'utf8');
    },
  };
}
