/**
 * The mixer's rules and the sound controller around them: cross-fades, a
 * second loop for ambience, one-shots, volumes, mute, captions, and sound
 * that starts late (after the first gesture) without the story waiting.
 */
import { describe, expect, it } from 'vitest';
import type { Caption } from '../../src/audio/captions.ts';
import { readManifest } from '../../src/audio/manifest.ts';
import { effectiveVolume, FADE_MS, Mixer, type MixAction, type SoundSettings } from '../../src/audio/mixer.ts';
import { SoundController } from '../../src/audio/SoundController.ts';
import { soundCommandsFor } from '../../src/audio/commands.ts';

const { manifest } = readManifest({
  version: 1,
  sounds: {
    title: { kind: 'music', files: ['title.ogg'], caption: 'Gentle, welcoming piano music', volume: 0.5 },
    home: { kind: 'music', files: ['home.ogg'], caption: 'Warm, tender piano music', volume: 0.5 },
    reflect: { kind: 'music', files: ['reflect.ogg'], caption: 'Soft, thoughtful piano music', volume: 0.5 },
    kitchen: { kind: 'ambience', files: ['kitchen.ogg'], caption: 'A fridge hums, a clock ticks', volume: 0.4 },
    chime: { kind: 'sfx', files: ['chime.ogg'], caption: 'A warm chime rings', volume: 0.5 },
    choice: { kind: 'sfx', files: ['choice.ogg'], caption: 'A soft confirming tone', volume: 0.6 },
  },
});
const sound = (name: string) => manifest.sounds.get(name)!;
const command = (tag: string) => soundCommandsFor([tag], manifest).commands[0]!;

const LOUD: SoundSettings = { volumes: { master: 1, music: 1, effects: 1 }, muted: false, captions: true };
const HALF: SoundSettings = { volumes: { master: 0.5, music: 0.8, effects: 0.4 }, muted: false, captions: true };
const story = { file: 'stories/family-dinner.ink', catalogue: true };

/** Actions in a short readable form. */
function brief(actions: readonly MixAction[]): string[] {
  return actions.map((a) => {
    switch (a.do) {
      case 'start-loop':
        return `start ${a.channel} ${a.sound.name} @${a.volume} fade ${a.fadeMs}`;
      case 'stop-loop':
        return `stop ${a.channel} fade ${a.fadeMs}`;
      case 'play-once':
        return `once ${a.sound.name} @${a.volume}`;
      case 'set-volume':
        return `volume ${a.channel} @${a.volume}`;
    }
  });
}

describe('effective volume', () => {
  it('is the sound’s own level × master × its channel', () => {
    expect(effectiveVolume(HALF, sound('home'))).toBeCloseTo(0.5 * 0.5 * 0.8);
    expect(effectiveVolume(HALF, sound('chime'))).toBeCloseTo(0.5 * 0.5 * 0.4);
  });

  it('puts ambience on the effects slider, not the music one', () => {
    expect(effectiveVolume(HALF, sound('kitchen'))).toBeCloseTo(0.4 * 0.5 * 0.4);
  });

  it('is silent when muted, and never outside 0–1', () => {
    expect(effectiveVolume({ ...LOUD, muted: true }, sound('home'))).toBe(0);
    expect(effectiveVolume({ ...LOUD, volumes: { master: 3, music: -1, effects: Number.NaN } }, sound('home'))).toBe(0);
    expect(effectiveVolume({ ...LOUD, volumes: { master: 3, music: 2, effects: 1 } }, sound('home'))).toBe(0.5);
  });
});

