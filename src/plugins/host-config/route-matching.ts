/** The route-table change of ./case-sensitive-routes.ts, apart from the table, so it can be tested. */

/** What the change reads and writes of a route. */
export interface MatchableRoute {
  path?: unknown;
  sensitive?: boolean;
  routes?: unknown;
}

/** Sets `sensitive` on every route of the table, nested ones included; false when the table is not as expected. */
export function makeCaseSensitive(table: unknown): boolean {
  if (!Array.isArray(table)) return false;
  return table.every((route: MatchableRoute | null) => {
    if (typeof route !== 'object' || route === null || typeof route.path !== 'string') return false;
    route.sensitive = true;
    return route.routes === undefined || makeCaseSensitive(route.routes);
  });
}
