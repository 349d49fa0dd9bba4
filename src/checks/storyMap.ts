/**
 * A story's shape as a graph: knots and stitches as nodes, choices as edges,
 * endings marked, laid out left to right by how soon a player first reaches
 * each part. Plain data with coordinates, so the command-line map and the
 * game can draw it the same way (see `renderMap.ts`).
 */
import type { SourceLocation, StoryOutline } from '../engine/compile.ts';
import { AXES, parseChoiceScore, parseTag, tagValue, type ChoiceScore } from '../engine/tags.ts';
import type { Destination, ExploreReport } from './explore.ts';

/** How a choice is scored, for colour, line pattern and a text badge. */
export type ScoreKind = 'intervene' | 'rescue' | 'abandon' | 'neutral' | 'mixed' | 'untagged' | 'unscored';

export interface MapEnding {
  readonly id: string;
  readonly title: string | undefined;
  /** Playthroughs that reach it. */
  readonly paths: number;
}

/** A choice written in a knot or stitch, and where it leads. */
export interface MapChoice {
  readonly text: string;
  readonly kind: ScoreKind;
  /** Badge text such as `intervene`, `rescue ×2 + intervene`, `neutral`. */
  readonly badge: string;
  readonly at: SourceLocation | undefined;
  /** Node ids it leads to (a node's own id when it stays in the same knot). */
  readonly to: readonly string[];
  /** True when no path offers it. */
  readonly neverOffered: boolean;
}

