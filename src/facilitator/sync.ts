/**
 * The projector and presenter windows talk over a channel (BroadcastChannel
 * in the browser; an in-memory bus in tests). The projector window owns the
 * session and publishes its view after every change; the presenter window
 * draws that view with the facilitator's notes and sends commands back.
 *
 * Messages are typed, versioned by `protocol`, and checked on arrival: a
 * message from another version or another page is ignored, never trusted.
 */
import { PHASES, type Command, type SessionView } from './session.ts';

/** Bumped whenever a message changes shape; windows of other versions ignore each other. */
export const PROTOCOL = 'common-ground/facilitate/1';

/** What the projector's screen adds to the session view. */
export interface ScreenInfo {
  /** The story text runs past the bottom of the projected card: the next advance scrolls. */
  readonly moreText: boolean;
}

export type SyncMessage =
  /** Presenter → projector: "I am here, send me the state." */
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'hello' }
  /** Projector → presenter: everything to draw. */
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'state'; readonly view: SessionView; readonly screen: ScreenInfo }
  /** Presenter → projector: do this. */
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'command'; readonly command: Command }
  /** Projector → presenter: a command could not be carried out, and why. */
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'notice'; readonly message: string }
  /** Either window is closing. */
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'goodbye'; readonly role: 'projector' | 'presenter' };

/** A message without its protocol stamp, as senders write it. */
export type Outgoing = SyncMessage extends infer M ? (M extends SyncMessage ? Omit<M, 'protocol'> : never) : never;

/** The small part of BroadcastChannel the windows use. */
export interface SyncChannel {
  post(message: SyncMessage): void;
  /** Listen for messages from other windows (never your own); returns a way to stop. */
  listen(handler: (data: unknown) => void): () => void;
  close(): void;
}

/** The channel's name: one per story, so two sessions of different stories do not mix. */
export function channelName(storyId: string): string {
  return `common-ground:facilitate:${storyId}`;
}

function stamp(message: Outgoing): SyncMessage {
  return { protocol: PROTOCOL, ...message } as SyncMessage;
}

/** Check a message from the channel; undefined for anything that is not ours. */
export function readMessage(data: unknown): SyncMessage | undefined {
  if (!isRecord(data) || data.protocol !== PROTOCOL) return undefined;
  switch (data.kind) {
    case 'hello':
      return { protocol: PROTOCOL, kind: 'hello' };
    case 'state':
      return isRecord(data.view) && PHASES.includes(data.view.phase as never) && isRecord(data.screen)
        ? { protocol: PROTOCOL, kind: 'state', view: data.view as unknown as SessionView, screen: { moreText: data.screen.moreText === true } }
        : undefined;
    case 'command': {
      const command = readCommand(data.command);
      return command ? { protocol: PROTOCOL, kind: 'command', command } : undefined;
    }
    case 'notice':
      return typeof data.message === 'string' ? { protocol: PROTOCOL, kind: 'notice', message: data.message } : undefined;
    case 'goodbye':
      return data.role === 'projector' || data.role === 'presenter' ? { protocol: PROTOCOL, kind: 'goodbye', role: data.role } : undefined;
    default:
      return undefined;
  }
}

/** Check a command; undefined when it is not one the session knows. */
export function readCommand(data: unknown): Command | undefined {
  if (!isRecord(data)) return undefined;
  const choice = data.choice;
  const isIndex = typeof choice === 'number' && Number.isInteger(choice) && choice >= 0 && choice < 100;
  switch (data.type) {
    case 'advance':
    case 'back':
    case 'reveal':
    case 'clear-votes':
    case 'summary':
      return { type: data.type };
    case 'vote':
      return isIndex && (data.delta === 1 || data.delta === -1) ? { type: 'vote', choice, delta: data.delta } : undefined;
    case 'choose':
      return isIndex ? { type: 'choose', choice } : undefined;
    case 'goto':
      return typeof data.key === 'string' && /^(\d+(\.\d+)*)?$/.test(data.key) ? { type: 'goto', key: data.key } : undefined;
    case 'map':
      return typeof data.open === 'boolean' ? { type: 'map', open: data.open } : undefined;
    case 'blank':
      return typeof data.on === 'boolean' ? { type: 'blank', on: data.on } : undefined;
    case 'answers':
      return typeof data.text === 'string' ? { type: 'answers', text: data.text } : undefined;
    default:
      return undefined;
  }
}

/** The projector's end: publishes the view, carries out the presenter's commands. */
export class ProjectorLink {
  private readonly stop: () => void;

  constructor(
    private readonly channel: SyncChannel,
    handlers: { readonly onCommand: (command: Command) => void; readonly onHello: () => void },
  ) {
    this.stop = channel.listen((data) => {
      const message = readMessage(data);
      if (message?.kind === 'command') handlers.onCommand(message.command);
      else if (message?.kind === 'hello') handlers.onHello();
    });
  }

  publish(view: SessionView, screen: ScreenInfo): void {
    this.channel.post(stamp({ kind: 'state', view, screen }));
  }

  notice(message: string): void {
    this.channel.post(stamp({ kind: 'notice', message }));
  }

  close(): void {
    this.channel.post(stamp({ kind: 'goodbye', role: 'projector' }));
    this.stop();
    this.channel.close();
  }
}

/** The presenter's end: asks for the state, draws what arrives, sends commands. */
export class PresenterLink {
  private readonly stop: () => void;
  private connectedNow = false;

  constructor(
    private readonly channel: SyncChannel,
    handlers: {
      readonly onState: (view: SessionView, screen: ScreenInfo) => void;
      readonly onNotice: (message: string) => void;
      readonly onConnection: (connected: boolean) => void;
    },
  ) {
    this.stop = channel.listen((data) => {
      const message = readMessage(data);
      if (!message) return;
      if (message.kind === 'state') {
        if (!this.connectedNow) {
          this.connectedNow = true;
          handlers.onConnection(true);
        }
        handlers.onState(message.view, message.screen);
      } else if (message.kind === 'notice') handlers.onNotice(message.message);
      else if (message.kind === 'goodbye' && message.role === 'projector') {
        this.connectedNow = false;
        handlers.onConnection(false);
      }
    });
    this.hello();
  }

  /** True once the projector has answered (and has not said goodbye). */
  get connected(): boolean {
    return this.connectedNow;
  }

  /** Ask the projector for its state (on opening, and again when the user asks). */
  hello(): void {
    this.channel.post(stamp({ kind: 'hello' }));
  }

  send(command: Command): void {
    this.channel.post(stamp({ kind: 'command', command }));
  }

  close(): void {
    this.channel.post(stamp({ kind: 'goodbye', role: 'presenter' }));
    this.stop();
    this.channel.close();
  }
}

/**
 * An in-memory stand-in for BroadcastChannel: every channel opened on one bus
 * hears the others (never itself), asynchronously, with structured-clone-like
 * copies. Used by the tests, and usable wherever BroadcastChannel is missing.
 */
export class MemoryBus {
  private readonly listeners = new Set<{ owner: object; handler: (data: unknown) => void }>();

  open(): SyncChannel {
    const owner = {};
    let closed = false;
    return {
      post: (message) => {
        if (closed) return;
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        for (const l of [...this.listeners]) if (l.owner !== owner) queueMicrotask(() => this.listeners.has(l) && l.handler(copy));
      },
      listen: (handler) => {
        const entry = { owner, handler };
        this.listeners.add(entry);
        return () => this.listeners.delete(entry);
      },
      close: () => {
        closed = true;
        for (const l of [...this.listeners]) if (l.owner === owner) this.listeners.delete(l);
      },
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
