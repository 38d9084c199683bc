/**
 * Pure functions over the matrix data: look-ups, validation and the URLs of
 * the pages the matrix links to. Components, the chooser, the JSON export and
 * the tests all use these, so the rules live in one place.
 */
import {
  CATEGORY_IDS,
  FITS,
  METHOD_IDS,
  USE_CASE_IDS,
  type CategoryId,
  type Fit,
  type MatrixData,
  type Method,
  type MethodId,
  type UseCase,
  type UseCaseId,
} from './types';

/** Base path of the guide's pages. */
export const GUIDE_BASE = '/integration';

/** The glossary page. */
export const GLOSSARY_PAGE_PATH = `${GUIDE_BASE}/glossary`;

/** The page that lists every use case, with the full matrix. */
export const USE_CASES_PAGE_PATH = `${GUIDE_BASE}/integration-use-cases`;

/** URL of a use case's page. */
export function pathToUseCase(id: UseCaseId): string {
  return `${GUIDE_BASE}/${id}`;
}

/** URL of a solution category's page. */
export function categoryPath(id: CategoryId): string {
  return `${GUIDE_BASE}/${id}`;
}

/** Id of a use case's row in a full matrix table; stable, so other documents can link to it. */
export function matrixRowId(id: UseCaseId): string {
  return `matrix-${id}`;
}

/** URL of a use case's row in the full matrix on the use-case list page. */
export function matrixRowPath(id: UseCaseId): string {
  return `${USE_CASES_PAGE_PATH}#${matrixRowId(id)}`;
}

/** Human label of a fit, used as cell text (never colour alone). */
export function fitLabel(fit: Fit | undefined): string {
  if (fit === 'preferred') return 'Preferred';
  if (fit === 'possible') return 'Possible';
  return 'Not listed';
}

export function isMethodId(value: string): value is MethodId {
  return (METHOD_IDS as readonly string[]).includes(value);
}

export function isUseCaseId(value: string): value is UseCaseId {
  return (USE_CASE_IDS as readonly string[]).includes(value);
}

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

export function isFit(value: string): value is Fit {
  return (FITS as readonly string[]).includes(value);
}

/** The fit of a method for a use case, or undefined where the seed leaves the cell empty. */
export function fitOf(useCase: UseCase, method: MethodId): Fit | undefined {
  return useCase.fits[method];
}

export function findUseCase(data: MatrixData, id: string): UseCase | undefined {
  return data.useCases.find((u) => u.id === id);
}

/** The methods a use case lists, preferred first, each group in column order. */
export function methodsFor(data: MatrixData, useCase: UseCase): {method: Method; fit: Fit}[] {
  const listed = data.methods.flatMap((method) => {
    const fit = fitOf(useCase, method.id);
    return fit ? [{method, fit}] : [];
  });
  return [...listed.filter((m) => m.fit === 'preferred'), ...listed.filter((m) => m.fit === 'possible')];
}

