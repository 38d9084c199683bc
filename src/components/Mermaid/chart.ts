/**
 * What the site reads from a diagram's mermaid source without loading mermaid:
 * its accessible title and description (`accTitle`, `accDescr`), which become
 * the figure's caption in the static HTML, and an estimate of its drawn size,
 * which reserves the space the SVG will take. Pure functions, unit-tested.
 */

/** A diagram's text alternative, as written in its source. */
export interface DiagramText {
  /** The `accTitle:` line: a short name for the diagram. */
  readonly title?: string;
  /** The `accDescr:` line or `accDescr { ... }` block, with its whitespace collapsed. */
  readonly description?: string;
}

/** Width and height in CSS pixels at which mermaid draws the diagram before any scaling. */
export interface DiagramSize {
  readonly width: number;
  readonly height: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Source lines without mermaid comments (`%% ...`); directives (`%%{...}%%`) go too. */
function codeLines(chart: string): string[] {
  return chart.split(/\r?\n/).filter((line) => !/^\s*%%/.test(line));
}

/**
 * Reads `accTitle: ...`, `accDescr: ...` and the block form `accDescr { ... }`
 * (the block may span lines, and may close on its last line of text). The first
 * of each wins, as in mermaid. Missing parts are left undefined, never invented.
 */
export function extractAccessibility(chart: string): DiagramText {
  const lines = codeLines(chart);
  let title: string | undefined;
  let description: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const titleMatch = /^\s*accTitle\s*:\s*(.*)$/.exec(line);
    if (titleMatch && title === undefined) {
      title = collapse(titleMatch[1] ?? '') || undefined;
      continue;
    }
    const descrLine = /^\s*accDescr\s*:\s*(.*)$/.exec(line);
    if (descrLine && description === undefined) {
      description = collapse(descrLine[1] ?? '') || undefined;
      continue;
    }
    const descrBlock = /^\s*accDescr\s*\{(.*)$/.exec(line);
    if (descrBlock && description === undefined) {
      const parts: string[] = [];
      let rest = descrBlock[1] ?? '';
      // Collect until the closing brace, which may sit on the same line or a later one.
      for (;;) {
        const close = rest.indexOf('}');
        if (close >= 0) {
          parts.push(rest.slice(0, close));
          break;
        }
        parts.push(rest);
        i += 1;
        if (i >= lines.length) break;
        rest = lines[i] ?? '';
      }
      description = collapse(parts.join(' ')) || undefined;
    }
  }
  return {title, description};
}

/** The diagram type keyword (`flowchart`, `graph`, `sequenceDiagram`, ...), or '' when there is none. */
export function diagramKind(chart: string): string {
  const body = chart.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '');
  for (const line of codeLines(body)) {
    const word = /^\s*([A-Za-z][\w-]*)/.exec(line)?.[1];
    if (word) return word;
  }
  return '';
}

/*
 * Layout rules and constants of mermaid 11's flowchart renderer (dagre) at
 * its 16 px font: nodes 50 px apart within a rank and ranks 50 px apart, an
 * 8 px margin, labels padded by 30 px a side and wrapped at 200 px. A
 * subgraph none of whose nodes links outside it is laid out on its own, in its
 * own `direction` or else across its parent's, and then placed as one box.
 * Measured against real renders of the site's diagrams; text widths vary with
 * the reader's fonts, so the estimate is close, not exact.
 */
const NODE_SPACING = 50;
const RANK_SPACING = 50;
const MARGIN = 8;
const LABEL_PADDING_X = 60;
const LABEL_PADDING_Y = 30;
const WRAP_WIDTH = 200;
const LINE_HEIGHT = 24;
const CLUSTER_EXTRA_WIDTH = 75;
const CLUSTER_EXTRA_HEIGHT = 70;
/** Room an edge label takes across the gap between two ranks of a top-down chart. */
const EDGE_LABEL_DEPTH_TD = 50;

