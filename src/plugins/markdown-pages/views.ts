/**
 * The Markdown of every element a page may write, drawn from the same typed data as its React component: the
 * matrix and its slices as tables, summaries and lists as lists, a capability as a link with its status. An
 * element without an entry here stops the build (see convert.ts), so a new component cannot silently vanish from
 * the Markdown pages.
 */
import matrix, {categories, methods, useCases} from '../../data/matrix';
import {
  categoryPath,
  fitLabel,
  fitOf,
  inSentence,
  listedUseCases,
  matrixRowPath,
  methodsFor,
  pathToUseCase,
  requireEntry,
  USE_CASES_PAGE_PATH,
} from '../../data/queries';
import {capabilitiesOf, capabilityMention} from '../../data/capabilities';
import {availabilityLabel, kindLabel, statusLabel, versionLabel} from '../../data/capability-queries';
import {FIT_SCORE, questions, recommendationsFor} from '../../data/chooser';
import {changes} from '../../data/changes';
import {formatDay} from '../../data/review';
import type {Fit} from '../../data/types';
import {chooserPath} from '../../components/Chooser/path';
import {emphasis, heading, joined, link, list, paragraph, strong, table, text, type MdNode} from './mdast';

/** What a view needs to know about the page and the site. */
export interface ViewContext {
  /** Absolute URL of a guide path such as `/integration/iot#x` (adds the site's origin and base path). */
  readonly href: (path: string) => string;
  /** Title and absolute URL of a doc, by doc id (for the change log). */
  readonly doc: (id: string) => {readonly title: string; readonly url: string} | undefined;
}

/** One JSX element as a view reads it: literal attributes and already converted children. */
export interface ViewElement {
  readonly name: string;
  /** Literal attributes; `true` for a bare attribute such as `catalogue`. */
  readonly attributes: Readonly<Record<string, string | true>>;
  /** The element's children, converted. */
  readonly children: readonly MdNode[];
  /** Whether the element stands in a paragraph (text) or on its own lines (flow). */
  readonly inline: boolean;
  /** "file:line", for messages. */
  readonly where: string;
}

/** Turns an element into Markdown nodes (phrasing nodes when inline, blocks otherwise). */
export type View = (element: ViewElement, context: ViewContext) => MdNode[];

function required(element: ViewElement, name: string): string {
  const value = element.attributes[name];
  if (typeof value !== 'string' || value === '')
    throw new Error(`${element.where}: <${element.name}> needs a literal ${name}="..." for its Markdown version`);
  return value;
}

const FIT_TEXT: Readonly<Record<Fit, string>> = {preferred: 'Preferred', possible: 'Possible'};

/** A fit in words, as the badge's text says it. */
const fitCell = (fit: Fit | undefined): MdNode[] => [fit ? strong(text(FIT_TEXT[fit])) : text(fitLabel(fit))];

