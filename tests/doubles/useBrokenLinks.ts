/** Test double for @docusaurus/useBrokenLinks: records collected anchors so tests can read them. */
export const collectedAnchors: string[] = [];

export default function useBrokenLinks(): {collectAnchor: (id: string) => void; collectLink: (link: string) => void} {
  return {
    collectAnchor: (id) => collectedAnchors.push(id),
    collectLink: () => undefined,
  };
}
