/** Test double for @docusaurus/router: a fixed location and a history that records replacements. */
export const testLocation = {pathname: '/integration/mendix-integration', search: '', hash: ''};
export const replaced: unknown[] = [];

export function useLocation(): typeof testLocation {
  return testLocation;
}

export function useHistory(): {replace: (to: unknown) => void; push: (to: unknown) => void} {
  return {replace: (to) => replaced.push(to), push: (to) => replaced.push(to)};
}
