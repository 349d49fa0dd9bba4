/**
 * The Stage, painted by Phaser. Loaded lazily by main.ts after the first
 * screen is on, so the story is readable before Phaser arrives.
 *
 * The game loop sleeps unless something moves: a scene asks for frames with
 * `keepAwake` (a scene change, a resize) and the loop goes back to sleep when
 * that time is up and the last change has actually been drawn. A new picture
 * in the same scene needs just one frame (`drawOnce`): the cross-fade and the
 * drift are CSS, so no Phaser frame is drawn while they run. While the art
 * loads, the loop sleeps too; BootScene wakes it to hand over. And a new
 * picture waits while turns come quickly (the player's pace, `whenQuiet`):
 * drawing one repaints the whole canvas (some 20 ms of main thread with
 * software rendering), and a key pressed meanwhile would wait for it.
 */
import * as Phaser from 'phaser';
import type { Stage } from '../app/Stage.ts';
import type { PlayerPace } from '../app/pace.ts';
import type { LoopControl } from './BackdropScene.ts';
import { BackdropScene } from './BackdropScene.ts';
import { BootScene, DebriefScene, SceneKey, sceneFor, StoryScene, TitleScene } from './scenes.ts';

/** Frames drawn after waking before the loop may sleep: the last change must reach the screen. */
const MIN_FRAMES_AWAKE = 2;
/** How long to look again when the time is up but the last change is not on screen yet. */
const RECHECK_MS = 50;
const PAINTING_SCENES = [SceneKey.Title, SceneKey.Story, SceneKey.Debrief];

export class PhaserStage implements Stage, LoopControl {
  private readonly game: Phaser.Game;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;
  private awakeUntil = 0;
  private framesSinceWake = 0;
  private pendingShow = 0;
  private pendingDraw = 0;
  setting = 'title';
  motion = true;

  constructor(
    parent: HTMLElement,
    private readonly pace: Pick<PlayerPace, 'whenQuiet'>,
  ) {
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
      // Fades look as smooth at 30 frames a second and cost half as much to draw.
      fps: { target: 60, limit: 30 },
      scene: [BootScene, TitleScene, StoryScene, DebriefScene],
      callbacks: {
        preBoot: (game) => game.registry.set('loop', this),
        // The loop starts running right after this; let it sleep once the first frames are drawn.
        postBoot: (game) => {
          game.events.on('postrender', () => this.framesSinceWake++);
          this.scheduleSleep(100);
        },
      },
    });
    this.game.canvas?.setAttribute('aria-hidden', 'true');
    // The drift scales the canvas a little past the screen's edges (BackdropScene).
    parent.style.overflow = 'hidden';
    window.addEventListener('resize', () => this.keepAwake(300));
  }

  show(setting: string): void {
    this.setting = setting;
    // The story's text first, the picture after it: a new setting arrives
    // with a choice, and every canvas frame competes with painting the words.
    cancelAnimationFrame(this.pendingShow);
    this.pendingShow = requestAnimationFrame(() => setTimeout(() => this.paint(this.setting), 0));
  }

  private paint(setting: string): void {
    // Still loading the art: BootScene starts the right scene when it is done.
    if (!PAINTING_SCENES.some((k) => this.game.scene.isActive(k))) return;
    const key = sceneFor(setting);
    if (this.game.scene.isActive(key)) {
      // The scene wakes the loop itself, and only if the picture changes.
      (this.game.scene.getScene(key) as BackdropScene).showSetting(setting);
      return;
    }
    for (const other of PAINTING_SCENES) if (other !== key) this.game.scene.stop(other);
    this.game.scene.start(key, { setting });
    // Scene changes happen on the next step; the new scene keeps the loop awake for its fade.
    this.keepAwake(100);
  }

  setMotion(enabled: boolean): void {
    this.motion = enabled;
  }

  whenQuiet(task: () => void): void {
    this.pace.whenQuiet(task);
  }

  drawOnce(): void {
    // Awake, the loop draws the change itself; staying awake a little longer makes sure it does.
    if (this.game.loop.running) return this.keepAwake(100);
    // Waking the loop would draw three or more frames at 30 a second, each
    // repainting and re-uploading the whole canvas (about 20 ms of main
    // thread apiece with software rendering) while the player reads or picks
    // the next choice. One step draws the new picture.
    cancelAnimationFrame(this.pendingDraw);
    this.pendingDraw = requestAnimationFrame((time) => {
      if (!this.game.loop.running) this.game.step(time, this.game.loop.delta);
    });
  }

  keepAwake(ms: number): void {
    const until = performance.now() + ms;
    if (until <= this.awakeUntil && this.game.loop.running) return;
    this.awakeUntil = until;
    if (!this.game.loop.running) {
      this.framesSinceWake = 0;
      this.game.loop.wake();
    }
    this.scheduleSleep(ms);
  }

  private tweening(): boolean {
    return this.game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
  }

  private scheduleSleep(ms: number): void {
    clearTimeout(this.sleepTimer);
    this.sleepTimer = setTimeout(() => {
      // A busy main thread draws fewer frames than planned: finish the fade first.
      if (this.framesSinceWake < MIN_FRAMES_AWAKE || this.tweening()) this.scheduleSleep(RECHECK_MS);
      else this.game.loop.sleep();
    }, ms);
  }
}
