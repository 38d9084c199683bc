/**
 * The guide as one PDF (src/scripts/pdf.ts, run after the build by src/plugins/pdf): where it is written and whether
 * this build makes it. Node only (it looks for Chromium and poppler on disk); the site reads the decision from the
 * config (the footer link), never from here.
 */
import {existsSync} from 'node:fs';

/** The PDF's file name, at the root of the build (so its URL is the base path plus this name). */
export const PDF_FILE = 'integration-guide.pdf';

/** The programs the PDF needs: Chromium prints it, poppler's pdfinfo reads the pages of its headings for the contents. */
export const PDF_TOOLS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  pdfinfo: '/usr/bin/pdfinfo',
} as const;

/** Whether a build makes the PDF, and if not, why (for one clear line in the build's output). */
export type PdfSetting = {readonly enabled: true} | {readonly enabled: false; readonly reason: string};

/**
 * A production build makes the PDF when Chromium and pdfinfo are installed (`npm run test:browser-setup` installs
 * both), unless GUIDE_PDF=0. `npm start` never does. GUIDE_PDF=1 makes missing programs an error instead of a notice.
 */
export function pdfSetting(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
): PdfSetting {
  const flag = env.GUIDE_PDF;
  if (flag !== undefined && flag !== '' && flag !== '0' && flag !== '1') {
    throw new Error(`GUIDE_PDF must be 0 (no PDF) or 1 (PDF required), not "${flag}".`);
  }
  if (env.NODE_ENV === 'development') return {enabled: false, reason: 'the development server makes no PDF'};
  if (flag === '0') return {enabled: false, reason: 'GUIDE_PDF=0'};
  const missing = Object.values(PDF_TOOLS).filter((path) => !exists(path));
  if (missing.length === 0) return {enabled: true};
  const reason = `${missing.join(' and ')} not installed (run "npm run test:browser-setup")`;
  if (flag === '1') throw new Error(`GUIDE_PDF=1 asks for the PDF, but ${reason}.`);
  return {enabled: false, reason};
}
