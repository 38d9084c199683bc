/**
 * State kept in the page's query string, so a view can be shared as a link:
 * one reader of parameters with one policy for bad input, and one hook that
 * reads and writes them. The matrix filter and the chooser both use it.
 */
import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';

/** For each parameter a view reads, the check its value must pass (a type guard narrows the value read). */
export type ParamChecks = Readonly<Record<string, (value: string) => boolean>>;

/** The accepted value of each parameter, typed by its guard where it has one. */
export type ParamValues<C extends ParamChecks> = {
  -readonly [K in keyof C]?: C[K] extends ((value: string) => value is infer T extends string) ? T : string;
};

/** A part of the link that was ignored, and why. */
export type Ignored =
  | {readonly kind: 'unknown-value'; readonly name: string; readonly value: string}
  | {readonly kind: 'repeated'; readonly name: string}
  | {readonly kind: 'unknown-parameter'; readonly name: string};

/**
 * Reads the parameters named in `checks`. An empty value counts as absent (as a
 * form sends an unanswered field); the first value of a repeated parameter
 * wins; a value that fails its check is ignored. Each is reported once.
 * Parameters the view does not know are reported only when the view `owns` the
 * query string; otherwise they belong to someone else and are left alone.
 * Never throws.
 */
export function readParams<C extends ParamChecks>(
  search: string,
  checks: C,
  owns: boolean,
): {values: ParamValues<C>; ignored: Ignored[]} {
  const values: Record<string, string> = {};
  const ignored: Ignored[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  const report = (item: Ignored): void => {
    const key = `${item.kind}:${item.name}`;
    if (item.kind === 'unknown-value' || !reported.has(key)) ignored.push(item);
    reported.add(key);
  };
  for (const [name, value] of new URLSearchParams(search)) {
    if (value === '') continue;
    const check = Object.hasOwn(checks, name) ? checks[name] : undefined;
    if (!check) {
      if (owns) report({kind: 'unknown-parameter', name});
    } else if (seen.has(name)) {
      report({kind: 'repeated', name});
    } else if (check(value)) {
      values[name] = value;
    } else {
      report({kind: 'unknown-value', name, value});
    }
    seen.add(name);
  }
  // Each value was stored only after its own check accepted it.
  return {values: values as ParamValues<C>, ignored};
}

/** How a view's state is read from and written to a query string. */
export interface QueryCodec<T> {
  /** Reads the state; never throws. `notes` say, for the reader, what in the link was ignored. */
  readonly parse: (search: string) => {readonly value: T; readonly notes: readonly string[]};
  /** Writes the state as a query string ("?..." or ""), given the current one. */
  readonly serialize: (value: T, search: string) => string;
}

/**
 * A view's state, read from the URL and written back with `history.replace`
 * (keeping the hash). On the server and while hydrating, the query string
 * reads as empty (the theme's `useHistorySelector` does that), so the first
 * client render matches the static HTML; the URL's state follows at once.
 * `codec` must be a stable object (a module constant).
 */
export function useQueryState<T>(codec: QueryCodec<T>): {
  readonly value: T;
  readonly notes: readonly string[];
  readonly set: (next: T) => void;
} {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  const {value, notes} = useMemo(() => codec.parse(search), [codec, search]);
  const set = useCallback(
    (next: T): void => {
      const {location} = history;
      history.replace({search: codec.serialize(next, location.search), hash: location.hash});
    },
    [codec, history],
  );
  return {value, notes, set};
}
