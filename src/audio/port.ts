/**
 * The interfaces around sound. The app talks to a `SoundPort`; the sound
 * controller talks to an `AudioOutput` (howler in the browser, a recorder in
 * tests) and a `CaptionSink` (the caption strip on screen).
 */
import type { Caption } from './captions.ts';
import type { StoryOrigin } from './commands.ts';
import type { MixAction, SoundSettings } from './mixer.ts';

/** Sounds of the game's own screens, apart from what stories ask for. */
export type GameCue =
  /** The title and story list: title music, no ambience. */
  | 'menu'
  /**
   * A story begins (or resumes): the menu's loops give way to the story's own at its first
   * lines, and are kept only if those lines ask for the same sound.
   */
  | 'story'
  /** The debrief: reflective music and a chime; the scene's ambience fades. */
  | 'debrief'
  /** The player picked a choice: a soft tone (feedback on their own action, so no caption). */
  | 'choice';

/** What the app asks of sound. Never throws, never waits: the story goes on whatever sound does. */
export interface SoundPort {
  /**
   * Play what a story's tags ask for (`# music:`, `# ambience:`, `# sfx:`, Inky's `# AUDIO:`/`# AUDIOLOOP:`).
   * With `loopsOnly` (a turn shown again after a resume or undo) only the music and ambience are put back.
   */
  cueTags(tags: readonly string[], origin: StoryOrigin, options?: { readonly loopsOnly?: boolean }): void;
  /** A sound of the game's own screens. */
  cue(cue: GameCue): void;
  /** Volumes, mute and captions changed (also called once when saved settings load). */
  configure(settings: SoundSettings): void;
}

/** Plays the mixer's actions (the howler adapter in the browser). */
export interface AudioOutput {
  perform(actions: readonly MixAction[]): void;
}

/** Shows and announces captions. */
export interface CaptionSink {
  show(caption: Caption): void;
  /** Captions were turned off: take away any on screen. */
  clear(): void;
}
