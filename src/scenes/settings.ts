/**
 * The illustrated settings, by the names stories use in `# scene:` tags.
 * The pictures are SVG files drawn for this game (assets/art).
 */
import cafe from '../../assets/art/cafe.svg?url';
import debrief from '../../assets/art/debrief.svg?url';
import garden from '../../assets/art/garden.svg?url';
import kitchen from '../../assets/art/kitchen.svg?url';
import meetingRoom from '../../assets/art/meeting-room.svg?url';
import title from '../../assets/art/title.svg?url';

export const SETTING_ART: Readonly<Record<string, string>> = {
  title,
  cafe,
  kitchen,
  'meeting-room': meetingRoom,
  garden,
  debrief,
};

/** Settings a story may name; an unknown name falls back to the title art. */
export function artFor(setting: string): string {
  return Object.hasOwn(SETTING_ART, setting) ? setting : 'title';
}