describe('mixer', () => {
  it('fades music in, and cross-fades when it changes', () => {
    const mixer = new Mixer(LOUD);
    expect(brief(mixer.apply(command('music: title')).actions)).toEqual([`start music title @0.5 fade ${FADE_MS}`]);
    expect(brief(mixer.apply(command('music: home')).actions)).toEqual([`stop music fade ${FADE_MS}`, `start music home @0.5 fade ${FADE_MS}`]);
    expect(mixer.playing.music).toBe('home');
  });

  it('does nothing (and reports no change) when asked for the music already playing', () => {
    const mixer = new Mixer(LOUD);
    mixer.apply(command('music: home'));
    expect(mixer.apply(command('music: home'))).toEqual({ actions: [], changed: false });
  });

  it('keeps ambience as a second loop beside the music', () => {
    const mixer = new Mixer(LOUD);
    mixer.apply(command('music: home'));
    expect(brief(mixer.apply(command('ambience: kitchen')).actions)).toEqual([`start ambience kitchen @0.4 fade ${FADE_MS}`]);
    expect(mixer.playing).toEqual({ music: 'home', ambience: 'kitchen' });
    expect(brief(mixer.apply(command('ambience: none')).actions)).toEqual([`stop ambience fade ${FADE_MS}`]);
    expect(mixer.playing).toEqual({ music: 'home', ambience: undefined });
  });

  it('stops only what plays: `none` on a silent channel changes nothing', () => {
    expect(new Mixer(LOUD).apply(command('music: none'))).toEqual({ actions: [], changed: false });
  });

  it('plays one-shots every time they are asked for, without touching the loops', () => {
    const mixer = new Mixer(LOUD);
    mixer.apply(command('music: home'));
    expect(brief(mixer.apply(command('sfx: chime')).actions)).toEqual(['once chime @0.5']);
    expect(brief(mixer.apply(command('sfx: chime')).actions)).toEqual(['once chime @0.5']);
    expect(mixer.playing.music).toBe('home');
  });

  it('sets the loops’ levels when volumes change, and only those that changed', () => {
    const mixer = new Mixer(LOUD);
    mixer.apply(command('music: home'));
    mixer.apply(command('ambience: kitchen'));
    expect(brief(mixer.configure({ ...LOUD, volumes: { master: 1, music: 0.5, effects: 1 } }))).toEqual(['volume music @0.25']);
    expect(brief(mixer.configure({ ...LOUD, muted: true, volumes: { master: 1, music: 0.5, effects: 1 } }))).toEqual(['volume music @0', 'volume ambience @0']);
  });

  it('keeps the loops going silently while muted, so unmuting brings them straight back', () => {
    const mixer = new Mixer({ ...LOUD, muted: true });
    expect(brief(mixer.apply(command('music: home')).actions)).toEqual([`start music home @0 fade ${FADE_MS}`]);
    // One-shots are not played at all while muted, but they did happen.
    expect(mixer.apply(command('sfx: chime'))).toEqual({ actions: [], changed: true });
    expect(brief(mixer.configure(LOUD))).toEqual(['volume music @0.5']);
  });

  it('restarts what should be playing for a fresh output', () => {
    const mixer = new Mixer(LOUD);
    mixer.apply(command('music: home'));
    mixer.apply(command('ambience: kitchen'));
    mixer.apply(command('sfx: chime'));
    expect(brief(mixer.resume())).toEqual([`start music home @0.5 fade ${FADE_MS}`, `start ambience kitchen @0.4 fade ${FADE_MS}`]);
  });
});

/** A controller with a recording output and caption strip. */
function rig() {
  const performed: string[] = [];
  const captions: Caption[] = [];
  let cleared = 0;
  const warnings: string[] = [];
  const controller = new SoundController({
    manifest,
    captions: { show: (c) => captions.push(c), clear: () => cleared++ },
    warn: (m) => warnings.push(m),
  });
  const output = { perform: (actions: readonly MixAction[]) => performed.push(...brief(actions)) };
  return { controller, output, performed, captions, warnings, cleared: () => cleared };
}

