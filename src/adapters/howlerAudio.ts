/**
 * The audio output, with howler: the only module that imports it, loaded
 * after the player's first gesture (src/adapters/audioOnGesture.ts).
 *
 * It carries out the mixer's actions: loops fade in and cross-fade, one-shots
 * play once. Files load on demand (effects are fetched ahead, in idle time).
 * A file that is missing or cannot be decoded falls back to the sound's next
 * format, and a sound that cannot load gives one console warning naming its
 * files; nothing waits for sound, and nothing throws.
 */
import { Howl, Howler } from 'howler';
import type { LoopChannel } from '../audio/commands.ts';
import type { SoundDefinition } from '../audio/manifest.ts';
import type { MixAction } from '../audio/mixer.ts';
import type { AudioOutput } from '../audio/port.ts';

// Vite fingerprints every file and ships it with the build; keys are './…/assets/audio/<file>'.
const FILE_URLS = import.meta.glob<string>('../../assets/audio/*.{ogg,mp3}', { query: '?url', import: 'default', eager: true });
const URL_BY_FILE = new Map(Object.entries(FILE_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** A one-shot that has not loaded by then is dropped: late, it would sound out of place. */
const LATE_MS = 2500;
/** Volume changes from the sliders glide, so they never click. */
const GLIDE_MS = 150;

/** What the debug handle (`window.__commonGroundAudio`) reports: howler's own state, read when asked. */
export interface AudioDebugState {
  /** The AudioContext's state (`running` once the browser allows sound), or undefined with HTML5 audio. */
  readonly context: AudioContextState | undefined;
  readonly webAudio: boolean;
  /** Howls howler knows about. */
  readonly howls: number;
  readonly channels: Readonly<Record<LoopChannel, { readonly name: string; readonly playing: boolean; readonly volume: number } | null>>;
  readonly sounds: Readonly<Record<string, { readonly state: 'loading' | 'loaded' | 'failed'; readonly file: string; readonly playing: boolean }>>;
  /** One-shots that have started playing, oldest first (the last 20). */
  readonly played: readonly string[];
}

export interface HowlerOutputOptions {
  /** Given once per sound that cannot load (the controller passes each message on once). */
  readonly warn: (message: string) => void;
}

/** The audio output, and the debug handle for tests and curious developers. */
export function createHowlerOutput(options: HowlerOutputOptions): AudioOutput & { debugState(): AudioDebugState; preload(sounds: readonly SoundDefinition[]): void } {
  const output = new HowlerOutput(options.warn);
  Object.defineProperty(window, '__commonGroundAudio', { configurable: true, enumerable: false, get: () => output.debugState() });
  return output;
}

/** One playing loop (or one about to play, while its file loads). */
interface LoopInstance {
  readonly sound: SoundDefinition;
  volume: number;
  howl?: Howl;
  id?: number;
  stopped: boolean;
}

class HowlerOutput implements AudioOutput {
  private readonly sources = new Map<string, SoundSource>();
  private readonly loops = new Map<LoopChannel, LoopInstance>();
  private readonly played: string[] = [];

  constructor(private readonly warn: (message: string) => void) {}

  perform(actions: readonly MixAction[]): void {
    for (const action of actions) {
      switch (action.do) {
        case 'start-loop':
          this.startLoop(action.channel, action.sound, action.volume, action.fadeMs);
          break;
        case 'stop-loop':
          this.stopLoop(action.channel, action.fadeMs);
          break;
        case 'play-once':
          this.playOnce(action.sound, action.volume);
          break;
        case 'set-volume':
          this.setVolume(action.channel, action.volume);
          break;
      }
    }
  }

  /** Fetch these sounds ahead of need. */
  preload(sounds: readonly SoundDefinition[]): void {
    sounds.forEach((sound) => this.source(sound));
  }

  /** The loader of a sound's files, made (and started) on first use. */
  source(sound: SoundDefinition): SoundSource {
    let source = this.sources.get(sound.name);
    if (!source) {
      source = new SoundSource(sound, this.warn);
      this.sources.set(sound.name, source);
    }
    return source;
  }

  private startLoop(channel: LoopChannel, sound: SoundDefinition, volume: number, fadeMs: number): void {
    // A start on a busy channel (a fresh output catching up) replaces what was there.
    if (this.loops.has(channel)) this.stopLoop(channel, fadeMs);
    const instance: LoopInstance = { sound, volume, stopped: false };
    this.loops.set(channel, instance);
    this.source(sound).whenLoaded((howl) => {
      if (instance.stopped) return;
      const id = howl.play();
      howl.loop(true, id);
      glide(howl, id, 0, instance.volume, fadeMs);
      instance.howl = howl;
      instance.id = id;
    });
  }

  private stopLoop(channel: LoopChannel, fadeMs: number): void {
    const instance = this.loops.get(channel);
    if (!instance) return;
    this.loops.delete(channel);
    instance.stopped = true;
    const { howl, id } = instance;
    if (!howl || id === undefined) return;
    glide(howl, id, howl.volume(id) as number, 0, fadeMs, () => howl.stop(id));
  }

  private setVolume(channel: LoopChannel, volume: number): void {
    const instance = this.loops.get(channel);
    if (!instance) return;
    instance.volume = volume;
    const { howl, id } = instance;
    if (howl && id !== undefined) glide(howl, id, howl.volume(id) as number, volume, GLIDE_MS);
  }

  private playOnce(sound: SoundDefinition, volume: number): void {
    const asked = Date.now();
    this.source(sound).whenLoaded((howl) => {
      if (Date.now() - asked > LATE_MS) return;
      const id = howl.play();
      howl.loop(false, id);
      howl.volume(volume, id);
      this.played.push(sound.name);
      if (this.played.length > 20) this.played.shift();
    });
  }

  debugState(): AudioDebugState {
    const channel = (name: LoopChannel) => {
      const instance = this.loops.get(name);
      if (!instance) return null;
      const { howl, id } = instance;
      const ready = howl !== undefined && id !== undefined;
      return { name: instance.sound.name, playing: ready && howl.playing(id), volume: ready ? (howl.volume(id) as number) : 0 };
    };
    const sounds: Record<string, AudioDebugState['sounds'][string]> = {};
    for (const [name, source] of this.sources) sounds[name] = { state: source.state, file: source.file, playing: source.howl?.playing() ?? false };
    const howls = (Howler as unknown as { _howls?: unknown[] })._howls;
    return {
      context: Howler.ctx?.state,
      webAudio: Howler.usingWebAudio,
      howls: howls?.length ?? 0,
      channels: { music: channel('music'), ambience: channel('ambience') },
      sounds,
      played: [...this.played],
    };
  }
}

/**
 * Loads one sound: its files in the manifest's order of preference, skipping
 * formats this browser cannot play and moving on when one fails.
 */
class SoundSource {
  state: 'loading' | 'loaded' | 'failed' = 'loading';
  howl: Howl | undefined;
  /** The file being loaded or played (`assets/audio/x.ogg`). */
  file = '';
  private readonly failures: string[] = [];
  private waiting: ((howl: Howl) => void)[] = [];
  private readonly candidates: string[];

  constructor(
    private readonly sound: SoundDefinition,
    private readonly warn: (message: string) => void,
  ) {
    this.candidates = sound.files.filter((file) => Howler.codecs(extension(file)));
    if (this.candidates.length === 0) {
      this.state = 'failed';
      warn(`Sound "${sound.name}": this browser cannot play any of its files (${sound.files.map(shown).join(', ')}). The story goes on without it.`);
      return;
    }
    this.next();
  }

  /** Run `use` with the loaded Howl: now, or when it loads (never, if it cannot). */
  whenLoaded(use: (howl: Howl) => void): void {
    if (this.state === 'loaded' && this.howl) use(this.howl);
    else if (this.state === 'loading') this.waiting.push(use);
  }

  private next(): void {
    const file = this.candidates.shift();
    if (file === undefined) {
      this.state = 'failed';
      this.waiting = [];
      this.warn(`Sound "${this.sound.name}" could not be loaded: ${this.failures.join('; ')}. The story goes on without it.`);
      return;
    }
    this.file = shown(file);
    const url = URL_BY_FILE.get(file);
    if (!url) {
      this.failures.push(`${shown(file)} is not in the game's files`);
      this.next();
      return;
    }
    const howl = new Howl({ src: [url], format: [extension(file)], preload: true, loop: this.sound.loop });
    this.howl = howl;
    howl.once('load', () => {
      this.state = 'loaded';
      if (this.failures.length > 0) this.warn(`Sound "${this.sound.name}": ${this.failures.join('; ')}; playing ${this.file} instead.`);
      const waiting = this.waiting;
      this.waiting = [];
      for (const use of waiting) use(howl);
    });
    howl.once('loaderror', (_id, error) => {
      this.failures.push(`${shown(file)} ${describeLoadError(error)}`);
      howl.unload();
      this.howl = undefined;
      this.next();
    });
    howl.on('playerror', (id, error) => {
      this.warn(`Sound "${this.sound.name}" (${shown(file)}) could not start: ${String(error)}. It will try again after the next tap or key press.`);
      howl.once('unlock', () => howl.play(id));
    });
  }
}

/**
 * Move a sound's volume from `from` to `to` over `ms`, then run `done`. Howler
 * never finishes a fade between equal levels, so that case is a plain set.
 */
function glide(howl: Howl, id: number, from: number, to: number, ms: number, done?: () => void): void {
  if (ms <= 0 || Math.abs(to - from) < 0.01) {
    howl.volume(to, id);
    done?.();
    return;
  }
  howl.fade(from, to, ms, id);
  // Listen only after starting: fade() first ends any fade in progress, which fires 'fade' at once.
  if (done) howl.once('fade', done, id);
}

function extension(file: string): string {
  return file.slice(file.lastIndexOf('.') + 1).toLowerCase();
}

function shown(file: string): string {
  return `assets/audio/${file}`;
}

/** Howler reports HTTP failures as text and HTML5 media errors as MediaError codes. */
function describeLoadError(error: unknown): string {
  const codes: Record<number, string> = {
    1: 'was aborted',
    2: 'could not be fetched (network error)',
    3: 'could not be decoded',
    4: 'could not be fetched or is not a playable audio file',
  };
  if (typeof error === 'number') return codes[error] ?? `failed (media error ${error})`;
  const text = String(error ?? 'unknown error');
  if (/status: (\d+)/.test(text)) return `could not be fetched (HTTP ${/status: (\d+)/.exec(text)![1]})`;
  if (/decod/i.test(text)) return 'could not be decoded (damaged or not audio)';
  return `failed (${text.replace(/\.$/, '')})`;
}
