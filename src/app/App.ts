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
import { describeChange } from '../scoring/score.ts';
import { continueCandidate, createSave, DEFAULT_SETTINGS, resumePlaythrough, slotsFor, type OpenedSaveStore, type SaveRecord, type SaveStore, type Settings, type SlotId } from '../persistence/index.ts';
import { applySettings, motionEnabled } from '../ui/applySettings.ts';
import { confirmDialog } from '../ui/dialog.ts';
import { afterNextPaint, replaceChildren } from '../ui/dom.ts';
import { openHistory } from '../ui/HistoryPanel.ts';
import { openKeysHelp } from '../ui/KeysHelp.ts';
import { openSaves } from '../ui/SavesPanel.ts';
import { openSettings } from '../ui/SettingsPanel.ts';
import { contentNotesScreen, debriefScreen, errorScreen, storySelectScreen, titleScreen, type DebriefData } from '../ui/screens.ts';
import { openStoryFileControl } from '../ui/openStoryFile.ts';
import { StoryScreen } from '../ui/StoryScreen.ts';
import type { Stage } from './Stage.ts';
import type { PlayerPace } from './pace.ts';
import type { SoundPort } from '../audio/port.ts';

export interface AppDeps {
  readonly root: HTMLElement;
  readonly catalogue: readonly CatalogueEntry[];
  readonly stage: Stage;
  /** Polite status messages for screen readers (and a visible toast). */
  readonly announce: (message: string, options?: { readonly visual?: boolean }) => void;
  /** Told whenever settings change (sound volumes, captions). */
  readonly onSettings?: (settings: Settings) => void;
  /** Music, ambience and effects (with captions); the game plays the same without it. */
  readonly sound?: SoundPort;
  /** Settings known before storage opens (a synchronous mirror); they win over the store's copy. */
  readonly initialSettings?: Settings | undefined;
  /** Told of every turn shown, so that work which can wait (a new picture, starting the sound) waits for a pause. */
  readonly pace?: PlayerPace;
}

interface Current {
  readonly story: CompiledStory;
  readonly playthrough: Playthrough;
  readonly screen: StoryScreen;
}

export class App {
  private current: Current | undefined;
  private setting = 'title';
  private store: SaveStore | undefined;
  private settings: Settings = DEFAULT_SETTINGS;
  /** The player has changed a setting since the page loaded. */
  private settingsChanged = false;
  /** Saves are written one at a time, in order. */
  private writing: Promise<unknown> = Promise.resolve();
  /** The saves listed when the store opened (kept current after writes). */
  private saves: readonly SaveRecord[] = [];
  /** The playthrough whose autosave is waiting to be written, if any. */
  private pendingAutosave: { story: CompiledStory; playthrough: Playthrough } | undefined;
  private onTitle = false;
  private markFirstScreenPainted: (() => void) | undefined;
  /**
   * Resolves once the first real screen (title, story, or an error) has been
   * painted: heavier extras (the Phaser backdrop, the service worker) wait
   * for it, so they never hold up what the player reads first.
   */
  readonly firstScreenPainted = new Promise<void>((resolve) => (this.markFirstScreenPainted = resolve));

  constructor(private readonly deps: AppDeps) {
    if (deps.initialSettings) this.changeSettings(deps.initialSettings, false);
    document.addEventListener('keydown', (event) => this.onKey(event));
    // Sent by the Vite plugin's hot reload when a writer saves a story (dev server only).
    window.addEventListener('common-ground:story-updated', (event) => this.reloadStory((event as CustomEvent<CompiledStory>).detail));
  }

  /**
   * Storage is ready (or has fallen back to memory): apply saved settings,
   * offer Continue, and say so if progress will not be kept.
   */
  async attachStore(opened: OpenedSaveStore): Promise<void> {
    this.store = opened.store;
    if (opened.message) this.deps.announce(opened.message);
    // The settings in use are the newest when they came from the mirror (written on
    // every change) or when the player changed them while storage was opening: keep and
    // save those. Only a first visit with no changes takes the store's.
    const loaded = this.deps.initialSettings || this.settingsChanged ? undefined : await opened.store.loadSettings();
    if (loaded && !this.settingsChanged) this.changeSettings(loaded.settings, false);
    else this.changeSettings(this.settings);
    await this.refreshSaves();
    if (this.onTitle) this.offerContinueOnTitle();
    // Choices made before storage opened are saved now.
    if (this.current && this.current.playthrough.depth > 0) this.autosave();
  }

