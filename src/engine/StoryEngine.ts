/**
 * A thin wrapper around inkjs's `Story` that speaks in plain data.
 *
 * Views never see the ink `Story`: they get `Turn`s (paragraphs + choices),
 * call `choose`, and ask for state to save. That keeps Phaser, the DOM and
 * the tests independent of inkjs's object model, and it is where the
 * authoring contract (tags) is applied.
 */
import { Story } from 'inkjs';
import { isScoredJson } from './storyInfo.ts';
import { parseChoiceScore, parseStoryMeta, parseTag, isScoringTag, tagValue, type ChoiceScore, type StoryMeta } from './tags.ts';

/** One line of story output. */
export interface Paragraph {
  readonly text: string;
  /** Tags as written, minus the story's global tags. */
  readonly tags: readonly string[];
  /** From `# speaker:`; undefined for narration. */
  readonly speaker: string | undefined;
  /** Line tagged `# debrief`: belongs on the debrief screen, not in the story. */
  readonly debrief: boolean;
}

/** One choice as a player sees it (scoring tags are kept apart from the text). */
export interface ChoiceView {
  readonly index: number;
  readonly text: string;
  /** Tags that are not about scoring. */
  readonly tags: readonly string[];
  readonly score: ChoiceScore;
  /** Ink's path of the choice in the source, e.g. `lunch.0.c-1`; survives small edits better than the index. */
  readonly sourcePath: string;
}

/** Everything between two choice points. */
export interface Turn {
  readonly paragraphs: readonly Paragraph[];
  readonly choices: readonly ChoiceView[];
  /** The story has nothing more to say and offers no choice. */
  readonly ended: boolean;
  /** The id from `# ending:` seen in this turn, if any. */
  readonly endingId: string | undefined;
  /** The `# discuss:` prompt for this choice point, if the writer gave one. */
  readonly discuss: string | undefined;
}

/** A choice as recorded in a playthrough's log (enough to replay it against an edited story). */
export interface ChoiceRecord {
  readonly index: number;
  readonly text: string;
  readonly sourcePath: string;
}

/** Thrown for ink runtime errors, with every message ink reported. */
export class StoryRuntimeError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
    this.name = 'StoryRuntimeError';
  }
}

const GLOBAL_KEYS = new Set(['title', 'summary', 'duration', 'content_note', 'author']);

export class StoryEngine {
  private readonly story: Story;
  private readonly globalTagSet: Set<string>;
  private errors: string[] = [];
  /** Runtime warnings ink reported (e.g. a sequence ran out); kept for tools. */
  readonly warnings: string[] = [];
  /** Global tags as written at the top of the story. */
  readonly globalTags: readonly string[];
  readonly meta: StoryMeta;
  /** True when the story uses scoring tags (then the game keeps `intervene`/`rescue`/`abandon` up to date). */
  readonly scored: boolean;

  /**
   * @param compiled the story's compiled JSON (text or parsed object)
   * @param fallbackTitle used when the story has no `# title:`
   */
  constructor(compiled: string | object, fallbackTitle = 'Untitled story') {
    const json = typeof compiled === 'string' ? compiled : JSON.stringify(compiled);
    this.story = new Story(json);
    this.scored = isScoredJson(json);
    // Stories written for other players may call EXTERNAL functions that only
    // have ink fallbacks; run the fallbacks rather than failing.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message, type) => {
      if (type === 2) this.errors.push(message);
      else this.warnings.push(message);
    };
    this.globalTags = this.story.globalTags ?? [];
    this.globalTagSet = new Set(this.globalTags);
    this.meta = parseStoryMeta(this.globalTags, fallbackTitle);
  }

  /** Run until the next choice point (or the end) and describe it. */
  continueTurn(): Turn {
    const paragraphs: Paragraph[] = [];
    while (this.story.canContinue) {
      const text = this.story.Continue() ?? '';
      this.throwIfErrors();
      const tags = (this.story.currentTags ?? []).filter((t) => !this.isGlobalTag(t));
      const trimmed = text.replace(/\s+$/, '');
      if (trimmed.trim() === '' && tags.length === 0) continue;
      paragraphs.push({ text: trimmed, tags, speaker: tagValue(tags, 'speaker'), debrief: tags.some((t) => parseTag(t).key === 'debrief') });
    }
    const choices = this.currentChoices();
    const allTags = paragraphs.flatMap((p) => p.tags);
    return {
      paragraphs,
      choices,
      ended: choices.length === 0,
      endingId: lastValue(allTags, 'ending'),
      discuss: lastValue(allTags, 'discuss'),
    };
  }

  /** The choices on offer now. */
  currentChoices(): ChoiceView[] {
    return this.story.currentChoices.map((choice, index) => {
      const tags = choice.tags ?? [];
      return {
        index,
        text: choice.text.trim(),
        tags: tags.filter((t) => !isScoringTag(t)),
        score: parseChoiceScore(tags),
        sourcePath: choice.sourcePath,
      };
    });
  }

  /** Take choice `index` of the current choice point. */
  choose(index: number): ChoiceRecord {
    const choices = this.story.currentChoices;
    const choice = choices[index];
    if (!choice) throw new RangeError(`There is no choice ${index + 1}; this point offers ${choices.length}.`);
    const record = { index, text: choice.text.trim(), sourcePath: choice.sourcePath };
    this.story.ChooseChoiceIndex(index);
    this.throwIfErrors();
    return record;
  }

  /** True when the story declares a global `VAR name`. */
  hasVariable(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  getVariable(name: string): unknown {
    return (this.story.variablesState as unknown as Record<string, unknown>)[name];
  }

  setVariable(name: string, value: number | string | boolean): void {
    (this.story.variablesState as unknown as Record<string, unknown>)[name] = value;
  }

  /** The ink state as JSON text (ink's own save format). */
  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
  }

  /**
   * Back to the very start, keeping the random seed: replaying the same
   * choices then gives the same shuffles and RANDOM()s, which rollback and
   * resuming saves rely on.
   */
  reset(): void {
    const seed = this.story.state.storySeed;
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.errors = [];
  }

  /** Visit count of a knot or stitch (`knot` or `knot.stitch`), for tools. */
  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  private isGlobalTag(tag: string): boolean {
    return this.globalTagSet.has(tag) && GLOBAL_KEYS.has(parseTag(tag).key);
  }

  private throwIfErrors(): void {
    if (this.errors.length === 0) return;
    const messages = this.errors;
    this.errors = [];
    throw new StoryRuntimeError(messages);
  }
}

function lastValue(tags: readonly string[], key: string): string | undefined {
  let value: string | undefined;
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key === key) value = tag.value;
  }
  return value;
}