/** Approximate width of text at 16 px in a sans-serif font. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[ijlt.,:;'|!()[\]/ ]/.test(ch)) width += 5;
    else if (/[fr"-]/.test(ch)) width += 6.5;
    else if (/[mwMW]/.test(ch)) width += 13;
    else if (/[A-Z]/.test(ch)) width += 10.5;
    else width += 8.8;
  }
  return width;
}

interface Box {
  width: number;
  height: number;
}

/** A node's box: its label wrapped at mermaid's width, padded; cylinders are narrower and taller. */
function nodeBox(label: string, shape: string): Box {
  const text = textWidth(label);
  const lines = Math.max(1, Math.ceil(text / WRAP_WIDTH));
  const width = Math.min(text, WRAP_WIDTH);
  const height = lines * LINE_HEIGHT + LABEL_PADDING_Y;
  if (shape === '[(') return {width: width + 25, height: height + 23};
  if (shape === '((') return {width: width + 30, height: width + 30};
  if (shape === '{') return {width: width + height + LABEL_PADDING_X, height: width + height};
  return {width: width + LABEL_PADDING_X, height};
}

interface FlowNode {
  label: string;
  shape: string;
  cluster?: string;
}

interface FlowCluster {
  title: string;
  parent?: string;
  direction?: string;
}

interface FlowEdge {
  from: string;
  to: string;
  label: string;
}

interface Flowchart {
  direction: string;
  nodes: Map<string, FlowNode>;
  clusters: Map<string, FlowCluster>;
  edges: FlowEdge[];
}

/** A node reference at the start of `text`: its id, label and shape, and how many characters it used. */
function readNode(text: string): {id: string; label?: string; shape: string; used: number} | undefined {
  const id = /^\s*([A-Za-z0-9_][\w-]*)/.exec(text);
  if (!id) return undefined;
  const rest = text.slice(id[0].length);
  // Shapes: ["..."], ("..."), [("...")], (("...")), {"..."}, {{"..."}}, >"..."], [/"..."/], ([...]) and unquoted forms.
  const shape =
    /^\s*(\[\(|\(\(|\[\[|\{\{|\(\[|\[\/|\[\\|\[|\(|\{|>)\s*(?:"([^"]*)"|([^\])}"]*?))\s*(\)\]|\)\)|\]\]|\}\}|\]\)|\/\]|\\\]|\]|\)|\})/.exec(
      rest,
    );
  if (!shape) return {id: id[1] ?? '', shape: '[', used: id[0].length};
  return {
    id: id[1] ?? '',
    label: (shape[2] ?? shape[3] ?? '').trim(),
    shape: shape[1] ?? '[',
    used: id[0].length + shape[0].length,
  };
}

const LINK = /^\s*(?:<?(?:-{2,}|={2,}|-\.+-|~{3,})[>ox-]?|<?-\.+->)\s*(?:\|\s*"?([^|"]*)"?\s*\|)?/;

/** Reads the nodes, subgraphs and edges of a flowchart. */
function parseFlowchart(lines: readonly string[], header: string): Flowchart {
  const chart: Flowchart = {
    direction: /\b(LR|RL)\b/.test(header) ? 'LR' : 'TB',
    nodes: new Map(),
    clusters: new Map(),
    edges: [],
  };
  const stack: string[] = [];
  const touch = (id: string, label: string | undefined, shape: string): void => {
    if (chart.clusters.has(id)) return;
    const known = chart.nodes.get(id);
    if (known) {
      if (label !== undefined) Object.assign(known, {label, shape});
      return;
    }
    chart.nodes.set(id, {label: label ?? id, shape, cluster: stack[stack.length - 1]});
  };
  let inDescription = false;
  for (const raw of lines) {
    const line = raw.trim().replace(/;$/, '');
    if (inDescription) {
      inDescription = !line.includes('}');
      continue;
    }
    if (/^accDescr\s*\{/.test(line)) {
      inDescription = !line.includes('}');
      continue;
    }
    if (line === '' || /^(accTitle|accDescr|classDef|class|style|linkStyle|click)\b/.test(line)) continue;
    const direction = /^direction\s+(\w+)/.exec(line);
    if (direction) {
      const current = stack[stack.length - 1];
      const cluster = current ? chart.clusters.get(current) : undefined;
      if (cluster) cluster.direction = /LR|RL/.test(direction[1] ?? '') ? 'LR' : 'TB';
      continue;
    }
    const subgraph = /^subgraph\s+([\w-]+)\s*(?:\[\s*"?([^"\]]*)"?\s*\])?/.exec(line);
    if (subgraph) {
      const id = subgraph[1] ?? '';
      chart.clusters.set(id, {title: subgraph[2] ?? id, parent: stack[stack.length - 1]});
      chart.nodes.delete(id);
      stack.push(id);
      continue;
    }
    if (line === 'end') {
      stack.pop();
      continue;
    }
    // A statement: node (& node)* (link node (& node)*)*; `-- text -->` labels become `-->|text|`.
    let rest = line.replace(/(--|==|-\.)\s*"?([^">|-][^">|]*?)"?\s*(-->|==>|\.->|---|===|-\.-)/g, '$3|$2|');
    let previous: string[] = [];
    let current: string[] = [];
    let label = '';
    for (;;) {
      const node = readNode(rest);
      if (!node) break;
      touch(node.id, node.label, node.shape);
      current.push(node.id);
      rest = rest.slice(node.used);
      const amp = /^\s*&/.exec(rest);
      if (amp) {
        rest = rest.slice(amp[0].length);
        continue;
      }
      for (const from of previous) for (const to of current) chart.edges.push({from, to, label});
      const link = LINK.exec(rest);
      if (!link) break;
      label = (link[1] ?? '').trim();
      rest = rest.slice(link[0].length);
      previous = current;
      current = [];
    }
  }
  return chart;
}

