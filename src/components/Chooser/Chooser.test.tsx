/**
 * The chooser's components rendered to static HTML, as the build's server
 * render sees them: the form waits for hydration, the overview and the rules
 * are complete without JavaScript, and the results show what the data says.
 */
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {methods, useCases} from '@site/src/data/matrix';
import {questions, recommend, type Choice, type Effect} from '@site/src/data/chooser';
import Chooser, {ChooserRules, ScoringSummary, UseCaseOverview} from '.';
import ChooserResults from './ChooserResults';
import {browser} from '../../../tests/doubles/useIsBrowser';

/** Text of the HTML with tags removed and entities the renderer writes decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('Chooser in the server render', () => {
  const html = renderToStaticMarkup(<Chooser />);

  it('renders the form with every question as a fieldset with a legend, disabled until hydration', () => {
    expect(html).toContain('data-testid="chooser-form"');
    expect(html).toMatch(/<select[^>]*disabled=""/);
    for (const question of questions) {
      expect(html).toContain(`data-question="${question.id}"`);
      expect(text(html)).toContain(question.legend);
    }
    expect(html.match(/<legend/g)?.length).toBe(questions.length + 1);
    expect(html.match(/type="radio"/g)?.length).toBe(questions.reduce((n, q) => n + q.options.length + 1, 0));
  });

  it('leaves the live region empty and explains itself when JavaScript is off', () => {
    expect(html).toMatch(/role="status" aria-live="polite" aria-atomic="true" data-testid="chooser-status"><\/div>/);
    expect(html).toContain('<noscript>');
    expect(html).toContain('href="#at-a-glance"');
  });
});

describe('ChooserResults once hydrated', () => {
  beforeAll(() => {
    browser.hydrated = true;
  });
  afterAll(() => {
    browser.hydrated = false;
  });
  const render = (choice: Choice, linkNotes: string[] = []): string =>
    renderToStaticMarkup(
      <ChooserResults idPrefix="t" choice={choice} result={recommend(choice)} linkNotes={linkNotes} />,
    );

  it('lists a use case preferred first, with a badge, a category link and the reason', () => {
    const html = render({useCase: 'iot', answers: {}});
    const items = [...html.matchAll(/data-method="([a-z-]+)" data-fit="([a-z]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(items).toEqual(['services:preferred', 'events:preferred', 'central-data:preferred', 'batch:possible']);
    expect(html).toContain('href="/integration/event-integration"');
    expect(text(html)).toContain('Measurements flow one way through queues, MQTT or Kafka');
  });

  it('ranks the methods and explains a disagreement between the answers and the matrix', () => {
    const html = render({
      useCase: 'distribute-data',
      answers: {trigger: 'data-change', volume: 'very-high', distance: 'far'},
    });
    const ranked = [...html.matchAll(/<li[^>]*data-method="([a-z-]+)" data-score="(-?\d+)"/g)].map((m) => m[1]);
    expect(ranked[0]).toBe('events');
    expect(html).toContain('data-note-kind="points-elsewhere"');
    expect(text(html)).toContain('Your answers and the matrix disagree');
    expect(text(html)).toContain('Takes away 2: because request-reply at this volume');
  });

  it('shows the link notes in the live region', () => {
    const html = render({answers: {}}, ['The link\'s use case "xyz" is not known and was ignored.']);
    expect(text(html)).toContain('The link\'s use case "xyz" is not known and was ignored.');
  });
});

describe('UseCaseOverview', () => {
  const html = renderToStaticMarkup(<UseCaseOverview />);
  // One chunk of HTML per use case, in order: everything from its data-use-case attribute to the next one.
  const chunks = html.split(/(?=data-use-case=")/).slice(1);

  it('lists every use case, in order, with exactly its preferred and possible methods as category links', () => {
    expect(chunks.map((c) => /^data-use-case="([a-z-]+)"/.exec(c)?.[1])).toEqual(useCases.map((u) => u.id));
    for (const [i, useCase] of useCases.entries()) {
      const chunk = chunks[i] ?? '';
      const fits: Partial<Record<string, string>> = useCase.fits;
      for (const fit of ['preferred', 'possible'] as const) {
        const group = new RegExp(`data-group="${fit}">([\\s\\S]*?)</div>`).exec(chunk)?.[1] ?? '';
        const linked = [...group.matchAll(/href="([^"]+)" data-method="([a-z-]+)"/g)].map((m) => `${m[2]}@${m[1]}`);
        const expected = methods.filter((m) => fits[m.id] === fit).map((m) => `${m.id}@/integration/${m.category}`);
        expect(linked, `${useCase.id} ${fit}`).toEqual(expected);
      }
      expect(chunk).toContain(`href="/integration/${useCase.id}"`);
      expect(chunk).toContain(`href="/integration/choose-a-method?use-case=${useCase.id}"`);
    }
  });
});

describe('ChooserRules and ScoringSummary', () => {
  it("write out every answer's effects with their reasons, and the matrix base scores", () => {
    const html = text(renderToStaticMarkup(<ChooserRules />));
    for (const effect of questions.flatMap((q) => q.options.flatMap((o): readonly Effect[] => o.effects))) {
      expect(html).toContain(`because ${effect.reason}.`);
    }
    const scoring = text(renderToStaticMarkup(<ScoringSummary />));
    expect(scoring).toContain('adds 3 points to each method it prefers');
    expect(scoring).toContain('1 to each method it lists as possible');
  });
});
