/**
 * Freshness: every doc page says, in its front matter, when it was last reviewed against Mendix's reference
 * documentation (`last_reviewed: 'YYYY-MM-DD'`) and which Studio Pro versions it covers (`studio_pro`). The doc
 * footer shows both; the unit tests check that every page has them, that the date is real and not in the future.
 */

/** The Studio Pro versions the guide's review covered, as pages write them in `studio_pro`. */
export const STUDIO_PRO_COVERAGE = /^\d{1,2}\.\d{1,2}( LTS)?( and \d{1,2}(\.\d{1,2})?)?$/;

/** True for a real calendar day written as YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "May 2026" for "2026-05", the same on the server and in every browser. */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** "2 December 2026" for "2026-12-02", the same on the server and in every browser. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The landing page is not a doc: its review date and coverage live here, checked by the same test as the docs. */
export const LANDING_REVIEW = {lastReviewed: '2026-12-02', studioPro: '10.24 LTS and 11'} as const;