  /**
   * Saves arrive after the title is on screen: add Continue when there is
   * something to continue, without taking a keyboard player's place away
   * (the control they had reached keeps focus).
   */
  private offerContinueOnTitle(): void {
    if (!continueCandidate(this.saves, this.deps.catalogue.map((s) => s.id))) return;
    const active = document.activeElement;
    const focusedLabel = active instanceof HTMLButtonElement && this.deps.root.contains(active) ? active.textContent : undefined;
    this.showTitle();
    if (focusedLabel === undefined) return;
    const same = [...this.deps.root.querySelectorAll('button')].find((b) => b.textContent === focusedLabel);
    same?.focus();
  }

  /** The current settings (for other parts, such as sound). */
  get currentSettings(): Settings {
    return this.settings;
  }

  /** Apply settings everywhere and, unless told not to, keep them. */
  changeSettings(settings: Settings, persist = true): void {
    this.settings = settings;
    if (persist) this.settingsChanged = true;
    applySettings(settings);
    this.deps.stage.setMotion(motionEnabled(settings));
    this.current?.screen.setHudVisible(this.current.story.scored && settings.showHud);
    this.deps.onSettings?.(settings);
    if (persist && this.store) {
      const store = this.store;
      this.queueWrite(() => store.saveSettings(settings));
    }
  }

  openSettings(): void {
    openSettings(this.settings, (s) => this.changeSettings(s));
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
    const resume = continueCandidate(this.saves, this.deps.catalogue.map((s) => s.id));
    this.show(
      titleScreen({
        onPlay: () => this.showSelect(),
        onSettings: () => this.openSettings(),
        onContinue: resume ? () => void this.resume(resume) : undefined,
        continueLabel: resume ? `Continue “${resume.storyTitle}”` : undefined,
      }),
      'title',
    );
    this.onTitle = true;
    // The screen first; its music, and the caption that names it, a frame later, as a
    // passage's sounds are: the caption's ♪ and italic are faces the title has not loaded.
    afterNextPaint(() => {
      if (this.onTitle) this.deps.sound?.cue('menu');
    });
  }

  showSelect(): void {
    this.current = undefined;
    this.deps.sound?.cue('menu');
    const screen = storySelectScreen(this.deps.catalogue, {
      onPick: (e) => this.showNotes(e),
      onBack: () => this.showTitle(),
      resumable: this.resumableStories(),
      onResume: (entry) => {
        const save = this.saves.find((s) => s.storyId === entry.id && s.slot === 'auto' && !s.progress.ended);
        if (save) void this.resume(save);
      },
      onSaves: (entry) => void this.openSavesFor(entry),
      // Facilitator mode is its own page (loaded on demand), with a link a facilitator can share.
      onFacilitate: (entry) => window.location.assign(`?${new URLSearchParams({ story: entry.id, mode: 'facilitate' })}`),
    });
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
    const story = await this.load(entry);
    if (!story) return;
    this.playCompiled(story);
  }

  /** Fetch a story's compiled code; on failure say so on screen and give undefined. */
  private async load(entry: CatalogueEntry): Promise<CompiledStory | undefined> {
    try {
      return await entry.load();
    } catch (error) {
      this.showError(`Could not load "${entry.meta.title}"`, error);
      return undefined;
    }
  }

  /** Play a compiled story (from the catalogue or a file the player opened), from the start or from a playthrough. */
  playCompiled(story: CompiledStory, resumed?: Playthrough): void {
    let playthrough: Playthrough;
    try {
      playthrough = resumed ?? new Playthrough(new StoryEngine(story.json, story.meta.title));
    } catch (error) {
      this.showError(`"${story.meta.title}" could not start`, error);
      return;
    }
    const screen = new StoryScreen({
      title: story.meta.title,
      showHud: story.scored && this.settings.showHud,
      onChoose: (index) => this.choose(index),
      onFinish: () => this.showDebrief(),
      onMenu: () => this.showSelect(),
      onFullscreen: () => toggleFullscreen(),
      onUndo: () => this.undo(),
      onHistory: () => this.openHistory(),
      onSaves: () => void this.openSavesFor(undefined),
      onSettings: () => this.openSettings(),
      onKeys: () => openKeysHelp(),
      mapUrl: import.meta.env.DEV && !story.id.startsWith('file:') ? `/__story-map/${encodeURIComponent(story.id)}` : undefined,
    });
    this.current = { story, playthrough, screen };
    this.show(screen.element, this.setting);
    this.deps.sound?.cue('story');
    if (resumed) {
      this.setSetting(lastSceneIn(resumed) ?? this.setting);
      screen.resetLog(resumed);
      this.presentTurn({ ...resumed.turn, paragraphs: [] });
    } else {
      this.presentTurn(playthrough.turn);
      // After each later turn the autosave serialises the story's state anyway; at the
      // start nothing is saved, so the first choice would do it, with code running for
      // the first time. Done while the player reads the opening instead.
      this.deps.pace?.whenQuiet(() => playthrough.prepareChoice());
    }
  }

