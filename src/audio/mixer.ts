/**
 * The mixer's rules, as plain data: what should be playing on each loop
 * channel, how loud each sound is after the player's volumes, and what an
 * audio output must do when a command or a setting changes. The output
 * (howler, in the browser) only carries the actions out.
 */
import type { LoopChannel, SoundCommand } from './commands.ts';
import type { SoundDefinition } from './manifest.ts';

/** The sound part of the player's settings (the persistence `Settings` fits it). */
export interface SoundSettings {
  readonly volumes: { readonly master: number; readonly music: number; readonly effects: number };
  readonly muted: boolean;
  readonly captions: boolean;
}

/** How long music and ambience take to fade in, out, or across. */
export const FADE_MS = 1200;

export type MixAction =
  /** Start `sound` looping on `channel`, fading in from silence. */
  | { readonly do: 'start-loop'; readonly channel: LoopChannel; readonly sound: SoundDefinition; readonly volume: number; readonly fadeMs: number }
  /** Fade out what `channel` plays, then stop it. */
  | { readonly do: 'stop-loop'; readonly channel: LoopChannel; readonly fadeMs: number }
  /** Play `sound` once. */
  | { readonly do: 'play-once'; readonly sound: SoundDefinition; readonly volume: number }
  /** The player changed a volume or muted: set the loop's level now. */
  | { readonly do: 'set-volume'; readonly channel: LoopChannel; readonly volume: number };

export interface MixResult {
  readonly actions: readonly MixAction[];
  /** False when the command asked for what was already so (the same music again). */
  readonly changed: boolean;
}

/**
 * A sound's level: its own volume × master × its channel's volume, or 0 when
 * muted. Music follows the music slider; ambience and effects the effects one.
 */
export function effectiveVolume(settings: SoundSettings, sound: SoundDefinition): number {
  if (settings.muted) return 0;
  const channel = sound.kind === 'music' ? settings.volumes.music : settings.volumes.effects;
  return clamp01(clamp01(settings.volumes.master) * clamp01(channel) * clamp01(sound.volume));
}

export class Mixer {
  private readonly loops = new Map<LoopChannel, SoundDefinition>();

  constructor(private settings: SoundSettings) {}

  /** What each loop channel plays now (by intent, whether or not audio has started). */
  get playing(): Readonly<Record<LoopChannel, string | undefined>> {
    return { music: this.loops.get('music')?.name, ambience: this.loops.get('ambience')?.name };
  }

  /** Apply a command: change state, and say what the output must do. */
  apply(command: SoundCommand): MixResult {
    switch (command.kind) {
      case 'loop': {
        const current = this.loops.get(command.channel);
        if (current?.name === command.sound.name) return { actions: [], changed: false };
        this.loops.set(command.channel, command.sound);
        const actions: MixAction[] = [];
        // A change of music is a cross-fade: the old fades out while the new fades in.
        if (current) actions.push({ do: 'stop-loop', channel: command.channel, fadeMs: FADE_MS });
        actions.push(this.start(command.channel, command.sound));
        return { actions, changed: true };
      }
      case 'stop': {
        if (!this.loops.has(command.channel)) return { actions: [], changed: false };
        this.loops.delete(command.channel);
        return { actions: [{ do: 'stop-loop', channel: command.channel, fadeMs: FADE_MS }], changed: true };
      }
      case 'once': {
        const volume = effectiveVolume(this.settings, command.sound);
        // Muted or turned right down: nothing to hear, but it still happened (captions say so).
        return { actions: volume > 0 ? [{ do: 'play-once', sound: command.sound, volume }] : [], changed: true };
      }
    }
  }

  /** New volumes or mute: the loops' new levels. */
  configure(settings: SoundSettings): MixAction[] {
    const before = this.settings;
    this.settings = settings;
    const actions: MixAction[] = [];
    for (const [channel, sound] of this.loops) {
      const volume = effectiveVolume(settings, sound);
      if (volume !== effectiveVolume(before, sound)) actions.push({ do: 'set-volume', channel, volume });
    }
    return actions;
  }

  /** Bring a fresh output up to date: start what should already be playing. */
  resume(): MixAction[] {
    return [...this.loops].map(([channel, sound]) => this.start(channel, sound));
  }

  private start(channel: LoopChannel, sound: SoundDefinition): MixAction {
    return { do: 'start-loop', channel, sound, volume: effectiveVolume(this.settings, sound), fadeMs: FADE_MS };
  }
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