/** A phrase as a sentence: capital first letter, one full stop at the end (as CapabilityTable writes it). */
function sentence(value: string): string {
  const trimmed = value.trim().replace(/\.+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

/** A caption above a table: the table's caption on the page. */
const caption = (value: string): MdNode => paragraph(strong(text(value)));

const fitTable = (
  title: string,
  kind: string,
  rows: readonly {label: string; url: string; fit: Fit | undefined}[],
  note: MdNode[],
): MdNode[] => [
  caption(title),
  table(
    [kind, 'Fit'],
    rows.map((r) => [[link(r.url, text(r.label))], fitCell(r.fit)]),
  ),
  paragraph(...note),
];

const matrixView: View = (element, {href}) => {
  const title =
    typeof element.attributes.caption === 'string'
      ? element.attributes.caption
      : 'Use cases and the integration methods that suit them';
  return [
    list([
      [
        strong(text('Preferred')),
        text(': the common or preferred method for this use case; a row may prefer several.'),
      ],
      [strong(text('Possible')), text(': a method that fits in some situations; its page says which.')],
      [strong(text('Not listed')), text(': the method is not a typical fit for this use case.')],
    ]),
    caption(title),
    table(
      ['Use case', ...methods.map((m) => m.label)],
      useCases.map((u) => [
        [link(href(pathToUseCase(u.id)), text(u.title))],
        ...methods.map((m) => fitCell(fitOf(u, m.id))),
      ]),
    ),
    paragraph(
      text('Method pages: '),
      ...joined(methods.map((m) => link(href(categoryPath(m.category)), text(m.label)))),
      text('.'),
    ),
  ];
};

const useCaseMethods: View = (element, {href}) => {
  const id = required(element, 'useCase');
  const useCase = requireEntry(useCases, 'use case', id, `${element.where}: <UseCaseMethods useCase="${id}" />`);
  return fitTable(
    `Methods for ${inSentence(useCase.title)}`,
    'Method',
    methods.map((m) => ({label: m.label, url: href(categoryPath(m.category)), fit: fitOf(useCase, m.id)})),
    [
      text("This is the use case's row of the "),
      link(href(matrixRowPath(useCase.id)), text('full matrix')),
      text('. '),
      link(href(chooserPath(useCase.id)), text('Choose a method for this use case')),
      text('.'),
    ],
  );
};

const methodUseCases: View = (element, {href}) => {
  const id = required(element, 'method');
  const method = requireEntry(methods, 'method', id, `${element.where}: <MethodUseCases method="${id}" />`);
  const listed = listedUseCases(matrix, method.id);
  const unlisted = matrix.useCases.length - listed.length;
  return fitTable(
    `Use cases that list ${method.label}`,
    'Use case',
    listed.map(({useCase, fit}) => ({label: useCase.title, url: href(pathToUseCase(useCase.id)), fit})),
    [
      text(
        unlisted === 0
          ? 'Every use case in the matrix lists this method. '
          : `The other ${unlisted} use case${unlisted === 1 ? '' : 's'} do${unlisted === 1 ? 'es' : ''} not list it. `,
      ),
      text("This is the method's column of the "),
      link(href(`${USE_CASES_PAGE_PATH}?method=${method.id}#matrix`), text('full matrix')),
      text('.'),
    ],
  );
};

const useCaseSummary: View = (element, {href}) => {
  const id = required(element, 'useCase');
  const useCase = requireEntry(useCases, 'use case', id, `${element.where}: <UseCaseSummary useCase="${id}" />`);
  const listed = methodsFor(matrix, useCase);
  const links = (fit: Fit): MdNode[] =>
    joined(
      listed
        .filter((m) => m.fit === fit)
        .map(({method}) => link(href(categoryPath(method.category)), text(method.label))),
    );
  const preferred = links('preferred');
  const possible = links('possible');
  return [
    paragraph(text(useCase.summary)),
    list([
      [
        strong(text('Preferred:')),
        text(' '),
        ...(preferred.length > 0 ? preferred : [text('None: the choice depends on the situation.')]),
      ],
      [strong(text('Possible:')), text(' '), ...(possible.length > 0 ? possible : [text('None.')])],
    ]),
    paragraph(
      link(href(pathToUseCase(useCase.id)), text(`Read the full guide to ${inSentence(useCase.title)}`)),
      text(' · '),
      link(href(matrixRowPath(useCase.id)), text('its row in the matrix')),
    ),
  ];
};

const capability: View = (element, {href}) => {
  const id = required(element, 'id');
  const mention = capabilityMention(id);
  if (!mention)
    throw new Error(`${element.where}: <Capability id="${id}">: no such capability in src/data/capabilities.ts`);
  const words = element.children.length > 0 ? [...element.children] : [text(mention.name)];
  const status: MdNode[] =
    mention.status === 'deprecated' && mention.replacement && mention.replacementHref
      ? [text(`${mention.label ?? 'Deprecated'}: use `), link(href(mention.replacementHref), text(mention.replacement))]
      : mention.label
        ? [text(mention.label)]
        : [];
  const meta = [
    ...status,
    ...(status.length > 0 && mention.notes ? [text(', ')] : []),
    ...(mention.notes ? [text(mention.notes)] : []),
  ];
  return [link(mention.href, ...words), ...(meta.length > 0 ? [text(' ('), ...meta, text(')')] : [])];
};

const capabilityTable: View = (element, {href}) => {
  const category = required(element, 'category');
  const entry = requireEntry(
    categories,
    'category',
    category,
    `${element.where}: <CapabilityTable category="${category}" />`,
  );
  const rows = capabilitiesOf(entry.id, element.attributes.catalogue === true ? 'group' : 'serves');
  return [
    caption(`Mendix capabilities: ${entry.title}`),
    table(
      ['Capability', 'What it does', 'Status and version', 'Where it runs, licence'],
      rows.map(({id, capability: c}) => {
        const {replacement, replacementHref} = capabilityMention(id) ?? {};
        const where = [availabilityLabel(c), c.availability?.note, c.licence]
          .filter((n) => n !== undefined)
          .map(sentence);
        return [
          [link(c.reference, text(c.name)), text(` (${kindLabel(c.kind)})`)],
          [text(c.summary)],
          [
            text(statusLabel(c)),
            ...(replacement && replacementHref ? [text(': use '), link(href(replacementHref), text(replacement))] : []),
            ...(c.status.state === 'beta' && c.status.note ? [text(`: ${c.status.note}`)] : []),
            text(`; ${versionLabel(c) ?? 'no minimum version stated'}`),
          ],
          [text(where.length > 0 ? where.join(' ') : 'Wherever the app runs.')],
        ];
      }),
    ),
  ];
};

const categoryList: View = (_element, {href}) => [
  list(categories.map((c) => [link(href(categoryPath(c.id)), text(c.title)), text(`: ${c.summary}`)])),
];

const useCaseList: View = (_element, {href}) => [
  list(useCases.map((u) => [link(href(pathToUseCase(u.id)), text(u.title))])),
];

const chooser: View = (_element, {href}) => [
  paragraph(
    emphasis(
      text('The interactive chooser runs on the web page: '),
      link(href(chooserPath()), text('Choose a method')),
      text('. The sections below list every use case with its methods and write out the rules it applies.'),
    ),
  ),
];

const useCaseOverview: View = (_element, {href}) => [
  list(
    useCases.map((u) => {
      const recommended = recommendationsFor(u.id);
      const group = (fit: Fit): MdNode[] => {
        const items = recommended.filter((r) => r.fit === fit);
        if (items.length === 0) return [];
        return [
          text(`; ${FIT_TEXT[fit].toLowerCase()}: `),
          ...joined(items.map((r) => link(href(r.path), text(r.method.label)))),
        ];
      };
      return [
        link(href(pathToUseCase(u.id)), text(u.title)),
        ...group('preferred'),
        ...group('possible'),
        text(' ('),
        link(href(chooserPath(u.id)), text('open in the chooser')),
        text(')'),
      ];
    }),
  ),
];

const scoringSummary: View = () => [
  paragraph(
    text(
      `Every method starts at zero. When you choose a use case, the matrix adds ${FIT_SCORE.preferred} points to each method it prefers for that use case and ${FIT_SCORE.possible} to each method it lists as possible. Each answer then adds points to the methods it favors and takes points from the methods it counts against: 3 for a strong reason, 2 for a clear one, 1 for a nudge. The method with the highest total ranks first. A tie goes to the method with the better fit in the matrix, then to the matrix's column order. “Not sure” changes nothing.`,
    ),
  ),
];

const signed = (score: number): string => (score > 0 ? `+${score}` : `−${Math.abs(score)}`);

const chooserRules: View = () =>
  questions.flatMap((question) => [
    heading(4, text(`${question.legend} {#rules-${question.id}}`)),
    list(
      question.options.map((option) => [
        paragraph(strong(text(option.label))),
        list(
          option.effects.map((effect) => [
            strong(
              text(`${methods.find((m) => m.id === effect.method)?.label ?? effect.method} ${signed(effect.score)}`),
            ),
            text(`: because ${effect.reason}.`),
          ]),
        ),
      ]),
    ),
  ]);

const changeLog: View = (element, {doc}) =>
  changes.flatMap((change) => [
    heading(2, text(`${formatDay(change.date)}: ${change.title} {#${change.id}}`)),
    paragraph(text(change.summary)),
    paragraph(
      text('Pages: '),
      ...joined(
        change.pages.map((id) => {
          const page = doc(id);
          if (!page)
            throw new Error(`${element.where}: <ChangeLog>: change '${change.id}' names an unknown page '${id}'`);
          return link(page.url, text(page.title));
        }),
      ),
    ),
  ]);

const docusaurusLink: View = (element, {href}) => {
  const to = element.attributes.to ?? element.attributes.href;
  if (typeof to !== 'string')
    throw new Error(`${element.where}: <Link> needs a literal to="..." for its Markdown version`);
  return [link(to.startsWith('/') ? href(to) : to, ...element.children)];
};

/** A preview in place (written by remark-term-previews, or by hand): its words, linked to the full entry. */
const termPreview: View = (element, {href}) => {
  const entry = required(element, 'entry');
  return [link(entry.startsWith('/') ? href(entry) : entry, ...element.children)];
};

/** Every element pages may write, by name. */
export const VIEWS: Readonly<Record<string, View>> = {
  Capability: capability,
  CapabilityTable: capabilityTable,
  CategoryList: categoryList,
  ChangeLog: changeLog,
  Chooser: chooser,
  ChooserRules: chooserRules,
  Link: docusaurusLink,
  Matrix: matrixView,
  TermPreview: termPreview,
  MethodUseCases: methodUseCases,
  ScoringSummary: scoringSummary,
  UseCaseList: useCaseList,
  UseCaseMethods: useCaseMethods,
  UseCaseOverview: useCaseOverview,
  UseCaseSummary: useCaseSummary,
};
