/** Addresses and small browser chores shared by the two facilitator windows. */

/** `?story=<id>&mode=<mode>` on this page's own address (works from any sub-path). */
export function facilitatorUrl(storyId: string, mode: 'facilitate' | 'presenter'): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ story: storyId, mode }).toString();
  url.hash = '';
  return url.toString();
}

/** The game's story list. */
export function storiesUrl(): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** True when a key press is typing into a field, not a command. */
export function isTyping(target: EventTarget | null): boolean {
  const node = target as HTMLElement | null;
  return !!node && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName));
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
