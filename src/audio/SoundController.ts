/**
 * The game's sound, minus the audio library: turns tags and cues into
 * commands, keeps the mixer's state, shows captions, and hands the mixer's
 * actions to an audio output once there is one.
 *
 * The output arrives late on purpose (after the player's first gesture, when
 * browsers allow sound) and may never arrive at all; until then the story
 * plays silently with captions, and the loops that should be playing start
 * the moment it does. Nothing plays before the player's saved settings are
 * known, so a muted player is never greeted by music.
 */
import { captionFor } from './captions.ts';
import { soundCommandsFor, type SoundCommand, type StoryOrigin } from './commands.ts';
import type { SoundManifest } from './manifest.ts';
import { Mixer, type MixAction, type SoundSettings } from './mixer.ts';
import type { AudioOutput, CaptionSink, GameCue, SoundPort } from './port.ts';

export interface SoundControllerDeps {
  readonly manifest: SoundManifest;
  readonly captions: CaptionSink;
  /** Where warnings go (the console); each distinct message is given once. */
  readonly warn: (message: string) => void;
}

/** The game's own cues, as the commands a story would write. */
const CUES: Record<Exclude<GameCue, 'story'>, { readonly tags: readonly string[]; readonly caption: boolean }> = {
  menu: { tags: ['music: title', 'ambience: none'], caption: true },
  debrief: { tags: ['music: reflect', 'ambience: none', 'sfx: chime'], caption: true },
  choice: { tags: ['sfx: choice'], caption: false },
};

/** Levels used only to keep the mixer's arithmetic defined before settings arrive; nothing plays until then. */
const UNSET: SoundSettings = { volumes: { master: 0, music: 0, effects: 0 }, muted: true, captions: true };

export class SoundController implements SoundPort {
  private readonly mixer = new Mixer(UNSET);
  private output: AudioOutput | undefined;
  private settings: SoundSettings | undefined;
  private readonly warned = new Set<string>();
  /** Set by the `story` cue: the next lines' tags decide which loops carry on, and the others stop. */
  private handover = false;

  private settingsKnown!: () => void;
  /**
   * Settles when the player's settings are first known. Sound cannot start
   * before, so whoever starts it (src/adapters/audioOnGesture.ts) waits for
   * this, and then for a pause, rather than have it start the moment storage opens.
   */
  readonly configured = new Promise<void>((resolve) => (this.settingsKnown = resolve));

  constructor(private readonly deps: SoundControllerDeps) {}

  /** True once an output is attached and settings are known: sound is heard. */
  get live(): boolean {
    return this.output !== undefined && this.settings !== undefined;
  }

  cueTags(tags: readonly string[], origin: StoryOrigin, options: { readonly loopsOnly?: boolean } = {}): void {
    const { commands, warnings } = soundCommandsFor(tags, this.deps.manifest, origin);
    for (const warning of warnings) this.warnOnce(warning);
    const wanted = options.loopsOnly ? commands.filter((c) => c.kind !== 'once') : commands;
    this.run(this.handover ? [...stopsForUnmentioned(wanted), ...wanted] : wanted, true);
    this.handover = false;
  }

  cue(cue: GameCue): void {
    this.handover = cue === 'story';
    if (cue === 'story') return;
    const { tags, caption } = CUES[cue];
    const { commands, warnings } = soundCommandsFor(tags, this.deps.manifest);
    for (const warning of warnings) this.warnOnce(`The game's ${cue} sound: ${warning}`);
    this.run(commands, caption);
  }

  configure(settings: SoundSettings): void {
    const wasLive = this.live;
    this.settings = settings;
    const actions = this.mixer.configure(settings);
    if (!settings.captions) this.deps.captions.clear();
    this.settingsKnown();
    if (!wasLive) this.goLive();
    else this.perform(actions);
  }

  /** The audio output is ready (after the first gesture): start what should be playing. */
  attach(output: AudioOutput): void {
    this.output = output;
    this.goLive();
  }

  /** Give a warning once, however often its cause comes round (a sound on a path played many times). */
  warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.deps.warn(message);
  }

  private run(commands: readonly SoundCommand[], caption: boolean): void {
    for (const command of commands) {
      const result = this.mixer.apply(command);
      if (!result.changed) continue;
      if (caption && (this.settings?.captions ?? true)) this.deps.captions.show(captionFor(command));
      // One-shots before sound is live are dropped: played later they would be out of place.
      this.perform(result.actions);
    }
  }

  private goLive(): void {
    if (!this.live) return;
    this.perform(this.mixer.resume());
  }

  private perform(actions: readonly MixAction[]): void {
    if (!this.output || !this.settings || actions.length === 0) return;
    try {
      this.output.perform(actions);
    } catch (error) {
      this.warnOnce(`Sound failed (${error instanceof Error ? error.message : String(error)}); the story goes on without it.`);
    }
  }
}

/** Stop commands for the loop channels these commands leave alone. */
function stopsForUnmentioned(commands: readonly SoundCommand[]): SoundCommand[] {
  const mentioned = new Set(commands.flatMap((c) => (c.kind === 'once' ? [] : [c.channel])));
  return (['music', 'ambience'] as const).filter((channel) => !mentioned.has(channel)).map((channel) => ({ kind: 'stop', channel }));
}
