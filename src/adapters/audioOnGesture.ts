/**
 * Browsers allow sound only after the player has tapped, clicked or pressed a
 * key. So howler is not even downloaded before that: the first gesture loads
 * the howler output and hands it to the sound controller, which starts
 * whatever should already be playing. Until then, and if it never loads, the
 * story plays on with captions.
 *
 * Starting the sound is the heaviest moment of a session's first turns: the
 * audio context (a tenth of a second and more of main thread on some
 * machines), and fetching and decoding the first files. The first gesture is
 * usually a choice, and the player reads the passage it brings; so the start
 * waits for that pause (the player's pace) instead of landing between their
 * next keys and the passages those bring.
 */
import type { SoundController } from '../audio/SoundController.ts';
import type { SoundManifest } from '../audio/manifest.ts';
import type { PlayerPace } from '../app/pace.ts';
// Used here rather than in howlerAudio.ts: helpers shared by the game and that lazy chunk would be a chunk (a request) of their own.
import { whenIdle } from '../ui/dom.ts';

/** Events that count as a user gesture for autoplay (pointerdown from touch does not). */
const GESTURES = ['pointerup', 'click', 'keydown', 'touchend'] as const;

export interface AudioStartOptions {
  /** Runs a task once the player pauses between turns. */
  readonly pace: Pick<PlayerPace, 'whenQuiet'>;
  readonly target?: Document;
}

export function connectAudioOnFirstGesture(controller: SoundController, manifest: SoundManifest, { pace, target = document }: AudioStartOptions): void {
  const onGesture = () => {
    // Keys such as Escape or a lone Shift do not unlock audio; wait for one that does.
    if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
    for (const type of GESTURES) target.removeEventListener(type, onGesture, true);
    // The download starts now. The start itself waits for the player's settings (on a
    // first visit they come when storage opens, which may be mid-turn) and then for a pause.
    Promise.all([import('./howlerAudio.ts'), controller.configured])
      .then(([{ createHowlerOutput }]) =>
        pace.whenQuiet(() => {
          const output = createHowlerOutput({ warn: (message) => controller.warnOnce(message) });
          controller.attach(output);
          // The effects must play the moment they are asked for: fetch them ahead, when the browser is idle.
          const effects = [...manifest.sounds.values()].filter((sound) => sound.kind === 'sfx');
          whenIdle(() => pace.whenQuiet(() => output.preload(effects)), 2000);
        }),
      )
      .catch((error: unknown) => controller.warnOnce(`Sound could not start (${error instanceof Error ? error.message : String(error)}); the story plays on without it.`));
  };
  for (const type of GESTURES) target.addEventListener(type, onGesture, { capture: true, passive: true });
}