describe('sound controller', () => {
  it('captions each effect and each change of music, from the manifest', () => {
    const { controller, captions } = rig();
    controller.configure(LOUD);
    controller.cueTags(['music: home', 'ambience: kitchen', 'sfx: chime'], story);
    controller.cueTags(['music: home'], story);
    controller.cueTags(['music: none'], story);
    expect(captions.map((c) => c.text)).toEqual(['♪ Warm, tender piano music', '[A fridge hums, a clock ticks]', '[A warm chime rings]', '♪ The music fades away']);
    expect(captions.map((c) => c.spoken)).toEqual(['Music: Warm, tender piano music', 'Background: A fridge hums, a clock ticks', 'Sound: A warm chime rings', 'Music: the music fades away']);
  });

  it('shows captions when muted, and none when captions are off', () => {
    const { controller, captions, cleared } = rig();
    controller.configure({ ...LOUD, muted: true });
    controller.cueTags(['sfx: chime'], story);
    expect(captions.map((c) => c.text)).toEqual(['[A warm chime rings]']);
    controller.configure({ ...LOUD, captions: false });
    expect(cleared()).toBe(1);
    controller.cueTags(['sfx: chime', 'music: home'], story);
    expect(captions).toHaveLength(1);
  });

  it('plays nothing until there is an output and the saved settings, then starts the loops', () => {
    const { controller, output, performed, captions } = rig();
    controller.cueTags(['music: home', 'sfx: chime'], story);
    expect(captions).toHaveLength(2);
    controller.attach(output);
    expect(performed).toEqual([]);
    expect(controller.live).toBe(false);
    controller.configure(HALF);
    // The one-shot is long past; the music starts where the story is.
    expect(performed).toEqual([`start music home @0.2 fade ${FADE_MS}`]);
    controller.cueTags(['sfx: chime'], story);
    expect(performed.at(-1)).toBe('once chime @0.1');
  });

  it('tells when the saved settings are first known, so the sound’s start can wait for them', async () => {
    const { controller } = rig();
    let known = false;
    void controller.configured.then(() => (known = true));
    await Promise.resolve();
    expect(known).toBe(false);
    controller.configure(HALF);
    await controller.configured;
    expect(known).toBe(true);
  });

  it('starts a muted player’s loops silently, never at full volume', () => {
    const { controller, output, performed } = rig();
    controller.configure({ ...LOUD, muted: true });
    controller.cueTags(['music: home'], story);
    controller.attach(output);
    expect(performed).toEqual([`start music home @0 fade ${FADE_MS}`]);
  });

  it('plays the game’s own cues: menu music, the debrief, and an uncaptioned choice tone', () => {
    const { controller, output, performed, captions } = rig();
    controller.configure(LOUD);
    controller.attach(output);
    controller.cueTags(['music: home', 'ambience: kitchen'], story);
    controller.cue('choice');
    controller.cue('debrief');
    controller.cue('menu');
    expect(performed).toEqual([
      `start music home @0.5 fade ${FADE_MS}`,
      `start ambience kitchen @0.4 fade ${FADE_MS}`,
      'once choice @0.6',
      `stop music fade ${FADE_MS}`,
      `start music reflect @0.5 fade ${FADE_MS}`,
      `stop ambience fade ${FADE_MS}`,
      'once chime @0.5',
      `stop music fade ${FADE_MS}`,
      `start music title @0.5 fade ${FADE_MS}`,
    ]);
    expect(captions.map((c) => c.text)).not.toContain('[A soft confirming tone]');
  });

  it('puts back only the loops of a turn shown again (resume, undo)', () => {
    const { controller, output, performed } = rig();
    controller.configure(LOUD);
    controller.attach(output);
    controller.cueTags(['music: home', 'sfx: chime'], story, { loopsOnly: true });
    expect(performed).toEqual([`start music home @0.5 fade ${FADE_MS}`]);
  });

  it('warns once per unknown sound, however often the line comes round', () => {
    const { controller, warnings } = rig();
    controller.configure(LOUD);
    controller.cueTags(['sfx: trumpet'], story);
    controller.cueTags(['sfx: trumpet'], story);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"trumpet"');
  });

  it('goes on when the output throws, with one warning', () => {
    const { controller, warnings, captions } = rig();
    controller.configure(LOUD);
    controller.attach({
      perform: () => {
        throw new Error('audio device lost');
      },
    });
    controller.cueTags(['sfx: chime'], story);
    controller.cueTags(['sfx: chime'], story);
    expect(warnings).toEqual(['Sound failed (audio device lost); the story goes on without it.']);
    expect(captions).toHaveLength(2);
  });
});

describe('a story beginning', () => {
  it('keeps the menu music when the story’s first lines ask for it, and stops what they do not ask for', () => {
    const { controller, output, performed, captions } = rig();
    controller.configure(LOUD);
    controller.attach(output);
    controller.cue('menu');
    controller.cueTags(['ambience: kitchen'], story);
    performed.length = 0;
    captions.length = 0;
    controller.cue('story');
    controller.cueTags(['music: title', 'speaker: Dev'], story);
    expect(performed).toEqual([`stop ambience fade ${FADE_MS}`]);
    expect(captions.map((c) => c.text)).toEqual(['[The background sounds fade away]']);
  });

  it('fades the menu music out for a story that starts in silence (or has no sound at all)', () => {
    const { controller, output, performed } = rig();
    controller.configure(LOUD);
    controller.attach(output);
    controller.cue('menu');
    performed.length = 0;
    controller.cue('story');
    controller.cueTags(['speaker: Priya'], { file: 'endless.ink', catalogue: false });
    expect(performed).toEqual([`stop music fade ${FADE_MS}`]);
    // Only the first lines decide; later lines without sound tags change nothing.
    controller.cueTags(['music: home'], story);
    controller.cueTags([], story);
    expect(performed.at(-1)).toBe(`start music home @0.5 fade ${FADE_MS}`);
  });
});
