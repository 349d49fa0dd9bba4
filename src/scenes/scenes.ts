/**
 * The game's Phaser scenes. Each paints the picture for one part of the game;
 * the text and buttons are DOM, drawn over them (see src/ui).
 */
import * as Phaser from 'phaser';
import { BackdropScene, type LoopControl } from './BackdropScene.ts';
import { SETTING_ART } from './settings.ts';

export const SceneKey = {
  Boot: 'BootScene',
  Title: 'TitleScene',
  Story: 'StoryScene',
  Debrief: 'DebriefScene',
} as const;

/** Which scene paints which part of the game. */
export function sceneFor(setting: string): string {
  if (setting === 'title') return SceneKey.Title;
  if (setting === 'debrief') return SceneKey.Debrief;
  return SceneKey.Story;
}

/** Loads every illustration at a resolution that suits this screen, then hands over. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  preload(): void {
    // Rasterise the SVGs once, large enough to stay crisp on this display
    // (a 4K projector gets 4K art; a phone gets less, and loads faster).
    const pixels = Math.max(window.screen.width, window.screen.height) * Math.min(2, window.devicePixelRatio || 1);
    const width = Math.round(Math.min(3840, Math.max(1280, pixels)));
    const height = Math.round((width * 9) / 16);
    for (const [key, url] of Object.entries(SETTING_ART)) this.load.svg(key, url, { width, height });
  }

  create(): void {
    // The game may have moved on while the art loaded: start what it shows now.
    // The loop slept while the art loaded; the hand-over happens on its next step.
    const loop = this.registry.get('loop') as LoopControl;
    loop.keepAwake(100);
    this.scene.start(sceneFor(loop.setting), { setting: loop.setting });
  }
}

export class TitleScene extends BackdropScene {
  constructor() {
    super(SceneKey.Title);
  }
  protected defaultSetting(): string {
    return 'title';
  }
}

export class StoryScene extends BackdropScene {
  constructor() {
    super(SceneKey.Story);
  }
  protected defaultSetting(): string {
    return 'title';
  }
}

export class DebriefScene extends BackdropScene {
  constructor() {
    super(SceneKey.Debrief);
  }
  protected defaultSetting(): string {
    return 'debrief';
  }
}
