/**
 * The Stage, painted by Phaser. Loaded lazily by main.ts after the first
 * screen is on, so the story is readable before Phaser arrives.
 */
import * as Phaser from 'phaser';
import type { Stage } from '../app/Stage.ts';
import type { LoopControl } from './BackdropScene.ts';
import { BackdropScene } from './BackdropScene.ts';
import { BootScene, DebriefScene, SceneKey, sceneFor, StoryScene, TitleScene } from './scenes.ts';

export class PhaserStage implements Stage, LoopControl {
  private readonly game: Phaser.Game;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;
  private awakeUntil = 0;
  setting = 'title';
  motion = true;

  constructor(parent: HTMLElement) {
    this.game = new Phaser.Game({
      // Canvas: the art is a few large images; WebGL would cost more power for nothing.
      type: Phaser.CANVAS,
      parent,
      backgroundColor: '#2B2321',
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      render: { antialias: true },
      scene: [BootScene, TitleScene, StoryScene, DebriefScene],
      callbacks: {
        preBoot: (game) => game.registry.set('loop', this),
        postBoot: () => this.keepAwake(1000),
      },
    });
    this.game.canvas?.setAttribute('aria-hidden', 'true');
    window.addEventListener('resize', () => this.keepAwake(300));
  }

  show(setting: string): void {
    this.setting = setting;
    const painting = [SceneKey.Title, SceneKey.Story, SceneKey.Debrief].some((k) => this.game.scene.isActive(k));
    // Still loading the art: BootScene starts the right scene when it is done.
    if (!painting) return;
    const key = sceneFor(setting);
    this.keepAwake(800);
    if (this.game.scene.isActive(key)) {
      (this.game.scene.getScene(key) as BackdropScene).showSetting(setting);
      return;
    }
    for (const other of [SceneKey.Title, SceneKey.Story, SceneKey.Debrief]) if (other !== key) this.game.scene.stop(other);
    this.game.scene.start(key, { setting });
  }

  setMotion(enabled: boolean): void {
    this.motion = enabled;
  }

  keepAwake(ms: number): void {
    const until = performance.now() + ms;
    if (until <= this.awakeUntil && this.game.loop.running) return;
    this.awakeUntil = until;
    if (!this.game.loop.running) this.game.loop.wake();
    clearTimeout(this.sleepTimer);
    this.sleepTimer = setTimeout(() => this.game.loop.sleep(), ms);
  }
}
