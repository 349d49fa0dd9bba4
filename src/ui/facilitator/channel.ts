/**
 * The real channel between the two windows: BroadcastChannel, which links
 * windows of the same site in the same browser, with no network.
 */
import { channelName, type SyncChannel } from '../../facilitator/sync.ts';

/** Open the story's channel, or undefined where the browser has no BroadcastChannel. */
export function openChannel(storyId: string): SyncChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(channelName(storyId));
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => {
      const onMessage = (event: MessageEvent) => handler(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
