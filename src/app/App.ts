/**
 * The game's flow: title → story select → content notes → story → debrief.
 *
 * Owns the current playthrough and decides which screen shows; screens only
 * render and report what the player did. Everything the player reads or
 * presses is DOM; the Stage (Phaser) paints the setting behind it.
 */
import { StoryEngine, type Turn } from '../engine/StoryEngine.ts';
import { titleFromId, type CatalogueEntry, type CompiledStory } from '../engine/storyInfo.ts';
import { parseTag, tagValue } from '../engine/tags.ts';
import { Playthrough } from '../play/Playthrough.ts';
import { replaceChildren } from '../ui/dom.ts';
import { contentNotesScreen, debriefScreen, errorScreen, storySelectScreen, titleScreen, type DebriefData } from '../ui/screens.ts';
import { openStoryFileControl } from '../ui/openStoryFile.ts';
import { StoryScreen } from '../ui/StoryScreen.ts';
import type { Stage } from './Stage.ts';

export interface AppDeps {
  readonly root: HTMLElement;
  readonly catalogue: readonly CatalogueEntry[];
  readonly stage: Stage;
  /** Polite status messages for screen readers (and a visible toast). */
  readonly announce: (message: string) => void;
}

interface Current {
  readonly story: CompiledStory;
  readonly playthrough: Playthrough;
  readonly screen: StoryScreen;
}

export class App {
  private current: Current | undefined;
  private setting = 'title';

  constructor(private readonly deps: AppDeps) {
    document.addEventListener('keydown', (event) => this.onKey(event));
    // Sent by the Vite plugin's hot reload when a writer saves a story (dev server only).
    window.addEventListener('common-ground:story-updated', (event) => this.reloadStory((event as CustomEvent<CompiledStory>).detail));
  }

  /** Start from the URL: `?story=<id>` opens that story, anything else the title. */
  start(params: URLSearchParams): void {
    const wanted = params.get('story');
    if (wanted === null) return this.showTitle();
    const entry = this.deps.catalogue.find((s) => s.id === wanted);
    if (!entry) {
      const known = this.deps.catalogue.map((s) => s.id).join(', ');
      return this.show(errorScreen('Story not found', `There is no story called "${wanted}".\nStories here: ${known}.`, { onMenu: () => this.showSelect() }), 'title');
    }
    this.showNotes(entry);
  }

  showTitle(): void {
    this.current = undefined;
    this.show(titleScreen({ onPlay: () => this.showSelect() }), 'title');
  }

  showSelect(): void {
    this.current = undefined;
    const screen = storySelectScreen(this.deps.catalogue, { onPick: (e) => this.showNotes(e), onBack: () => this.showTitle() });
    screen.querySelector('.panel')?.append(openStoryFileControl((story) => this.showNotes(entryFor(story))));
    this.show(screen, 'title');
  }

  showNotes(entry: CatalogueEntry): void {
    if (entry.meta.contentNotes.length === 0) {
      void this.play(entry);
      return;
    }
    this.show(contentNotesScreen(entry, { onBegin: () => void this.play(entry), onBack: () => this.showSelect() }), 'title');
  }

  /** Load a story from the catalogue and play it from the start. */
  async play(entry: CatalogueEntry): Promise<void> {
    let story: CompiledStory;
    try {
      story = await entry.load();
    } catch (error) {
      this.showError(`Could not load "${entry.meta.title}"`, error);
      return;
    }
    this.playCompiled(story);
  }

  /** Play a compiled story (from the catalogue or a file the player opened). */
  playCompiled(story: CompiledStory): void {
    let playthrough: Playthrough;
    try {
      playthrough = new Playthrough(new StoryEngine(story.json, story.meta.title));
    } catch (error) {
      this.showError(`"${story.meta.title}" could not start`, error);
      return;
    }
    const screen = new StoryScreen({
      title: story.meta.title,
      showHud: story.scored,
      onChoose: (index) => this.choose(index),
      onFinish: () => this.showDebrief(),
      onMenu: () => this.showSelect(),
      onFullscreen: () => toggleFullscreen(),
    });
    this.current = { story, playthrough, screen };
    this.show(screen.element, this.setting);
    this.presentTurn(playthrough.turn);
  }

