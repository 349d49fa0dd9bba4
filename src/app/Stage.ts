/**
 * What the game asks of the picture behind the text. Phaser implements it
 * (src/scenes); the app depends only on this interface, so the text can be
 * playable before Phaser has even loaded, and tests can do without it.
 */
export interface Stage {
  /** Show a setting: `title`, `debrief`, or a story's `# scene:` name. */
  show(setting: string): void;
  /** Gentle motion on or off (reduced-motion preference and the game's own switch). */
  setMotion(enabled: boolean): void;
}

/** A stage that draws nothing, until (or unless) the real one loads. */
export class DeferredStage implements Stage {
  private target: Stage | undefined;
  private setting = 'title';
  private motion = true;

  show(setting: string): void {
    this.setting = setting;
    this.target?.show(setting);
  }

  setMotion(enabled: boolean): void {
    this.motion = enabled;
    this.target?.setMotion(enabled);
  }

  /** Hand over to the real stage, bringing it up to date. */
  attach(stage: Stage): void {
    this.target = stage;
    stage.setMotion(this.motion);
    stage.show(this.setting);
  }
}
