/**
 * One facilitated session: a story read with a room, paused at every choice
 * point for discussion and a vote, with branches explored afterwards.
 *
 * The session owns the playthrough (all choices and rollback go through
 * `Playthrough`), the room's votes, the branch map and the room's answers. It
 * steps through a fixed flow that a clicker can drive with two keys:
 *
 *   intro → reading → discuss → vote → tally → (choose) → reading → …
 *         → (ending) reading → what → so-what → now-what → summary
 *
 * Everything the two windows draw comes from `view()`: plain, JSON-safe data,
 * so the projector can send it to the presenter window as is.
 */
import { StoryEngine, type ChoiceRecord, type Turn } from '../engine/StoryEngine.ts';
import { tagValue, type ChoiceScore, type StoryMeta } from '../engine/tags.ts';
import { Playthrough } from '../play/Playthrough.ts';
import type { ScoreTotals } from '../scoring/score.ts';
import { BranchMap, type BranchMapData, type MapEnding, type RouteStep } from './branchMap.ts';
import { describeEnding } from './ending.ts';
import { Lookahead, type Consequence } from './lookahead.ts';
import { DEFAULT_QUESTION, keyIndices, parentKey, pointKey, type PointKey } from './points.ts';
import { scoreLabels } from './scoreNotes.ts';
import { buildSummary, type SessionSummary } from './summary.ts';
import { VoteBook, winner, type Tally, type VoteBookData } from './votes.ts';

/** The step of the flow the room is looking at. */
export type Phase = 'intro' | 'reading' | 'discuss' | 'vote' | 'tally' | 'what' | 'so-what' | 'now-what' | 'summary';

export const PHASES: readonly Phase[] = ['intro', 'reading', 'discuss', 'vote', 'tally', 'what', 'so-what', 'now-what', 'summary'];

/** Everything the facilitator (or the presenter window) can ask of a session. */
export type Command =
  | { readonly type: 'advance' }
  | { readonly type: 'back' }
  | { readonly type: 'vote'; readonly choice: number; readonly delta: 1 | -1 }
  | { readonly type: 'reveal' }
  | { readonly type: 'clear-votes' }
  | { readonly type: 'choose'; readonly choice: number }
  | { readonly type: 'goto'; readonly key: PointKey }
  | { readonly type: 'map'; readonly open: boolean }
  | { readonly type: 'blank'; readonly on: boolean }
  | { readonly type: 'answers'; readonly text: string }
  | { readonly type: 'summary' };

/** What came of a command: done, or a sentence saying why not. */
export type CommandResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** One choice at the current point, with the facilitator's notes. */
export interface ChoiceNote {
  readonly index: number;
  readonly text: string;
  readonly score: ChoiceScore;
  /** "Intervening +1" etc.: presenter window only. */
  readonly scoredAs: readonly string[];
  /** One step ahead: presenter window only. */
  readonly leadsTo: Consequence | undefined;
}

/** One step of the debrief's "What?": the question, the choice, the votes. */
export interface WhatStep {
  readonly pointNumber: number;
  readonly question: string;
  readonly choice: string;
  readonly votes: number;
  readonly totalVotes: number;
}

