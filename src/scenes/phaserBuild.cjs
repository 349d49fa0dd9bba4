/**
 * The parts of Phaser this game uses, bundled instead of the whole library
 * (plugins/vite-plugin-phaser-build.ts aliases `phaser` to this file).
 *
 * Phaser 4 does not tree-shake, so this entry decides what ships: a game,
 * scenes, the scale manager, cameras, the loader with SVG files, images and
 * tweens. Requiring a plugin's module registers it with Phaser; plugins that
 * are not required here (input, physics, lights, sound…) are simply absent.
 * The Canvas-only renderer is chosen by the build flags in that plugin.
 */
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

// Scene plugins, registered by being required.
require('phaser-src/events/EventEmitter');
require('phaser-src/cameras/2d/CameraManager');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/UpdateList');
require('phaser-src/gameobjects/GameObjectFactory');
require('phaser-src/gameobjects/GameObjectCreator');
require('phaser-src/scene/ScenePlugin');
require('phaser-src/loader/LoaderPlugin');
require('phaser-src/tweens/TweenManager');
// Game object and file types, registered with the factory and the loader.
require('phaser-src/gameobjects/image/ImageFactory');
require('phaser-src/loader/filetypes/SVGFile');

module.exports = Extend(false, {
  Game: require('phaser-src/core/Game'),
  Scene: require('phaser-src/scene/Scene'),
  // The scene states (CREATING, RUNNING…) with the events, as Phaser's own entry merges them.
  Scenes: Extend(false, { Events: require('phaser-src/scene/events') }, require('phaser-src/scene/const')),
  Scale: require('phaser-src/scale'),
  GameObjects: { Image: require('phaser-src/gameobjects/image/Image') },
}, CONST);