/** The clusters `id` sits in, innermost first. */
function ancestors(chart: Flowchart, id: string): string[] {
  const chain: string[] = [];
  let at = chart.nodes.get(id)?.cluster ?? chart.clusters.get(id)?.parent;
  while (at) {
    chain.push(at);
    at = chart.clusters.get(at)?.parent;
  }
  return chain;
}

/** True when no node inside the cluster links to a node outside it (links to the cluster itself do not count). */
function isIsolated(chart: Flowchart, cluster: string): boolean {
  const inside = (id: string): boolean => chart.nodes.has(id) && ancestors(chart, id).includes(cluster);
  return !chart.edges.some(
    (e) =>
      (inside(e.from) && !inside(e.to) && e.to !== cluster) || (inside(e.to) && !inside(e.from) && e.from !== cluster),
  );
}

/** Lays out the contents of `scope` (undefined: the whole chart) in `direction` and returns their size. */
function layout(chart: Flowchart, scope: string | undefined, direction: string): Box {
  const horizontal = direction === 'LR';
  // The items placed in this scope: own nodes, isolated child clusters as boxes, others flattened.
  const boxes = new Map<string, Box>();
  let flattened = 0;
  const owner = new Map<string, string>();
  const collect = (container: string | undefined): void => {
    for (const [id, node] of chart.nodes) {
      if (node.cluster !== container) continue;
      boxes.set(id, nodeBox(node.label, node.shape));
      owner.set(id, id);
    }
    for (const [id, cluster] of chart.clusters) {
      if (cluster.parent !== container) continue;
      if (isIsolated(chart, id)) {
        const inner = layout(chart, id, cluster.direction ?? (direction === 'TB' ? 'LR' : 'TB'));
        const title = textWidth(cluster.title) + 40;
        boxes.set(id, {
          width: Math.max(inner.width + CLUSTER_EXTRA_WIDTH, title),
          height: inner.height + CLUSTER_EXTRA_HEIGHT,
        });
        owner.set(id, id);
        for (const [member] of chart.nodes) if (ancestors(chart, member).includes(id)) owner.set(member, id);
      } else {
        flattened += 1;
        owner.set(id, id);
        collect(id);
      }
    }
  };
  collect(scope);
  // A link to a flattened cluster stands for links to its members.
  const expand = (id: string): string[] => {
    if (boxes.has(id)) return [id];
    const mapped = owner.get(id);
    if (mapped && boxes.has(mapped)) return [mapped];
    return [...boxes.keys()].filter((item) => ancestors(chart, item).includes(id));
  };
  const edges = chart.edges.flatMap((e) =>
    expand(e.from).flatMap((from) => expand(e.to).map((to) => ({from, to, label: e.label}))),
  );
  const local = edges.filter((e) => e.from !== e.to);
  // Longest-path ranks: for the small charts of a guide, close to dagre's network simplex.
  const rank = new Map<string, number>([...boxes.keys()].map((id) => [id, 0]));
  for (let pass = 0; pass < boxes.size; pass += 1) {
    let changed = false;
    for (const e of local) {
      const next = (rank.get(e.from) ?? 0) + 1;
      if (next > (rank.get(e.to) ?? 0) && next < boxes.size) {
        rank.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const ranks = Math.max(0, ...rank.values()) + 1;
  const across = new Array<number>(ranks).fill(0);
  const depth = new Array<number>(ranks).fill(0);
  const count = new Array<number>(ranks).fill(0);
  for (const [id, box] of boxes) {
    const r = rank.get(id) ?? 0;
    across[r] = (across[r] ?? 0) + (horizontal ? box.height : box.width);
    depth[r] = Math.max(depth[r] ?? 0, horizontal ? box.width : box.height);
    count[r] = (count[r] ?? 0) + 1;
  }
  // Gaps between ranks widen for edge labels; labelled edges spanning several ranks also take room across.
  const gap = new Array<number>(Math.max(0, ranks - 1)).fill(RANK_SPACING);
  for (const e of local) {
    if (!e.label) continue;
    const from = rank.get(e.from) ?? 0;
    const to = rank.get(e.to) ?? 0;
    const size = horizontal ? textWidth(e.label) : EDGE_LABEL_DEPTH_TD;
    const g = Math.min(from, to);
    gap[g] = Math.max(gap[g] ?? 0, RANK_SPACING + size);
    for (let r = g + 1; r < Math.max(from, to); r += 1) {
      across[r] = (across[r] ?? 0) + NODE_SPACING + (horizontal ? LINE_HEIGHT : textWidth(e.label));
    }
  }
  const breadth = Math.max(...across.map((a, r) => a + NODE_SPACING * Math.max(0, (count[r] ?? 1) - 1)));
  const length = depth.reduce((sum, d) => sum + d, 0) + gap.reduce((sum, g) => sum + g, 0);
  const extra = flattened > 0 ? {width: CLUSTER_EXTRA_WIDTH, height: CLUSTER_EXTRA_HEIGHT} : {width: 0, height: 0};
  return horizontal
    ? {width: length + extra.width, height: breadth + extra.height}
    : {width: breadth + extra.width, height: length + extra.height};
}

/** Estimates the drawn size of a flowchart. */
function estimateFlowchart(lines: readonly string[], header: string): DiagramSize {
  const chart = parseFlowchart(lines, header);
  const size = layout(chart, undefined, chart.direction);
  return {width: Math.round(size.width + 2 * MARGIN), height: Math.round(size.height + 2 * MARGIN)};
}

/** Estimates a sequence diagram: actors side by side, one row per message or note. */
function estimateSequence(lines: readonly string[]): DiagramSize {
  const actors = new Set<string>();
  let rows = 0;
  for (const raw of lines) {
    const line = raw.trim();
    const declared = /^(participant|actor)\s+([\w-]+)/.exec(line);
    if (declared) {
      actors.add(declared[2] ?? '');
      continue;
    }
    const message = /^([\w-]+)\s*[-=]+[>x)]{1,2}[+-]?\s*([\w-]+)\s*:/.exec(line);
    if (message) {
      actors.add(message[1] ?? '');
      actors.add(message[2] ?? '');
      rows += 1;
    } else if (/^(note|loop|alt|else|opt|par|and|critical|break|rect)\b/i.test(line)) {
      rows += 1;
    }
  }
  const columns = Math.max(1, actors.size);
  // Actor boxes 150 px wide, 50 px apart, with their margins; a header and footer row of boxes.
  return {width: columns * 200 + 50, height: 2 * 65 + rows * 50 + 2 * MARGIN + 40};
}

/**
 * An estimate of the size mermaid will draw the chart at, from its type,
 * direction, nodes, edges and subgraphs. Used to reserve space before the
 * SVG exists, so the page does not jump when it arrives.
 */
export function estimateSize(chart: string): DiagramSize {
  const lines = codeLines(chart.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, ''));
  const start = lines.findIndex((line) => line.trim() !== '');
  const header = lines[start] ?? '';
  const kind = diagramKind(chart);
  if (kind === 'flowchart' || kind === 'graph') return estimateFlowchart(lines.slice(start + 1), header);
  if (kind === 'sequenceDiagram') return estimateSequence(lines.slice(start + 1));
  return {width: 600, height: 360};
}
