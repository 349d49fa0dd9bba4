/**
 * The base of every scene: one illustration, cover-fitted to the screen,
 * cross-faded when the setting changes, with a slow drift as gentle motion.
 *
 * Nothing here runs continuously. The game loop is woken for a transition and
 * put back to sleep when it ends, so a room discussing a choice point costs
 * the laptop almost no CPU.
 */
import * as Phaser from 'phaser';
import { artFor } from './settings.ts';

/** What a scene needs from the stage controller. */
export interface LoopControl {
  /** Keep the loop awake for about `ms` milliseconds (a transition), then let it sleep. */
  keepAwake(ms: number): void;
  readonly motion: boolean;
  /** The setting the game currently wants shown. */
  readonly setting: string;
}

export abstract class BackdropScene extends Phaser.Scene {
  private picture: Phaser.GameObjects.Image | undefined;
  private shown: string | undefined;

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
    const old = this.picture;
    const next = this.add.image(0, 0, key).setOrigin(0.5);
    this.picture = next;
    this.fit(next);
    const motion = this.loop.motion;
    if (!motion) {
      old?.destroy();
      this.loop.keepAwake(100);
      return;
    }
    next.setAlpha(0);
    this.tweens.add({ targets: next, alpha: 1, duration: 700, ease: 'Sine.easeInOut', onComplete: () => old?.destroy() });
    // A slow, small drift: enough to feel alive, too small to distract.
    const base = next.scale;
    next.setScale(base * 1.03);
    this.tweens.add({ targets: next, scale: base, duration: 5000, ease: 'Sine.easeOut' });
    this.loop.keepAwake(5200);
  }

  private onResize(): void {
    if (this.picture) {
      this.tweens.killTweensOf(this.picture);
      this.picture.setAlpha(1);
      this.fit(this.picture);
    }
    this.loop.keepAwake(150);
  }

  /** Cover the whole screen, cropping the sides on a phone held upright. */
  private fit(image: Phaser.GameObjects.Image): void {
    const { width, height } = this.scale.gameSize;
    const scale = Math.max(width / image.width, height / image.height);
    image.setScale(scale).setPosition(width / 2, height / 2);
  }
}