/** The whole session as the two windows draw it. JSON-safe. */
export interface SessionView {
  readonly storyId: string;
  readonly meta: StoryMeta;
  readonly scored: boolean;
  readonly phase: Phase;
  readonly blank: boolean;
  readonly mapOpen: boolean;
  /** Where the story stands: the current choice point or ending. */
  readonly key: PointKey;
  /** The illustrated setting for this moment (from the story's `# scene:` tags). */
  readonly scene: string | undefined;
  /** "Point N" of the current choice point, undefined at an ending. */
  readonly pointNumber: number | undefined;
  /** The story text of the current turn (no debrief lines). */
  readonly paragraphs: readonly { readonly text: string; readonly speaker: string | undefined }[];
  /** The choice the room made just before this text. */
  readonly chose: string | undefined;
  readonly question: string;
  readonly questionIsDefault: boolean;
  /** The last line of story before the choices. */
  readonly context: string;
  readonly choices: readonly ChoiceNote[];
  readonly tally: Tally;
  /** The choice with the most votes, if exactly one. */
  readonly winner: number | undefined;
  /** What the advance key does next, in words. */
  readonly nextLabel: string;
  /** What the back key does, or undefined at the very start. */
  readonly backLabel: string | undefined;
  /** The ending reached, when the story has ended. */
  readonly ending: MapEnding | undefined;
  /** Running totals (shown to the room only in the debrief). */
  readonly totals: ScoreTotals;
  /** The debrief's "What?": the path here, with the votes at each point. */
  readonly what: readonly WhatStep[];
  readonly map: BranchMapData;
  readonly votes: VoteBookData;
  /** The room's answers to "Now what?". */
  readonly answers: string;
  /** When the session started (ms since the epoch), for the presenter's clock. */
  readonly startedAt: number | undefined;
  readonly summary: SessionSummary;
}

const SAVE_VERSION = 1;

/** A session as saved across a page reload. */
export interface SessionSave {
  readonly version: number;
  readonly log: readonly ChoiceRecord[];
  readonly phase: Phase;
  readonly phaseBeforeSummary: Phase;
  readonly votes: VoteBookData;
  readonly map: BranchMapData;
  readonly scenes: Readonly<Record<PointKey, string>>;
  readonly answers: string;
  readonly startedAt: number | undefined;
}

export interface SessionOptions {
  readonly storyId: string;
  readonly compiledJson: string;
  readonly meta: StoryMeta;
  readonly scored: boolean;
  /** Clock, for tests. */
  readonly now?: () => number;
}

export class FacilitatorSession {
  readonly playthrough: Playthrough;
  private votesNow = new VoteBook();
  private mapNow = new BranchMap();
  private phaseNow: Phase = 'intro';
  private blank = false;
  private mapOpen = false;
  private answers = '';
  private startedAt: number | undefined;
  private phaseBeforeSummary: Phase = 'now-what';
  private readonly lookahead: Lookahead;
  private readonly consequenceCache = new Map<PointKey, Consequence[]>();
  /** The setting in force at each place visited (scene tags carry over until the next one). */
  private readonly scenes = new Map<PointKey, string>();
  private readonly now: () => number;