  /** Undo the last choice. */
  undo(): void {
    const current = this.current;
    if (!current || current.playthrough.depth === 0) return;
    this.rewind(current.playthrough.depth - 1);
  }

  /** Go back to choice point `depth`, as if the later choices were never made. */
  private rewind(depth: number): void {
    const current = this.current;
    if (!current) return;
    const turn = current.playthrough.rewindTo(depth);
    current.screen.resetLog(current.playthrough);
    this.presentTurn({ ...turn, paragraphs: [] });
    this.autosave();
    this.deps.announce(`Went back. You are at choice ${depth + 1} again.`);
  }

  private openHistory(): void {
    const current = this.current;
    if (current) openHistory(current.playthrough.fullTranscript(), (depth) => this.rewind(depth));
  }

  /** Resume a save: exactly, or replayed against an edited story, or ask when it no longer fits. */
  async resume(save: SaveRecord): Promise<void> {
    const entry = this.deps.catalogue.find((s) => s.id === save.storyId);
    if (!entry) {
      this.deps.announce(`The story of this save ("${save.storyTitle}") is not in this game any more.`);
      return;
    }
    const story = await this.load(entry);
    if (!story) return;
    const result = resumePlaythrough(save, story);
    if (result.kind === 'failed') {
      this.showError('This save cannot be resumed', new Error(`${result.message}\nThe save has been kept.`));
      return;
    }
    if (result.kind === 'diverged') {
      const carryOn = await confirmDialog('The story has changed', `${result.message} You can carry on from just before that choice, or start again. Your old save is kept until you make a new choice.`, 'Carry on from there');
      if (!carryOn) {
        this.playCompiled(story);
        return;
      }
    }
    this.playCompiled(story, result.playthrough);
    if (result.kind === 'updated') this.deps.announce(result.message);
  }

  private async openSavesFor(entry: CatalogueEntry | undefined): Promise<void> {
    const current = this.current;
    const storyId = entry?.id ?? current?.story.id;
    const title = entry?.meta.title ?? current?.story.meta.title ?? '';
    if (!storyId) return;
    const store = this.store;
    if (!store) {
      this.deps.announce('Saves are still opening. Try again in a moment.');
      return;
    }
    const listing = await store.list(storyId);
    const notice = store.persistent ? undefined : 'Progress will not be kept after you close this tab: this browser is not letting the game store anything.';
    openSaves(
      title,
      slotsFor(storyId, listing.saves),
      {
        onSave: current && current.story.id === storyId ? (slot, label) => this.saveTo(slot, label) : undefined,
        onLoad: (save) => void this.resume(save),
        onDelete: async (slot) => {
          await store.remove(storyId, slot);
          await this.refreshSaves();
          this.deps.announce('Save deleted.');
        },
      },
      notice,
    );
  }

  private async saveTo(slot: SlotId, label: string): Promise<void> {
    const current = this.current;
    const store = this.store;
    if (!current || !store) return;
    const outcome = await this.queueWrite(() => store.write(createSave(current.story, current.playthrough.snapshot(), { slot, label })));
    await this.refreshSaves();
    this.deps.announce(outcome && outcome.ok ? `Saved${outcome.persistent ? '' : ' for this tab only'}.` : `Could not save: ${outcome && !outcome.ok ? outcome.reason : 'storage failed'}.`);
  }

  /**
   * Keep the autosave up to date after every choice, without ever holding
   * play up: saves are coalesced (only the newest position is written, one
   * write at a time), and the snapshot is taken when the write happens.
   */
  private autosave(current = this.current): void {
    if (!current || !this.store) return;
    const flushing = this.pendingAutosave !== undefined;
    this.pendingAutosave = { story: current.story, playthrough: current.playthrough };
    if (flushing) return;
    void this.queueWrite(async () => {
      const pending = this.pendingAutosave;
      this.pendingAutosave = undefined;
      const store = this.store;
      if (!pending || !store) return undefined;
      const save = createSave(pending.story, pending.playthrough.snapshot(), { slot: 'auto' });
      const outcome = await store.write(save);
      if (outcome.ok) this.remember(save);
      if ('message' in outcome && outcome.message) this.deps.announce(outcome.message);
      return outcome;
    });
  }

  /** Keep the in-memory list of saves current after a write (cheaper than listing storage again). */
  private remember(save: SaveRecord): void {
    this.saves = [save, ...this.saves.filter((s) => s.storyId !== save.storyId || s.slot !== save.slot)];
  }

