/**
 * The base of every scene: one illustration, cover-fitted to the screen,
 * cross-faded when the setting changes, with a slow drift as gentle motion.
 *
 * Nothing here runs continuously. The game loop is woken for a transition and
 * put back to sleep when it ends, so a room discussing a choice point costs
 * the laptop almost no CPU; the drift is left to the browser's compositor.
 */
import * as Phaser from 'phaser';
import { artFor } from './settings.ts';

/** The cross-fade between two settings, drawn by Phaser. */
const FADE_MS = 700;
/** The drift after a new setting appears, animated by the compositor. */
const DRIFT_MS = 5000;

/** What a scene needs from the stage controller. */
export interface LoopControl {
  /** Keep the loop awake for about `ms` milliseconds (a transition), then let it sleep. */
  keepAwake(ms: number): void;
  /** Draw one frame at the next animation frame (a still picture changed), without waking the loop. */
  drawOnce(): void;
  /** Run `task` once no turn has been shown for a moment (at once if none was just now). */
  whenQuiet(task: () => void): void;
  readonly motion: boolean;
  /** The setting the game currently wants shown. */
  readonly setting: string;
}

export abstract class BackdropScene extends Phaser.Scene {
  private picture: Phaser.GameObjects.Image | undefined;
  private shown: string | undefined;
  /** Counts setting changes, so a quick second change wins over a first still fading. */
  private changes = 0;

  protected get loop(): LoopControl {
    return this.registry.get('loop') as LoopControl;
  }

  create(data: { setting?: string }): void {
    this.shown = undefined;
    this.picture = undefined;
    this.cameras.main.setBackgroundColor('#2B2321');
    this.showSetting(data.setting ?? this.defaultSetting());
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
  }

  /** The setting this scene shows when none is given. */
  protected abstract defaultSetting(): string;

  /** Show a setting, cross-fading from the current one. */
  showSetting(setting: string): void {
    const key = artFor(setting);
    if (key === this.shown) return;
    this.shown = key;
    const canvas = this.game.canvas;
    const change = ++this.changes;
    // The new picture is drawn when the player pauses (LoopControl.whenQuiet): by then a newer
    // change may have won, or the scene may have ended (it is still being created when it draws its first).
    const current = () => change === this.changes && [Phaser.Scenes.CREATING, Phaser.Scenes.RUNNING].includes(this.sys.settings.status);
    if (!this.loop.motion || !this.picture) {
      if (!this.loop.motion) canvas.style.transition = 'none';
      this.loop.whenQuiet(() => {
        if (!current()) return;
        this.swapTo(key);
        if (this.loop.motion) this.drift();
      });
      return;
    }
    // Cross-fade through the page's warm background with a CSS opacity
    // transition: the compositor does the fading, and Phaser draws exactly one
    // new frame. (Fading in canvas frames cost ~1 s of main thread per change
    // with software rendering, and the player's next choice waited for it.)
    canvas.style.transition = `opacity ${FADE_MS / 2}ms ease-in-out`;
    canvas.style.opacity = '0';
    setTimeout(
      () =>
        this.loop.whenQuiet(() => {
          if (!current()) return;
          this.swapTo(key);
          canvas.style.opacity = '1';
          this.drift();
        }),
      FADE_MS / 2,
    );
  }

  /** Replace the picture with `key`'s and draw it once. */
  private swapTo(key: string): void {
    this.picture?.destroy();
    this.picture = this.add.image(0, 0, key).setOrigin(0.5);
    this.fit(this.picture);
    this.game.canvas.style.opacity = '1';
    this.loop.drawOnce();
  }

  private drift(): void {
    const canvas = this.game.canvas;
    if (typeof canvas.animate !== 'function') return;
    for (const running of canvas.getAnimations()) running.cancel();
    canvas.animate([{ transform: 'scale(1.03)' }, { transform: 'scale(1)' }], { duration: DRIFT_MS, easing: 'cubic-bezier(0.33, 1, 0.68, 1)' });
  }

  private onResize(): void {
    if (this.picture) this.fit(this.picture);
    this.loop.keepAwake(150);
  }

  /** Cover the whole screen, cropping the sides on a phone held upright. */
  private fit(image: Phaser.GameObjects.Image): void {
    const { width, height } = this.scale.gameSize;
    const scale = Math.max(width / image.width, height / image.height);
    image.setScale(scale).setPosition(width / 2, height / 2);
  }
}
