/** The chooser's URL contract: round trips, and notes instead of errors for anything malformed. */
import {describe, expect, it} from 'vitest';
import {USE_CASE_IDS} from '@site/src/data/types';
import {parseChoice, serializeChoice} from './query';
import {chooserPath} from './path';

describe('parseChoice', () => {
  it('reads every known use case', () => {
    for (const id of USE_CASE_IDS) {
      expect(parseChoice(`?use-case=${id}`)).toEqual({choice: {useCase: id, answers: {}}, notes: []});
    }
  });

  it('reads answers by question id and option id', () => {
    expect(parseChoice('?trigger=schedule&timing=later&volume=very-high').choice).toEqual({
      answers: {trigger: 'schedule', timing: 'later', volume: 'very-high'},
    });
  });

  it('ignores an unknown use case with the note the page shows', () => {
    expect(parseChoice('?use-case=xyz&trigger=telemetry')).toEqual({
      choice: {answers: {trigger: 'telemetry'}},
      notes: ['The link\'s use case "xyz" is not known and was ignored.'],
    });
  });

  it('ignores unknown answers, unknown parameters and repeats, each with a note', () => {
    const parsed = parseChoice('?trigger=bogus&timming=now&volume=low&volume=high&use-case=iot&use-case=cms-cdn');
    expect(parsed.choice).toEqual({useCase: 'iot', answers: {volume: 'low'}});
    expect(parsed.notes).toEqual([
      'The link\'s answer "bogus" to "What triggers the interface?" is not known and was ignored.',
      'The link\'s parameter "timming" is not used by the chooser and was ignored.',
      'The link answers "How much data, and how often?" more than once; only the first answer was used.',
      'The link names more than one use case; only the first was used.',
    ]);
  });

  it('treats empty values as unanswered, cuts long input and caps the number of notes', () => {
    expect(parseChoice('?trigger=&use-case=')).toEqual({choice: {answers: {}}, notes: []});
    const long = 'x'.repeat(100);
    expect(parseChoice(`?use-case=${long}`).notes[0]).toBe(
      `The link's use case "${'x'.repeat(40)}…" is not known and was ignored.`,
    );
    const many = parseChoice('?a=1&b=2&c=3&d=4&e=5&f=6&g=7').notes;
    expect(many).toHaveLength(6);
    expect(many[5]).toBe('2 more parts of the link were ignored.');
  });

  it('never throws on malformed encoding or markup', () => {
    expect(() => parseChoice('?use-case=%E0%A4%A&trigger=%3Cscript%3E&&=&%')).not.toThrow();
    expect(parseChoice('?trigger=%3Cscript%3E').notes[0]).toContain('"<script>"');
  });
});

describe('serializeChoice', () => {
  it('writes the use case first, then the answers in question order, and nothing for an empty choice', () => {
    expect(serializeChoice({answers: {}})).toBe('');
    expect(serializeChoice({useCase: 'iot', answers: {volume: 'high', trigger: 'telemetry'}})).toBe(
      '?use-case=iot&trigger=telemetry&volume=high',
    );
  });

  it('round-trips with parseChoice', () => {
    const search =
      '?use-case=distribute-data&trigger=data-change&timing=none&functional-errors=receiver&technical-errors=middleware&volume=very-high&distance=far&data-owner=this-app';
    expect(serializeChoice(parseChoice(search).choice)).toBe(search);
  });
});

describe('chooserPath', () => {
  it('links to the chooser, with a use case preselected when given', () => {
    expect(chooserPath()).toBe('/integration/choose-a-method');
    expect(chooserPath('iot')).toBe('/integration/choose-a-method?use-case=iot');
    expect(parseChoice(new URL(chooserPath('iot'), 'http://x').search).choice).toEqual({useCase: 'iot', answers: {}});
  });
});
