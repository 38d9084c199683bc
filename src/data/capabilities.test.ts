/**
 * What the types of the capability catalogue cannot hold: references on docs.mendix.com, version formats,
 * deprecated capabilities naming a current replacement, one catalogue group per capability. Each rule is also
 * proven to fire on a broken sample, with a message that names the file and the id.
 */
import {describe, expect, it} from 'vitest';
import {CAPABILITY_IDS, type Capability} from './capability-types';
import {capabilities, capabilitiesOf, capabilityList} from './capabilities';
import {capabilityProblems, sinceLabel} from './capability-queries';
import {CATEGORY_IDS, METHOD_IDS} from './types';
import {categories} from './matrix';

const GOOD: Capability = {
  name: 'Sample',
  kind: 'platform',
  summary: 'Does one thing.',
  methods: ['services'],
  status: {state: 'current'},
  studioPro: '10.24',
  reference: 'https://docs.mendix.com/refguide/sample/',
};

/** The real catalogue with one entry replaced, so a rule can be shown to fire on exactly that entry. */
function withEntry(id: string, entry: Partial<Capability> | undefined): Record<string, Capability> {
  const others = Object.entries(capabilities).filter(([key]) => key !== id);
  return Object.fromEntries(entry === undefined ? others : [...others, [id, {...GOOD, ...entry}]]);
}

describe('the capability catalogue', () => {
  it('has no problems', () => {
    expect(capabilityProblems(capabilities)).toEqual([]);
  });

  it('has an entry for every id, in the order of CAPABILITY_IDS', () => {
    expect(capabilityList.map((c) => c.id)).toEqual([...CAPABILITY_IDS]);
  });

  it('lists every capability in exactly one group of the catalogue page', () => {
    const grouped = CATEGORY_IDS.flatMap((category) => capabilitiesOf(category, 'group').map((c) => c.id));
    expect([...grouped].sort()).toEqual([...CAPABILITY_IDS].sort());
  });

  it('gives every category page at least one capability to show', () => {
    for (const category of categories) {
      expect(capabilitiesOf(category.id, 'serves').length, category.id).toBeGreaterThan(0);
    }
  });

  it('serves every method with at least one current capability', () => {
    for (const method of METHOD_IDS) {
      const current = capabilityList.filter(
        ({capability}) => capability.methods.includes(method) && capability.status.state === 'current',
      );
      expect(current.length, method).toBeGreaterThan(0);
    }
  });
});

describe('sinceLabel', () => {
  it('writes a month as readers say it and leaves a version as it is', () => {
    expect(sinceLabel('2026-05')).toBe('May 2026');
    expect(sinceLabel('2024-12')).toBe('December 2024');
    expect(sinceLabel('Studio Pro 10.6')).toBe('Studio Pro 10.6');
  });
});

describe('capabilityProblems finds bad data and names the file and the id', () => {
  const [firstId = 'page-urls'] = CAPABILITY_IDS;
  const cases: [string, Record<string, Capability>, RegExp][] = [
    ['a missing entry', withEntry(firstId, undefined), /has no entry/],
    [
      'an unknown id',
      {...capabilities, 'no-such-thing': GOOD},
      /'no-such-thing': has an entry but is not in CAPABILITY_IDS/,
    ],
    [
      'a reference off docs.mendix.com',
      withEntry(firstId, {reference: 'https://example.com/x'}),
      /not a https:\/\/docs\.mendix\.com\/ page/,
    ],
    ['a bad version', withEntry(firstId, {studioPro: 'ten'}), /studioPro "ten"/],
    ['no method and no gateway', withEntry(firstId, {methods: []}), /serves no method/],
    ['a two-line summary', withEntry(firstId, {summary: 'One.\nTwo.'}), /summary must be one line/],
    [
      'both only and except',
      withEntry(firstId, {availability: {only: ['mendix-cloud'], except: ['server']}}),
      /exactly one of/,
    ],
    ['an unknown deployment', withEntry(firstId, {availability: {only: ['moon' as 'server']}}), /deployment "moon"/],
    [
      'a replacement that does not exist',
      withEntry(firstId, {
        status: {state: 'deprecated', since: 'Studio Pro 9', replacedBy: 'nothing' as typeof firstId},
      }),
      /replacedBy 'nothing' is not in the catalogue/,
    ],
    [
      'a replacement that is deprecated too',
      {
        ...withEntry('process-queue', {
          status: {state: 'deprecated', since: 'Studio Pro 9', replacedBy: 'task-queues'},
        }),
        'task-queues': {
          ...GOOD,
          name: 'Queues',
          status: {state: 'deprecated', since: 'Studio Pro 11', replacedBy: 'workflows'},
        },
      },
      /'process-queue': replacedBy 'task-queues' is deprecated too/,
    ],
    [
      'a vague "since"',
      withEntry(firstId, {status: {state: 'deprecated', since: 'a while ago', replacedBy: 'task-queues'}}),
      /deprecated since "a while ago"/,
    ],
    [
      'a replacement by itself',
      withEntry('task-queues', {status: {state: 'deprecated', since: 'Studio Pro 9', replacedBy: 'task-queues'}}),
      /replaced by itself/,
    ],
  ];

  it.each(cases)('%s', (_, catalogue, message) => {
    const problems = capabilityProblems(catalogue);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(problems.every((p) => p.startsWith("src/data/capabilities.ts: capability '"))).toBe(true);
  });
});
