/**
 * The matrix as data for other documents and tools: the shape of
 * `/integration/matrix.json` and the pure function that builds it from the
 * same typed data every matrix view on the site uses.
 *
 * The shape is versioned. Adding a field keeps `version`; renaming or removing
 * one, or changing what a value means, raises it.
 */
import type {CategoryId, Fit, MatrixData, MethodId, UseCaseId} from './types';
import {GUIDE_BASE, categoryPath, fitOf, matrixRowId, matrixRowPath, pathToUseCase, validateMatrix} from './queries';
import {MATRIX_EXPORT_PATH, absoluteUrl} from './site';

/** The current version of the export's shape. */
export const MATRIX_EXPORT_VERSION = 1;

/** Pages that carry the full matrix table; every row has the anchor `matrix-<use case id>` on each. */
export const MATRIX_PAGE_PATHS = [`${GUIDE_BASE}/integration-use-cases`, `${GUIDE_BASE}/mendix-integration`] as const;

/** The page that lists every use case under its legacy anchor, and the first page in `MATRIX_PAGE_PATHS`. */
export const USE_CASES_PAGE_PATH = MATRIX_PAGE_PATHS[0];

/** A fit as the export explains it. */
export interface FitExport {
  /** The value that appears in `useCases[].fits`. */
  readonly id: Fit;
  /** The cell text on the site. */
  readonly label: string;
  /** What the fit means, in one sentence. */
  readonly meaning: string;
}

/** A matrix column: a basic integration method. */
export interface MethodExport {
  /** Stable id; the keys of `useCases[].fits`. */
  readonly id: MethodId;
  /** Column header as the site shows it. */
  readonly label: string;
  /** Short label for narrow spaces. */
  readonly shortLabel: string;
  /** Id of the solution category that explains the method. */
  readonly category: CategoryId;
  /** Absolute URL of that category's page. */
  readonly url: string;
}

/** One of the six solution categories. */
export interface CategoryExport {
  /** Stable id; also the page slug. */
  readonly id: CategoryId;
  /** Page title. */
  readonly title: string;
  /** One-sentence summary. */
  readonly summary: string;
  /** The matrix column the category explains, or null (integration layers have none). */
  readonly method: MethodId | null;
  /** Absolute URL of the category's page. */
  readonly url: string;
}

/** A matrix row: a typical integration use case. */
export interface UseCaseExport {
  /** Stable id; also the page slug. */
  readonly id: UseCaseId;
  /** The row label as the original table wrote it. */
  readonly seedLabel: string;
  /** Full title, as on the use case's page. */
  readonly title: string;
  /** One-sentence summary of the need. */
  readonly summary: string;
  /** Absolute URL of the use case's page. */
  readonly url: string;
  /** The anchor the original documentation used for this use case on the use-cases page. */
  readonly legacyAnchor: string;
  /** Absolute URL of the use-cases page at the legacy anchor. */
  readonly legacyUrl: string;
  /** Id of the use case's row in every full matrix table (see `matrixPages`). */
  readonly rowAnchor: string;
  /** Absolute URL of the row in the matrix on the use-cases page. */
  readonly rowUrl: string;
  /** The fit of every method, in column order; null where the method is not a typical fit. */
  readonly fits: Readonly<Record<MethodId, Fit | null>>;
}

/** The whole of `/integration/matrix.json`. */
export interface MatrixExport {
  /** A human note on what the file is and where its shape is documented. */
  readonly $comment: string;
  /** Version of the shape; see MATRIX_EXPORT_VERSION. */
  readonly version: typeof MATRIX_EXPORT_VERSION;
  /** Absolute URL of this file. */
  readonly url: string;
  /** Absolute URLs of the pages that show the full matrix. */
  readonly matrixPages: readonly string[];
  /** The possible values of a fit; an absent fit is null. */
  readonly fits: readonly FitExport[];
  /** The columns, in order. */
  readonly methods: readonly MethodExport[];
  /** The solution categories, in order. */
  readonly categories: readonly CategoryExport[];
  /** The rows, in order. */
  readonly useCases: readonly UseCaseExport[];
}

const FIT_EXPORTS: readonly FitExport[] = [
  {
    id: 'preferred',
    label: 'Preferred',
    meaning: 'The common or preferred method for the use case; a row can have more than one.',
  },
  {
    id: 'possible',
    label: 'Possible',
    meaning: 'A method that fits in some situations; the use case page says which.',
  },
];

/**
 * The matrix as `/integration/matrix.json` publishes it. Pure: the same data and
 * site URL always give the same value. Throws, naming every problem, when the
 * data is not sound, so a bad edit fails the build instead of publishing.
 */
export function toMatrixExport(data: MatrixData, siteUrl: string): MatrixExport {
  const problems = validateMatrix(data);
  if (problems.length > 0) {
    throw new Error(`Cannot export the matrix:\n- ${problems.join('\n- ')}`);
  }
  const url = (path: string): string => absoluteUrl(path, siteUrl);
  return {
    $comment:
      'The use-case-vs-method matrix of the Integration Guide. The shape is the MatrixExport type in src/data/export.ts; version changes on any breaking change.',
    version: MATRIX_EXPORT_VERSION,
    url: url(MATRIX_EXPORT_PATH),
    matrixPages: MATRIX_PAGE_PATHS.map(url),
    fits: FIT_EXPORTS,
    methods: data.methods.map((m) => ({
      id: m.id,
      label: m.label,
      shortLabel: m.shortLabel,
      category: m.category,
      url: url(categoryPath(m.category)),
    })),
    categories: data.categories.map((c) => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      method: c.method ?? null,
      url: url(categoryPath(c.id)),
    })),
    useCases: data.useCases.map((u) => ({
      id: u.id,
      seedLabel: u.seedLabel,
      title: u.title,
      summary: u.summary,
      url: url(pathToUseCase(u.id)),
      legacyAnchor: u.legacyAnchor,
      legacyUrl: url(`${USE_CASES_PAGE_PATH}#${u.legacyAnchor}`),
      rowAnchor: matrixRowId(u.id),
      rowUrl: url(matrixRowPath(u.id)),
      fits: Object.fromEntries(data.methods.map((m) => [m.id, fitOf(u, m.id) ?? null])) as Record<MethodId, Fit | null>,
    })),
  };
}

/** The file's text: stable key order, two-space indent, final newline. */
export function serializeMatrixExport(value: MatrixExport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