  private queueWrite<T>(write: () => Promise<T>): Promise<T | undefined> {
    const next = this.writing.then(write, write).catch((error: unknown) => {
      console.warn('Saving failed', error);
      return undefined;
    });
    this.writing = next;
    return next;
  }

  private async refreshSaves(): Promise<void> {
    if (!this.store) return;
    const listing = await this.store.list();
    this.saves = listing.saves;
    for (const skipped of listing.skipped) this.deps.announce(`A save could not be read and was skipped: ${skipped.reason}`);
  }

  /** Stories with an unfinished autosave, with a short description of where. */
  private resumableStories(): ReadonlyMap<string, string> {
    const map = new Map<string, string>();
    for (const save of this.saves) {
      if (save.slot !== 'auto' || save.progress.ended || map.has(save.storyId)) continue;
      map.set(save.storyId, `${save.progress.choicesMade} ${save.progress.choicesMade === 1 ? 'choice' : 'choices'} in`);
    }
    return map;
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
    current.screen.resetLog(playthrough);
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
    const before = current.playthrough.totals;
    try {
      turn = current.playthrough.choose(index);
    } catch (error) {
      this.showError('The story stopped with an error', error);
      return;
    }
    // The passage is painted first; the click and the save follow a frame later.
    this.presentTurn(turn, () => {
      this.deps.sound?.cue('choice');
      this.autosave(current);
    });
    // When the meters are on screen, say briefly when one changes level. With the
    // passage, not after it: a change to the page after the paint costs a second frame.
    const change = current.story.scored && this.settings.showHud ? describeChange(before, current.playthrough.totals) : undefined;
    if (change) this.deps.announce(change, { visual: false });
  }

  /** Show a turn; `afterPaint` runs with the turn's own follow-up work, once its text is painted. */
  private presentTurn(turn: Turn, afterPaint?: () => void): void {
    const current = this.current;
    if (!current) return;
    current.screen.showTurn(turn, current.playthrough.totals);
    current.screen.setCanUndo(current.playthrough.depth > 0);
    current.screen.focusChoices();
    // The text first; the picture and the sounds of the passage a frame later (unless the player has left it).
    const scene = lastTag(turn, 'scene');
    // A turn shown again (resume, undo) brings no new lines: put its loops back, without replaying its effects.
    const again = turn.paragraphs.length === 0;
    const soundTags = (again ? current.playthrough.turn : turn).paragraphs.flatMap((p) => p.tags);
    afterNextPaint(() => {
      afterPaint?.();
      if (this.current !== current) return;
      if (scene) this.setSetting(scene);
      this.deps.sound?.cueTags(soundTags, { file: current.story.file, catalogue: this.deps.catalogue.some((e) => e.id === current.story.id) }, { loopsOnly: again });
    });
    // Counted from the end of the turn's work, so a slow turn does not eat into the pause.
    this.deps.pace?.turnShown();
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
    this.deps.sound?.cue('debrief');
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
    this.onTitle = false;
    replaceChildren(this.deps.root, screen);
    this.setSetting(setting);
    const heading = screen.querySelector<HTMLElement>('h1');
    if (heading && !screen.classList.contains('screen--story')) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
    if (this.markFirstScreenPainted) afterNextPaint(this.markFirstScreenPainted);
    this.markFirstScreenPainted = undefined;
  }

  private setSetting(setting: string): void {
    this.setting = setting;
    this.deps.stage.show(setting);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (document.querySelector('dialog[open]')) return;
    if (event.key === '?') {
      event.preventDefault();
      openKeysHelp();
      return;
    }
    if (event.key === 'm' || event.key === 'M') {
      this.changeSettings({ ...this.settings, muted: !this.settings.muted });
      this.deps.announce(this.settings.muted ? 'Sound off.' : 'Sound on.');
      return;
    }
    const current = this.current;
    if (!current) return;
    if (/^[1-9]$/.test(event.key) && !event.repeat) {
      if (current.screen.pick(Number(event.key) - 1)) event.preventDefault();
    } else if ((event.key === 'u' || event.key === 'U') && !event.repeat) {
      this.undo();
    } else if (event.key === 'h' || event.key === 'H') {
      this.openHistory();
    }
  }
}

/** A catalogue entry for a story that is already compiled (a file the player opened). */
function entryFor(story: CompiledStory): CatalogueEntry {
  return { id: story.id, file: story.file, meta: story.meta, scored: story.scored, errors: [], load: () => Promise.resolve(story) };
}

/** The last `# scene:` in a playthrough's current turn, for putting the right picture back after a resume. */
function lastSceneIn(playthrough: Playthrough): string | undefined {
  return lastTag(playthrough.turn, 'scene');
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
