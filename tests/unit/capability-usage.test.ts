/**
 * How the pages name Mendix capabilities: every `<Capability id>` exists in the catalogue; a deprecated capability
 * never appears without its replacement on the same page; and a section that names a capability in prose names
 * it through `<Capability>` (at least once per section), so its status and version are always beside it. Each
 * rule is a function that returns its problems, proven to fire on broken samples.
 */
import {describe, expect, it} from 'vitest';
import {readDocs} from '../support/docs';
import {capabilities} from '@site/src/data/capabilities';
import {definitionCapabilities, glossaryList} from '@site/src/data/glossary-queries';
import type {Capability, CapabilityId} from '@site/src/data/capability-types';

interface Page {
  readonly file: string;
  readonly body: string;
}

/**
 * Phrases that name a capability in prose. Only names that cannot mean anything else are listed: "business
 * events" and "workflows" are also general terms of integration, so they are not checked here.
 */
const MENTIONS: Partial<Record<CapabilityId, RegExp>> = {
  'page-urls': /\bpage URLs?\b/i,
  'microflow-urls': /\bmicroflow URLs?\b/i,
  'deep-link-module': /\bDeep ?Link module\b/i,
  'application-root-url': /\bApplicationRootUrl\b/,
  'oidc-sso': /\bOIDC SSO\b/,
  'mendix-sso': /\bMendix SSO\b/,
  'oidc-provider': /\bOIDC Provider\b/,
  saml: /\bSAML module\b/i,
  scim: /\bSCIM module\b/i,
  ldap: /\bLDAP module\b/i,
  'push-notifications': /\bPush Notifications Connector\b/i,
  'consumed-rest': /\bConsumed REST Service\b/i,
  'call-rest': /\bCall REST service\b/i,
  'published-odata': /\bpublished OData services?\b/i,
  'published-rest': /\bpublished REST services?\b/i,
  'external-entities': /\bexternal entit(y|ies)\b/i,
  'import-mappings': /\bimport mappings?\b/i,
  'export-mappings': /\bexport mappings?\b/i,
  'sap-odata-connector': /\bSAP OData Connector\b/i,
  'mendix-event-broker': /\bMendix Event Broker\b/i,
  'event-broker-bridges': /\bEvent Broker bridges?\b/i,
  'change-data-capture': /\bChange Data Capture\b|\bReal-Time Data Sharing\b/i,
  'task-queues': /\btask queues?\b/i,
  'process-queue': /\bProcess Queue\b/,
  'scheduled-events': /\bscheduled events?\b/i,
  'data-importer': /\bData Importer\b/,
  'excel-importer': /\bExcel Importer\b/,
  'excel-exporter': /\bExcel Exporter\b/,
  'external-database-connector': /\bExternal Database Connector\b/i,
  'backups-api': /\bBackups API\b/,
  'deploy-api': /\bDeploy API\b/,
  'build-api': /\bBuild API\b/,
  pipelines: /\bMendix Pipelines\b/,
  'unit-testing': /\bUnit Testing module\b/i,
  'genai-commons': /\bGenAI Commons\b/,
  'ml-kit': /\bML Kit\b/,
};

const TAG = /<Capability\s+id="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/Capability>)/g;

/** The capability ids a text names through the component. */
function named(text: string): Set<string> {
  return new Set([...text.matchAll(TAG)].map((m) => m[1] ?? ''));
}