export interface MapNode {
  readonly id: string;
  readonly kind: 'start' | 'knot' | 'stitch' | 'ending' | 'dead-end' | 'error';
  readonly label: string;
  readonly at: SourceLocation | undefined;
  /** False when no path reaches it; undefined when unknown (the walk stopped early). */
  readonly reached: boolean | undefined;
  readonly choices: readonly MapChoice[];
  /** For ending nodes. */
  readonly ending?: MapEnding;
  /** Layout: column (by first-reach depth) and position in pixels. */
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line between nodes: a choice (from one of the node's choice rows) or plain flow. */
export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** Index into the source node's `choices`, or undefined for flow without a choice. */
  readonly choice: number | undefined;
  readonly kind: ScoreKind | 'flow';
  readonly text: string;
}

export interface StoryMap {
  readonly title: string;
  readonly file: string;
  readonly scored: boolean;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly width: number;
  readonly height: number;
  /** Why the map may be incomplete, when the walk stopped early. */
  readonly incomplete: string | undefined;
}

/** Layout sizes, in SVG pixels. */
export const MAP_LAYOUT = { nodeWidth: 380, header: 46, row: 26, footer: 8, columnGap: 150, rowGap: 28, margin: 32 } as const;

export interface StoryMapInput {
  readonly title: string;
  readonly file: string;
  readonly outline: StoryOutline;
  readonly report: ExploreReport;
  readonly scored: boolean;
}

const START = 'start';
const DEAD_END = 'dead-end';
const ERROR = 'error';
const endingNode = (id: string) => `ending:${id}`;
const flowNode = (name: string) => `flow:${name}`;

/** Build the map of a story from its outline and its walk (compiled with visit tracking). */
export function buildStoryMap(input: StoryMapInput): StoryMap {
  const { outline, report, scored } = input;
  const flowOrder = new Map(outline.flows.map((f, i) => [f.name, i]));
  const flows = outline.flows.filter((f) => f.kind !== 'function');
  const choiceByPath = new Map(outline.choices.map((c) => [c.sourcePath, c]));
  const endingTitle = new Map<string, string | undefined>();
  const endingFlow = new Map<string, string>();
  const byLine = new Map<string, string[]>();
  for (const t of outline.tags) {
    const key = `${t.at.file}:${t.at.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), t.text]);
  }
  for (const t of outline.tags) {
    const tag = parseTag(t.text);
    if (tag.key !== 'ending' || tag.value === '') continue;
    endingFlow.set(tag.value, t.flow);
    endingTitle.set(tag.value, tagValue(byLine.get(`${t.at.file}:${t.at.line}`) ?? [], 'ending_title'));
  }
  const nodeOfFlow = (name: string) => (name === '' ? START : flowNode(name));
  const nodeOfChoice = (path: string) => nodeOfFlow(choiceByPath.get(path)?.flow ?? flowOfPath(path, flowOrder));
  const destinations = (to: Destination): string[] => {
    if (to.kind === 'choices') return [...new Set(to.choices.map(nodeOfChoice))];
    if (to.kind === 'ending') return [endingFlow.has(to.id) ? nodeOfFlow(endingFlow.get(to.id)!) : endingNode(to.id)];
    return [to.kind === 'error' ? ERROR : DEAD_END];
  };

  // Choices per node, with where each leads; flow edges for the start and for knots passed through.
  const choicesOf = new Map<string, { path: string; text: string; score: ChoiceScore | undefined; to: Set<string> }[]>();
  const flowEdges = new Map<string, MapEdge>();
  const addFlowEdge = (from: string, to: string) => {
    if (from !== to) flowEdges.set(`${from}→${to}`, { from, to, choice: undefined, kind: 'flow', text: '' });
  };
  for (const c of outline.choices) {
    const node = nodeOfFlow(c.flow);
    const list = choicesOf.get(node) ?? [];
    list.push({ path: c.sourcePath, text: report.offered.get(c.sourcePath)?.text ?? c.text, score: report.offered.get(c.sourcePath)?.score, to: new Set() });
    choicesOf.set(node, list);
  }
  for (const t of report.transitions) {
    const targets = destinations(t.to);
    const from = t.from === '' ? START : nodeOfChoice(t.from);
    // Entering a stitch counts a visit to its knot as well; the stitch is where the story went.
    const entered = [...t.via.map(nodeOfFlow), ...targets];
    const via = t.via
      .map((v) => nodeOfFlow(v))
      .filter((v) => v !== from && !targets.includes(v) && !entered.some((e) => e.startsWith(`${v}.`)))
      .sort((a, b) => (flowOrder.get(a.slice(5)) ?? 0) - (flowOrder.get(b.slice(5)) ?? 0));
    const first = via[0] ? [via[0]] : targets;
    if (t.from === '') for (const target of first) addFlowEdge(START, target);
    else {
      const entry = choicesOf.get(from)?.find((c) => c.path === t.from);
      for (const target of first) entry?.to.add(target);
    }
    const chain = [...via, ...(via.length ? targets : [])];
    for (let i = 0; i + 1 < chain.length; i++) addFlowEdge(chain[i]!, chain[i + 1]!);
    if (via.length && targets.length > 1) for (const target of targets.slice(1)) addFlowEdge(via[via.length - 1]!, target);
  }
  for (const [id, flow] of endingFlow) addFlowEdge(nodeOfFlow(flow), endingNode(id));

  // Nodes.
  const complete = report.stoppedEarly === undefined;
  const reached = (name: string) => (report.reachedFlows === undefined || !complete ? undefined : report.reachedFlows.has(name));
  const drafts: Omit<MapNode, 'column' | 'x' | 'y' | 'width' | 'height'>[] = [];
  const mapChoices = (node: string): MapChoice[] =>
    (choicesOf.get(node) ?? []).map((c) => {
      const { kind, badge } = scoreKind(c.score ?? parseChoiceScore(choiceByPath.get(c.path)?.tags ?? []), scored);
      return { text: c.text, kind, badge, at: choiceByPath.get(c.path)?.at, to: [...c.to], neverOffered: complete && !report.offered.has(c.path) };
    });
  drafts.push({ id: START, kind: 'start', label: 'Start', at: undefined, reached: true, choices: mapChoices(START) });
  for (const f of flows) {
    drafts.push({ id: flowNode(f.name), kind: f.kind === 'stitch' ? 'stitch' : 'knot', label: f.name.replace('.', ' › '), at: f.at, reached: reached(f.name), choices: mapChoices(flowNode(f.name)) });
  }
  const endingIds = new Set([...endingFlow.keys(), ...report.endings.keys()].filter((id) => id !== '(untagged end)'));
  for (const id of endingIds) {
    const paths = report.endings.get(id) ?? 0;
    drafts.push({ id: endingNode(id), kind: 'ending', label: endingTitle.get(id) ?? id, at: undefined, reached: complete ? paths > 0 : undefined, choices: [], ending: { id, title: endingTitle.get(id), paths } });
  }
  const used = new Set([...flowEdges.values()].flatMap((e) => [e.from, e.to]).concat([...choicesOf.values()].flatMap((l) => l.flatMap((c) => [...c.to]))));
  if (used.has(DEAD_END)) drafts.push({ id: DEAD_END, kind: 'dead-end', label: 'Stops without an ending', at: undefined, reached: true, choices: [] });
  if (used.has(ERROR)) drafts.push({ id: ERROR, kind: 'error', label: 'Runtime error', at: undefined, reached: true, choices: [] });

  // Edges: one per choice and target, plus the flow edges.
  const edges: MapEdge[] = [];
  for (const node of drafts) {
    node.choices.forEach((c, i) => {
      for (const to of c.to) if (to !== node.id) edges.push({ from: node.id, to, choice: i, kind: c.kind, text: c.text });
    });
  }
  edges.push(...flowEdges.values());

  return { ...layout(drafts, edges, flowOrder), title: input.title, file: input.file, scored, edges, incomplete: report.stoppedEarly };
}

/** Columns by first-reach depth from the start (breadth first); unreached parts in a last column. */
function layout(drafts: Omit<MapNode, 'column' | 'x' | 'y' | 'width' | 'height'>[], edges: MapEdge[], flowOrder: Map<string, number>) {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const depth = new Map<string, number>([[START, 0]]);
  const queue = [START];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const to of next.get(id) ?? []) {
      if (depth.has(to)) continue;
      depth.set(to, depth.get(id)! + 1);
      queue.push(to);
    }
  }
  const deepest = Math.max(0, ...depth.values());
  const { nodeWidth, header, row, footer, columnGap, rowGap, margin } = MAP_LAYOUT;
  const columns = new Map<number, typeof drafts>();
  for (const d of drafts) {
    const column = depth.get(d.id) ?? deepest + 1;
    columns.set(column, [...(columns.get(column) ?? []), d]);
  }
  const order = (d: (typeof drafts)[number]) => (d.kind === 'ending' ? 10_000 : d.kind === 'dead-end' || d.kind === 'error' ? 20_000 : 0) + (flowOrder.get(d.id.slice(5)) ?? 0);
  const nodes: MapNode[] = [];
  let height = 0;
  for (const [column, list] of [...columns].sort((a, b) => a[0] - b[0])) {
    let y = margin + 28;
    for (const d of list.sort((a, b) => order(a) - order(b))) {
      const h = header + Math.max(0, d.choices.length) * row + (d.kind === 'ending' ? row : 0) + footer;
      nodes.push({ ...d, column, x: margin + column * (nodeWidth + columnGap), y, width: nodeWidth, height: h });
      y += h + rowGap;
    }
    height = Math.max(height, y);
  }
  const columnCount = Math.max(...nodes.map((n) => n.column)) + 1;
  return { nodes, width: margin * 2 + columnCount * nodeWidth + (columnCount - 1) * columnGap, height: height + margin };
}

function flowOfPath(path: string, flowOrder: Map<string, number>): string {
  const parts = path.split('.');
  const two = parts.slice(0, 2).join('.');
  if (flowOrder.has(two)) return two;
  return flowOrder.has(parts[0]!) ? parts[0]! : '';
}

/** Classify a choice's scoring for the map's colours, patterns and badges. */
export function scoreKind(score: ChoiceScore, scored: boolean): { kind: ScoreKind; badge: string } {
  if (!scored) return { kind: 'unscored', badge: '' };
  const axes = AXES.filter((a) => score[a] > 0);
  const badge = axes.map((a) => (score[a] > 1 ? `${a} ×${score[a]}` : a)).join(' + ');
  if (axes.length > 1) return { kind: 'mixed', badge };
  if (axes.length === 1) return { kind: axes[0]!, badge };
  if (score.neutral) return { kind: 'neutral', badge: 'neutral' };
  return { kind: 'untagged', badge: 'no tag' };
}