/** The use cases that list a method, preferred first, each group in the seed's row order. */
export function listedUseCases(data: MatrixData, method: MethodId): {useCase: UseCase; fit: Fit}[] {
  const listed = data.useCases.flatMap((useCase) => {
    const fit = fitOf(useCase, method);
    return fit ? [{useCase, fit}] : [];
  });
  return [...listed.filter((u) => u.fit === 'preferred'), ...listed.filter((u) => u.fit === 'possible')];
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

const ANCHOR_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Every problem in a matrix data set that the types cannot rule out (data can
 * arrive untyped: from MDX props, JSON or a bad edit). Empty when the data is sound.
 * Each message names the offending entry so the reader can fix it.
 */
export function validateMatrix(data: MatrixData): string[] {
  const problems: string[] = [];
  if (!Array.isArray(data.methods) || !Array.isArray(data.useCases) || !Array.isArray(data.categories)) {
    return ['The matrix data must have the arrays "methods", "categories" and "useCases".'];
  }
  if (data.methods.length === 0) problems.push('The matrix has no methods (columns).');
  if (data.useCases.length === 0) problems.push('The matrix has no use cases (rows).');

  for (const id of duplicates(data.methods.map((m) => m.id)))
    problems.push(`Method id "${id}" is used more than once.`);
  for (const id of duplicates(data.categories.map((c) => c.id)))
    problems.push(`Category id "${id}" is used more than once.`);
  for (const id of duplicates(data.useCases.map((u) => u.id)))
    problems.push(`Use case id "${id}" is used more than once.`);
  for (const a of duplicates(data.useCases.map((u) => u.legacyAnchor)))
    problems.push(`Legacy anchor "#${a}" is used by more than one use case.`);

  const methodIds = new Set<string>(data.methods.map((m) => m.id));
  const categoryIds = new Set<string>(data.categories.map((c) => c.id));

  for (const method of data.methods) {
    if (!isMethodId(method.id))
      problems.push(`Method id "${String(method.id)}" is not one of ${METHOD_IDS.join(', ')}.`);
    if (!method.label?.trim()) problems.push(`Method "${method.id}" has no label.`);
    if (!categoryIds.has(method.category))
      problems.push(`Method "${method.id}" points to unknown category "${String(method.category)}".`);
  }
  for (const category of data.categories) {
    if (!isCategoryId(category.id))
      problems.push(`Category id "${String(category.id)}" is not one of ${CATEGORY_IDS.join(', ')}.`);
    if (category.method !== undefined && !methodIds.has(category.method))
      problems.push(`Category "${category.id}" points to unknown method "${String(category.method)}".`);
  }
  for (const useCase of data.useCases) {
    const name = `Use case "${String(useCase.id)}"`;
    if (!isUseCaseId(useCase.id)) problems.push(`${name} is not a known use case id.`);
    if (!useCase.seedLabel?.trim()) problems.push(`${name} has no label.`);
    if (!useCase.title?.trim()) problems.push(`${name} has no title.`);
    if (!useCase.summary?.trim()) problems.push(`${name} has no summary.`);
    if (!ANCHOR_PATTERN.test(useCase.legacyAnchor ?? ''))
      problems.push(`${name} has an invalid legacy anchor "${String(useCase.legacyAnchor)}".`);
    if (typeof useCase.fits !== 'object' || useCase.fits === null) {
      problems.push(`${name} has no "fits" object.`);
      continue;
    }
    for (const [method, fit] of Object.entries(useCase.fits)) {
      if (!methodIds.has(method)) problems.push(`${name} has a fit for unknown method "${method}".`);
      if (typeof fit !== 'string' || !isFit(fit))
        problems.push(`${name} has fit "${String(fit)}" for "${method}"; use "preferred" or "possible".`);
    }
    if (Object.keys(useCase.fits).length === 0) problems.push(`${name} lists no method at all.`);
  }
  return problems;
}

/**
 * The entry with an id that MDX gave a component, e.g. `<UseCaseMethods useCase="iot" />`. MDX props are not
 * type-checked, so an unknown id throws, naming the component, the id and the known ids: the static build
 * renders every page, and fails on the page that has the typo.
 */
export function requireEntry<T extends {readonly id: string}>(
  entries: readonly T[],
  kind: string,
  id: string,
  component: string,
): T {
  const found = entries.find((entry) => entry.id === id);
  if (found) return found;
  throw new Error(
    `${component}: there is no ${kind} with id "${id}". Known ids: ${entries.map((e) => e.id).join(', ')}.`,
  );
}

/** A title as it reads mid-sentence: "Integration with IoT" -> "integration with IoT", "SSO, ..." stays. */
export function inSentence(title: string): string {
  const firstWord = title.split(/[\s,]/)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** Longest URL parameter value echoed back in a note; longer input is cut. */
const MAX_ECHO = 40;

/** A URL parameter value as it may be quoted back to the reader in a note: cut when absurdly long. */
export function echoParameter(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}