/** Splits a page into its sections: the text before the first heading, then one per `##` or `###` heading. */
function sections(body: string): {heading: string; text: string}[] {
  const parts = body.split(/^(?=#{2,3} )/m);
  return parts.map((text) => ({
    heading: /^#{2,3} (.*?)(?:\s*\{#[^}]+\})?$/m.exec(text)?.[1] ?? '(introduction)',
    text,
  }));
}

/** Prose only: no code blocks, imports or the components' own markup. */
function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(TAG, ' ');
}

/** Every problem with how the pages name capabilities. */
export function usageProblems(pages: readonly Page[], catalogue: Readonly<Record<string, Capability>>): string[] {
  const problems: string[] = [];
  for (const {file, body} of pages) {
    const onPage = named(body);
    for (const id of onPage) {
      const capability = catalogue[id];
      if (!capability) {
        problems.push(`${file}: <Capability id="${id}">: no such capability in src/data/capabilities.ts`);
        continue;
      }
      const {status} = capability;
      if (status.state === 'deprecated' && !onPage.has(status.replacedBy)) {
        problems.push(
          `${file}: names the deprecated '${id}' without its replacement: add <Capability id="${status.replacedBy}" /> on the same page`,
        );
      }
    }
    for (const {heading, text} of sections(body)) {
      const inSection = named(text);
      const plain = prose(text);
      for (const [id, pattern] of Object.entries(MENTIONS)) {
        const match = pattern.exec(plain);
        if (match && !inSection.has(id)) {
          problems.push(
            `${file}: section "${heading}" says "${match[0]}" without <Capability id="${id}"> in that section`,
          );
        }
      }
    }
  }
  return problems;
}

describe('how the pages name Mendix capabilities', () => {
  // A page whose sections come from data is named with that data file, where a problem in them is fixed.
  const docs = readDocs();
  const pages = docs.map(({file, body, generatedFrom}) => ({
    file: generatedFrom.length > 0 ? `${file} (with ${generatedFrom.join(', ')})` : file,
    body,
  }));

  it('reads the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it('reads the glossary with the definitions of src/data/glossary.ts, whose capabilities it checks', () => {
    const fromData = new Set(glossaryList.flatMap(({definition}) => definitionCapabilities(definition)));
    expect(fromData.size).toBeGreaterThan(10);
    expect(named(docs.find((d) => d.id === 'glossary')?.body ?? '')).toEqual(fromData);
  });

  it('has no problems', () => {
    expect(usageProblems(pages, capabilities)).toEqual([]);
  });

  it('names only capabilities that the mention rules know', () => {
    for (const id of Object.keys(MENTIONS)) expect(capabilities, id).toHaveProperty(id);
  });
});

describe('usageProblems finds and names each kind of problem', () => {
  const deprecated = Object.entries(capabilities).find(([, c]) => c.status.state === 'deprecated');

  it('an unknown id', () => {
    const problems = usageProblems(
      [{file: 'docs/x.mdx', body: 'Use <Capability id="no-such-thing" />.'}],
      capabilities,
    );
    expect(problems).toEqual([
      'docs/x.mdx: <Capability id="no-such-thing">: no such capability in src/data/capabilities.ts',
    ]);
  });

  it('a deprecated capability without its replacement', () => {
    expect(deprecated, 'the catalogue has a deprecated capability to test with').toBeDefined();
    const [id = '', capability] = deprecated ?? [];
    const replacement = capability?.status.state === 'deprecated' ? capability.status.replacedBy : '';
    const alone = usageProblems([{file: 'docs/x.mdx', body: `Use <Capability id="${id}" />.`}], capabilities);
    expect(alone.join('\n')).toContain(`docs/x.mdx: names the deprecated '${id}' without its replacement`);
    const both = usageProblems(
      [{file: 'docs/x.mdx', body: `Not <Capability id="${id}" /> but <Capability id="${replacement}" />.`}],
      capabilities,
    );
    expect(both).toEqual([]);
  });

  it('a capability named in prose without the component in that section', () => {
    const body =
      '## First {#first}\n\nUse <Capability id="task-queues" />.\n\n## Second {#second}\n\nMore task queues.\n';
    expect(usageProblems([{file: 'docs/x.mdx', body}], capabilities)).toEqual([
      'docs/x.mdx: section "Second" says "task queues" without <Capability id="task-queues"> in that section',
    ]);
  });
});
