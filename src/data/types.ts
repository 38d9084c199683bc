/**
 * Types of the use-case-vs-method matrix: the single source of truth for every
 * matrix view on the site, the chooser and `/integration/matrix.json`.
 */

/** Ids of the five matrix columns, in the seed's column order. */
export const METHOD_IDS = ['ui', 'services', 'events', 'batch', 'central-data'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** Ids (and slugs) of the six solution categories, in the seed's order. */
export const CATEGORY_IDS = [
  'ui-integration',
  'service-integration',
  'event-integration',
  'batch-integration',
  'central-data',
  'integration-layers',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Ids (and slugs) of the fifteen use cases, in the seed's row order. */
export const USE_CASE_IDS = [
  'sso-identity',
  'reference-data',
  'view-search-data',
  'use-refer-data',
  'process-integration',
  'export-import-batch',
  'master-data',
  'distribute-data',
  'bi-reporting',
  'mobile-offline',
  'cms-cdn',
  'process-orchestration',
  'ops-monitoring',
  'iot',
  'ai-machine-learning',
] as const;
export type UseCaseId = (typeof USE_CASE_IDS)[number];

/** How well a method suits a use case; a method that does not suit is absent. */
export const FITS = ['preferred', 'possible'] as const;
export type Fit = (typeof FITS)[number];

/** A matrix column: a basic integration method. */
export interface Method {
  /** Stable id, used in URLs (`?method=`) and in matrix.json. */
  readonly id: MethodId;
  /** Column header as the seed writes it. */
  readonly label: string;
  /** A short label for narrow screens and chips. */
  readonly shortLabel: string;
  /** The solution category that explains this method. */
  readonly category: CategoryId;
}

/** One of the six solution categories of the seed. */
export interface SolutionCategory {
  /** Stable id; also the page slug under /integration/. */
  readonly id: CategoryId;
  /** Page title. */
  readonly title: string;
  /** One-sentence summary shown in lists and cards. */
  readonly summary: string;
  /** The matrix column this category explains; absent for integration layers. */
  readonly method?: MethodId;
}

/** A typical integration use case: a row of the matrix. */
export interface UseCase {
  /** Stable id; also the page slug under /integration/ and the matrix row id suffix. */
  readonly id: UseCaseId;
  /** The row label exactly as the seed's table writes it. */
  readonly seedLabel: string;
  /** Full title used as page title and in prose. */
  readonly title: string;
  /** One-sentence summary of the need. */
  readonly summary: string;
  /** Anchor the original use-case page gave this use case (on integration-use-cases). */
  readonly legacyAnchor: string;
  /** Fit per method; a method missing here does not suit the use case. */
  readonly fits: Readonly<Partial<Record<MethodId, Fit>>>;
}

/** Everything a matrix view needs; components take it as a prop so tests can feed bad data. */
export interface MatrixData {
  readonly methods: readonly Method[];
  readonly categories: readonly SolutionCategory[];
  readonly useCases: readonly UseCase[];
}
