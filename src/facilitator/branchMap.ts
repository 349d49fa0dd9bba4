/**
 * The branch map: every choice point this session has visited, which of its
 * choices the room explored, and where each led — to another choice point or
 * to an ending, with the three-axis totals there. Built only from what was
 * played (never by walking the whole story), so it shows the room's own map.
 */
import type { ChoiceScore } from '../engine/tags.ts';
import type { ScoreTotals } from '../scoring/score.ts';
import type { EndingInfo } from './ending.ts';
import { childKey, isWithin, keyDepth, parentKey, type PointKey } from './points.ts';

/** One choice as the map remembers it. */
export interface MapChoice {
  readonly index: number;
  readonly text: string;
  readonly score: ChoiceScore;
}

/** A visited choice point. */
export interface MapPoint {
  readonly kind: 'point';
  readonly key: PointKey;
  readonly depth: number;
  /** 1-based, in the order the session first reached it: "Point 3". */
  readonly number: number;
  /** The last line of story before the choices, to recognise the moment. */
  readonly context: string;
  /** The writer's `# discuss:` prompt, if any. */
  readonly question: string | undefined;
  readonly choices: readonly MapChoice[];
  /** Choice indices taken from here, in the order first taken. */
  readonly taken: readonly number[];
}

/** An ending the session reached. */
export interface MapEnding extends EndingInfo {
  readonly kind: 'ending';
  readonly key: PointKey;
  readonly depth: number;
  /** 1-based, in the order reached. */
  readonly number: number;
  readonly totals: ScoreTotals;
}

/** Where one choice has led so far in this session. */
export type Outcome = { readonly kind: 'unexplored' } | { readonly kind: 'point'; readonly point: MapPoint } | { readonly kind: 'ending'; readonly ending: MapEnding };

/** One step of a route: the point and the choice taken there. */
export interface RouteStep {
  readonly point: MapPoint;
  readonly choice: MapChoice;
}

/** Stored form of a branch map (JSON-safe). */
export interface BranchMapData {
  readonly points: readonly MapPoint[];
  readonly endings: readonly MapEnding[];
}

export class BranchMap {
  private readonly pointsByKey = new Map<PointKey, MapPoint>();
  private readonly endingsByKey = new Map<PointKey, MapEnding>();

  /** Note a choice point reached by the choices in `key`. Returns the point (new or known). */
  visitPoint(key: PointKey, visit: { readonly context: string; readonly question: string | undefined; readonly choices: readonly MapChoice[] }): MapPoint {
    const known = this.pointsByKey.get(key);
    if (known) return known;
    const point: MapPoint = {
      kind: 'point',
      key,
      depth: keyDepth(key),
      number: this.pointsByKey.size + 1,
      context: visit.context,
      question: visit.question,
      choices: visit.choices.map((c) => ({ index: c.index, text: c.text, score: c.score })),
      taken: [],
    };
    this.pointsByKey.set(key, point);
    this.noteTaken(key);
    return point;
  }

  /** Note an ending reached by the choices in `key`, with the totals there. */
  reachEnding(key: PointKey, ending: EndingInfo, totals: ScoreTotals): MapEnding {
    const known = this.endingsByKey.get(key);
    if (known) return known;
    const reached: MapEnding = { ...ending, kind: 'ending', key, depth: keyDepth(key), number: this.endingsByKey.size + 1, totals };
    this.endingsByKey.set(key, reached);
    this.noteTaken(key);
    return reached;
  }

  point(key: PointKey): MapPoint | undefined {
    return this.pointsByKey.get(key);
  }

  ending(key: PointKey): MapEnding | undefined {
    return this.endingsByKey.get(key);
  }

  /** Visited choice points, in the order first reached. */
  points(): MapPoint[] {
    return [...this.pointsByKey.values()];
  }

  /** Endings reached, in order. */
  endings(): MapEnding[] {
    return [...this.endingsByKey.values()];
  }

  /** Where choice `index` at point `key` has led so far. */
  outcome(key: PointKey, index: number): Outcome {
    const next = childKey(key, index);
    const point = this.pointsByKey.get(next);
    if (point) return { kind: 'point', point };
    const ending = this.endingsByKey.get(next);
    if (ending) return { kind: 'ending', ending };
    return { kind: 'unexplored' };
  }

  /** Every ending reached through choice `index` at `key`, however far on. */
  endingsVia(key: PointKey, index: number): MapEnding[] {
    const next = childKey(key, index);
    return this.endings().filter((e) => isWithin(e.key, next));
  }

  /** The points and choices that lead to `key`, from the start. */
  route(key: PointKey): RouteStep[] {
    const steps: RouteStep[] = [];
    let here: PointKey | undefined = key;
    while (here !== undefined && here !== '') {
      const parent: PointKey | undefined = parentKey(here);
      if (parent === undefined) break;
      const point = this.pointsByKey.get(parent);
      const index = Number(here.slice(here.lastIndexOf('.') + 1)) - 1;
      const choice = point?.choices.find((c) => c.index === index);
      if (point && choice) steps.unshift({ point, choice });
      here = parent;
    }
    return steps;
  }

  toJSON(): BranchMapData {
    return { points: this.points(), endings: this.endings() };
  }

  static fromJSON(data: BranchMapData): BranchMap {
    const map = new BranchMap();
    for (const p of data.points) map.pointsByKey.set(p.key, { ...p, taken: [...p.taken] });
    for (const e of data.endings) map.endingsByKey.set(e.key, e);
    return map;
  }

  private noteTaken(key: PointKey): void {
    const parent = parentKey(key);
    if (parent === undefined) return;
    const point = this.pointsByKey.get(parent);
    if (!point) return;
    const index = Number(key.slice(key.lastIndexOf('.') + 1)) - 1;
    if (!point.taken.includes(index)) this.pointsByKey.set(parent, { ...point, taken: [...point.taken, index] });
  }
}