  /**
   * A writer saved the story being played: load the new version and replay
   * the same choices to come back to the same point, or as close as it gets.
   */
  private reloadStory(story: CompiledStory): void {
    const current = this.current;
    if (!current || current.story.id !== story.id) return;
    const log = [...current.playthrough.choiceLog];
    let playthrough: Playthrough;
    try {
      playthrough = new Playthrough(new StoryEngine(story.json, story.meta.title));
    } catch (error) {
      this.deps.announce(`The updated story could not start: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const outcome = playthrough.replay(log);
    this.current = { ...current, story, playthrough };
    current.screen.resetLog(playthrough.transcript);
    current.screen.showTurn({ ...playthrough.turn, paragraphs: [] }, playthrough.totals);
    current.screen.focusChoices();
    this.deps.announce(
      outcome.ok
        ? `Story updated. Replayed your ${log.length} ${log.length === 1 ? 'choice' : 'choices'}: you are where you were.`
        : `Story updated. Your choice "${outcome.missing.text}" no longer exists, so you are at the point just before it.`,
    );
  }

  private choose(index: number): void {
    const current = this.current;
    if (!current) return;
    let turn: Turn;
    try {
      turn = current.playthrough.choose(index);
    } catch (error) {
      this.showError('The story stopped with an error', error);
      return;
    }
    this.presentTurn(turn);
  }

  private presentTurn(turn: Turn): void {
    const current = this.current;
    if (!current) return;
    const scene = lastTag(turn, 'scene');
    if (scene) this.setSetting(scene);
    current.screen.showTurn(turn, current.playthrough.totals);
    current.screen.focusChoices();
  }

  private showDebrief(): void {
    const current = this.current;
    if (!current) return;
    const { story, playthrough } = current;
    const turn = playthrough.turn;
    const tags = turn.paragraphs.flatMap((p) => p.tags);
    const data: DebriefData = {
      storyTitle: story.meta.title,
      endingTitle: tagValue(tags, 'ending_title') ?? (turn.endingId ? titleFromId(turn.endingId) : 'The end'),
      endingId: turn.endingId,
      reflection: turn.paragraphs.filter((p) => p.debrief && p.text.trim()).map((p) => p.text),
      practices: tags.map(parseTag).filter((t) => t.key === 'practice').flatMap((t) => splitList(t.value)),
      missed: tags.map(parseTag).filter((t) => t.key === 'missed').flatMap((t) => splitList(t.value)),
      totals: story.scored ? playthrough.totals : undefined,
    };
    const entry = this.deps.catalogue.find((s) => s.id === story.id);
    this.current = undefined;
    this.show(
      debriefScreen(data, {
        onReplay: () => (entry ? void this.play(entry) : this.playCompiled(story)),
        onMenu: () => this.showSelect(),
      }),
      'debrief',
    );
  }

  private showError(title: string, error: unknown): void {
    console.error(error);
    const details = error instanceof Error ? error.message : String(error);
    this.current = undefined;
    this.show(errorScreen(title, details, { onMenu: () => this.showSelect() }), 'title');
  }

  /** Swap the visible screen and move focus to its heading, so screen readers land on it. */
  private show(screen: HTMLElement, setting: string): void {
    replaceChildren(this.deps.root, screen);
    this.setSetting(setting);
    const heading = screen.querySelector<HTMLElement>('h1');
    if (heading && !screen.classList.contains('screen--story')) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }

  private setSetting(setting: string): void {
    this.setting = setting;
    this.deps.stage.show(setting);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const current = this.current;
    if (!current) return;
    if (/^[1-9]$/.test(event.key) && !event.repeat) {
      if (current.screen.pick(Number(event.key) - 1)) event.preventDefault();
    }
  }
}

/** A catalogue entry for a story that is already compiled (a file the player opened). */
function entryFor(story: CompiledStory): CatalogueEntry {
  return { id: story.id, file: story.file, meta: story.meta, scored: story.scored, errors: [], load: () => Promise.resolve(story) };
}

function lastTag(turn: Turn, key: string): string | undefined {
  let value: string | undefined;
  for (const p of turn.paragraphs) value = tagValue(p.tags, key) ?? value;
  return value;
}

function splitList(value: string): string[] {
  return value.split(/[,\s]+/).filter(Boolean);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