  /** Throws (with the ink error) if the story cannot start. */
  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.playthrough = new Playthrough(new StoryEngine(options.compiledJson, options.meta.title));
    this.lookahead = new Lookahead(options.compiledJson, options.meta.title);
    this.noteTurn();
  }

  get phase(): Phase {
    return this.phaseNow;
  }

  /** The room's votes at every point visited. */
  get votes(): VoteBook {
    return this.votesNow;
  }

  /** Every point visited and ending reached this session. */
  get map(): BranchMap {
    return this.mapNow;
  }

  /** Plain data to carry the session over a page reload (JSON-safe). */
  save(): SessionSave {
    return {
      version: SAVE_VERSION,
      log: [...this.playthrough.choiceLog],
      phase: this.phaseNow,
      phaseBeforeSummary: this.phaseBeforeSummary,
      votes: this.votesNow.toJSON(),
      map: this.mapNow.toJSON(),
      scenes: Object.fromEntries(this.scenes),
      answers: this.answers,
      startedAt: this.startedAt,
    };
  }

  /**
   * Pick up a saved session of the same story. False (and nothing changed)
   * when the save is from another version of the game or the story has
   * changed so that its choices no longer replay.
   */
  resume(saved: SessionSave): boolean {
    if (saved?.version !== SAVE_VERSION || !Array.isArray(saved.log) || !PHASES.includes(saved.phase)) return false;
    let votes: VoteBook;
    let map: BranchMap;
    try {
      votes = VoteBook.fromJSON(saved.votes);
      map = BranchMap.fromJSON(saved.map);
    } catch {
      return false;
    }
    const outcome = this.playthrough.replay(saved.log);
    if (!outcome.ok) {
      this.playthrough.restart();
      return false;
    }
    this.votesNow = votes;
    this.mapNow = map;
    this.scenes.clear();
    for (const [key, scene] of Object.entries(saved.scenes ?? {})) if (typeof scene === 'string') this.scenes.set(key, scene);
    this.noteTurn();
    this.phaseNow = saved.phase;
    this.phaseBeforeSummary = PHASES.includes(saved.phaseBeforeSummary) ? saved.phaseBeforeSummary : 'now-what';
    this.answers = typeof saved.answers === 'string' ? saved.answers : '';
    this.startedAt = typeof saved.startedAt === 'number' ? saved.startedAt : undefined;
    return true;
  }

  /** Where the story stands now. */
  get key(): PointKey {
    return pointKey(this.playthrough.choiceLog);
  }

  /** Carry out one command. Never throws for bad input; says what went wrong instead. */
  apply(command: Command): CommandResult {
    try {
      return this.run(command);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private run(command: Command): CommandResult {
    // Like presentation software: with the screen blank, the next key only brings it back.
    if (this.blank && (command.type === 'advance' || command.type === 'back')) {
      this.blank = false;
      return OK;
    }
    // Nor does the story move on behind the branch map: the key closes it first.
    if (this.mapOpen && (command.type === 'advance' || command.type === 'back')) {
      this.mapOpen = false;
      return OK;
    }
    switch (command.type) {
      case 'advance':
        return this.advance();
      case 'back':
        return this.back();
      case 'vote':
        return this.vote(command.choice, command.delta);
      case 'reveal':
        if (this.phaseNow !== 'vote' && this.phaseNow !== 'tally') return fail('The votes can be revealed once the choices are on screen.');
        this.votesNow.reveal(this.key);
        this.phaseNow = 'tally';
        return OK;
      case 'clear-votes':
        this.votesNow.clear(this.key);
        if (this.phaseNow === 'tally') this.phaseNow = 'vote';
        return OK;
      case 'choose':
        return this.choose(command.choice);
      case 'goto':
        return this.goto(command.key);
      case 'map':
        this.mapOpen = command.open;
        return OK;
      case 'blank':
        this.blank = command.on;
        return OK;
      case 'answers':
        this.answers = command.text.slice(0, 20_000);
        return OK;
      case 'summary':
        if (this.phaseNow !== 'summary') this.phaseBeforeSummary = this.phaseNow;
        this.start();
        this.phaseNow = 'summary';
        this.mapOpen = false;
        return OK;
    }
  }

  private advance(): CommandResult {
    const turn = this.playthrough.turn;
    switch (this.phaseNow) {
      case 'intro':
        this.start();
        this.enterTurn();
        return OK;
      case 'reading':
        this.phaseNow = turn.ended ? 'what' : 'discuss';
        return OK;
      case 'discuss':
        this.phaseNow = 'vote';
        return OK;
      case 'vote':
        this.votesNow.reveal(this.key);
        this.phaseNow = 'tally';
        return OK;
      case 'tally': {
        const top = winner(this.votesNow.tally(this.key, turn.choices.length));
        if (top === undefined) {
          return fail(this.votesNow.hasVotes(this.key) ? 'The vote is tied: pick the room’s choice with its number key or button.' : 'No votes yet: pick the room’s choice with its number key or button.');
        }
        return this.choose(top);
      }
      case 'what':
        this.phaseNow = 'so-what';
        return OK;
      case 'so-what':
        this.phaseNow = 'now-what';
        return OK;
      case 'now-what':
        this.phaseNow = 'summary';
        this.phaseBeforeSummary = 'now-what';
        return OK;
      case 'summary':
        return fail('This is the end of the session. Open the branch map (M) to explore another branch.');
    }
  }

  private back(): CommandResult {
    const turn = this.playthrough.turn;
    switch (this.phaseNow) {
      case 'intro':
        return fail('This is the start of the session.');
      case 'reading':
        return this.backBeforeTurn();
      case 'discuss':
        if (hasText(turn)) this.phaseNow = 'reading';
        else return this.backBeforeTurn();
        return OK;
      case 'vote':
        this.phaseNow = 'discuss';
        return OK;
      case 'tally':
        this.votesNow.hide(this.key);
        this.phaseNow = 'vote';
        return OK;
      case 'what':
        if (hasText(turn)) this.phaseNow = 'reading';
        else return this.backBeforeTurn();
        return OK;
      case 'so-what':
        this.phaseNow = 'what';
        return OK;
      case 'now-what':
        this.phaseNow = 'so-what';
        return OK;
      case 'summary':
        this.phaseNow = this.phaseBeforeSummary;
        return OK;
    }
  }

  /** Step back over the last choice, to the tally (or vote) where it was made. */
  private backBeforeTurn(): CommandResult {
    if (this.playthrough.depth === 0) {
      this.phaseNow = 'intro';
      return OK;
    }
    this.playthrough.undo();
    this.phaseNow = this.votesNow.tally(this.key).revealed ? 'tally' : 'vote';
    return OK;
  }

  private vote(choice: number, delta: 1 | -1): CommandResult {
    if (this.phaseNow !== 'vote' && this.phaseNow !== 'tally') return fail('Votes are taken while the choices are on screen.');
    if (!this.playthrough.turn.choices[choice]) return fail(`There is no choice ${choice + 1} here.`);
    if (delta > 0) this.votesNow.add(this.key, choice);
    else this.votesNow.remove(this.key, choice);
    return OK;
  }

  private choose(choice: number): CommandResult {
    if (this.phaseNow !== 'vote' && this.phaseNow !== 'tally' && this.phaseNow !== 'discuss') return fail('Show the choices before picking one.');
    if (!this.playthrough.turn.choices[choice]) return fail(`There is no choice ${choice + 1} here.`);
    this.playthrough.choose(choice);
    this.noteTurn();
    this.enterTurn();
    return OK;
  }

  /** Go to a choice point visited earlier (on this branch or another) to explore from there. */
  private goto(key: PointKey): CommandResult {
    const target = keyIndices(key);
    if (!target || !this.mapNow.point(key)) return fail('That choice point has not been visited in this session.');
    const current = this.playthrough.choiceLog.map((c) => c.index);
    let common = 0;
    while (common < target.length && common < current.length && target[common] === current[common]) common++;
    this.playthrough.rewindTo(common);
    for (const index of target.slice(common)) {
      this.playthrough.choose(index);
      this.noteTurn();
    }
    this.start();
    this.mapOpen = false;
    this.phaseNow = 'discuss';
    return OK;
  }

  private start(): void {
    this.startedAt ??= this.now();
  }

  /** Show the current turn: its text first, if it has any. */
  private enterTurn(): void {
    const turn = this.playthrough.turn;
    if (hasText(turn)) this.phaseNow = 'reading';
    else this.phaseNow = turn.ended ? 'what' : 'discuss';
  }

  /** Record where the playthrough now stands in the branch map. */
  private noteTurn(): void {
    const turn = this.playthrough.turn;
    const parent = parentKey(this.key);
    let scene = parent === undefined ? undefined : this.scenes.get(parent);
    for (const p of turn.paragraphs) scene = tagValue(p.tags, 'scene') ?? scene;
    if (scene) this.scenes.set(this.key, scene);
    if (turn.ended) {
      this.mapNow.reachEnding(this.key, describeEnding(turn), this.playthrough.totals);
      return;
    }
    this.mapNow.visitPoint(this.key, { context: this.context(), question: turn.discuss, choices: turn.choices });
  }

  private context(): string {
    const lines = this.playthrough.recentTranscript;
    for (let i = lines.length - 1; i >= 0; i--) {
      const entry = lines[i]!;
      if (entry.kind === 'line') return entry.text;
    }
    return '';
  }

  private consequences(): Consequence[] {
    const key = this.key;
    let known = this.consequenceCache.get(key);
    if (!known) {
      known = this.lookahead.consequences(this.playthrough.snapshot());
      this.consequenceCache.set(key, known);
    }
    return known;
  }

  /** The debrief's "What?": each point on the path here, the choice and its votes. */
  private what(): WhatStep[] {
    return this.mapNow.route(this.key).map((step: RouteStep) => {
      const tally = this.votesNow.tally(step.point.key, step.point.choices.length);
      return {
        pointNumber: step.point.number,
        question: step.point.question ?? DEFAULT_QUESTION,
        choice: step.choice.text,
        votes: tally.counts[step.choice.index] ?? 0,
        totalVotes: tally.total,
      };
    });
  }

  /** Everything both windows need to draw the session. */
  view(): SessionView {
    const turn = this.playthrough.turn;
    const key = this.key;
    const point = this.mapNow.point(key);
    const consequences = turn.ended ? [] : this.consequences();
    const tally = this.votesNow.tally(key, turn.choices.length);
    const log = this.playthrough.choiceLog;
    return {
      storyId: this.options.storyId,
      meta: this.options.meta,
      scored: this.options.scored,
      phase: this.phaseNow,
      blank: this.blank,
      mapOpen: this.mapOpen,
      key,
      scene: this.scenes.get(key),
      pointNumber: point?.number,
      paragraphs: turn.paragraphs.filter((p) => !p.debrief && p.text.trim() !== '').map((p) => ({ text: p.text, speaker: p.speaker })),
      chose: log.length > 0 ? log[log.length - 1]!.text : undefined,
      question: turn.discuss ?? DEFAULT_QUESTION,
      questionIsDefault: turn.discuss === undefined,
      context: this.context(),
      choices: turn.choices.map((c, i) => ({ index: c.index, text: c.text, score: c.score, scoredAs: scoreLabels(c.score), leadsTo: consequences[i] })),
      tally,
      winner: winner(tally),
      nextLabel: this.nextLabel(turn, tally),
      backLabel: this.backLabel(),
      ending: turn.ended ? this.mapNow.ending(key) : undefined,
      totals: this.playthrough.totals,
      what: this.what(),
      map: this.mapNow.toJSON(),
      votes: this.votesNow.toJSON(),
      answers: this.answers,
      startedAt: this.startedAt,
      summary: this.summary(),
    };
  }

  /** The session summary as it stands now. */
  summary(): SessionSummary {
    return buildSummary({
      storyId: this.options.storyId,
      title: this.options.meta.title,
      scored: this.options.scored,
      startedAt: this.startedAt,
      endedAt: this.now(),
      map: this.mapNow,
      votes: this.votesNow,
      currentKey: this.key,
      answers: this.answers,
    });
  }

  private nextLabel(turn: Turn, tally: Tally): string {
    switch (this.phaseNow) {
      case 'intro':
        return 'Begin the story';
      case 'reading':
        return turn.ended ? 'Debrief: What happened?' : 'Put the question to the room';
      case 'discuss':
        return 'Show the choices';
      case 'vote':
        return 'Reveal the votes';
      case 'tally': {
        const top = winner(tally);
        return top === undefined ? 'Pick the room’s choice' : `Go with choice ${top + 1} (most votes)`;
      }
      case 'what':
        return 'So what? How it felt';
      case 'so-what':
        return 'Now what? What we will do';
      case 'now-what':
        return 'Session summary';
      case 'summary':
        return 'End of the session';
    }
  }

  private backLabel(): string | undefined {
    switch (this.phaseNow) {
      case 'intro':
        return undefined;
      case 'reading':
        return this.playthrough.depth === 0 ? 'Back to the title' : 'Back to the last choice';
      case 'discuss':
        return 'Back to the story';
      case 'vote':
        return 'Back to the question';
      case 'tally':
        return 'Hide the votes';
      case 'what':
        return 'Back to the ending';
      case 'so-what':
        return 'Back to What?';
      case 'now-what':
        return 'Back to So what?';
      case 'summary':
        return 'Back';
    }
  }
}

const OK: CommandResult = { ok: true };

function fail(message: string): CommandResult {
  return { ok: false, message };
}

function hasText(turn: Turn): boolean {
  return turn.paragraphs.some((p) => !p.debrief && p.text.trim() !== '');
}
