/** Test double for @docusaurus/useIsBrowser: false, as in the server render, unless a test says otherwise. */
export const browser = {hydrated: false};

export default function useIsBrowser(): boolean {
  return browser.hydrated;
}
