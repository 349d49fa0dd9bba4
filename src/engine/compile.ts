/**
 * Compile Ink source to the runtime's JSON, with errors a writer can act on.
 *
 * This is the only game module that imports inkjs's compiler (`inkjs/full`,
 * ~60 kB gzipped). The Vite plugin, the command-line tools and the tests use
 * it directly; the browser loads it lazily, only when a player opens a .ink
 * file, so players who never do never download it.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Story as RuntimeStory } from 'inkjs/full';
import type { ParsedObject } from 'inkjs/compiler/Parser/ParsedHierarchy/Object';
import type { Choice as ParsedChoice } from 'inkjs/compiler/Parser/ParsedHierarchy/Choice';
import type { Tag as ParsedTag } from 'inkjs/compiler/Parser/ParsedHierarchy/Tag';
import type { Text as ParsedText } from 'inkjs/compiler/Parser/ParsedHierarchy/Text';
import type { FlowBase } from 'inkjs/compiler/Parser/ParsedHierarchy/Flow/FlowBase';
import { SimpleJson } from 'inkjs/engine/SimpleJson';

/** One compiler message, located in a file and line. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  /** Path as the writer knows it, e.g. `stories/the-joke.ink`. */
  readonly file: string;
  /** 1-based line, or undefined when the compiler gave none. */
  readonly line: number | undefined;
  readonly message: string;
}

export interface CompileResult {
  /** The compiled story as JSON text, or undefined when there were errors. */
  readonly json: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The story's structure with source lines, when asked for (`{ outline: true }`) and it compiled. */
  readonly outline?: StoryOutline;
}

/** Extra work the command-line tools ask of the compiler; the game needs neither. */
export interface CompileOptions {
  /**
   * Count visits to every knot, stitch and weave point (inklecate's `-c`), so a
   * walk can tell which were reached. It changes nothing a player sees.
   */
  readonly countAllVisits?: boolean;
  /** Also describe the story's structure, with lines (see `StoryOutline`). */
  readonly outline?: boolean;
}

/** Where something is written. */
export interface SourceLocation {
  /** Path as the writer knows it, e.g. `stories/the-joke.ink`. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
}

/** A knot, stitch or function as written. */
export interface OutlineFlow {
  /** Ink's path: `knot` or `knot.stitch`. */
  readonly name: string;
  readonly kind: 'knot' | 'stitch' | 'function';
  readonly at: SourceLocation;
}

/** A tag as written (`# speaker: Dev`); dynamic parts (`{name}`) show as `…`. */
export interface OutlineTag {
  readonly text: string;
  /** Enclosing knot or stitch path; '' for the top of the story. */
  readonly flow: string;
  /** True inside a choice's brackets or before them: the choice carries it. */
  readonly onChoice: boolean;
  /** True when written after a choice's closing bracket: it lands on the line after choosing. */
  readonly afterChoiceBracket: boolean;
  readonly at: SourceLocation;
}

/** A choice as written. */
export interface OutlineChoice {
  /** The choice's runtime source path, as `ChoiceView.sourcePath` reports it. */
  readonly sourcePath: string;
  /** Enclosing knot or stitch path; '' for the top of the story. */
  readonly flow: string;
  /** The text a player sees, with dynamic parts shown as `…`. */
  readonly text: string;
  /** Tags the choice carries. */
  readonly tags: readonly string[];
  readonly at: SourceLocation;
}

/** One source line of story text (tags and choices left out), for locating output. */
export interface OutlineLine {
  readonly text: string;
  readonly flow: string;
  readonly at: SourceLocation;
}

/** The shape of a story as written, for the checker and the map. Plain, JSON-safe data. */
export interface StoryOutline {
  /** Knots, stitches and functions in source order. */
  readonly flows: readonly OutlineFlow[];
  readonly choices: readonly OutlineChoice[];
  readonly tags: readonly OutlineTag[];
  readonly lines: readonly OutlineLine[];
}

/** Reads INCLUDEd files; paths are relative to the main story's folder. */
export type IncludeReader = (relativePath: string) => string;

/** Format as `stories/x.ink:12: message`, the shape editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  const prefix = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}: ${prefix}${d.message}`;
}

const INK_MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/**
 * Turn one of the compiler's messages (`ERROR: 'inc/a.ink' line 3: …`) into a
 * Diagnostic. The compiler names INCLUDEd files relative to the main file, so
 * `folder` (the main file's folder as the writer sees it) is put in front.
 */
export function parseInkMessage(message: string, mainFile: string, folder: string): Diagnostic {
  const match = INK_MESSAGE.exec(message.trim());
  if (!match) return { severity: 'error', file: mainFile, line: undefined, message: message.trim() };
  const [, kind, file, line, text] = match;
  const severity = kind!.includes('ERROR') ? 'error' : kind === 'TODO' ? 'info' : 'warning';
  const named = file && file !== mainFileName(mainFile) ? joinPath(folder, file) : mainFile;
  return { severity, file: named, line: line ? Number(line) : undefined, message: (kind === 'TODO' ? 'TODO: ' : '') + text!.trim() };
}

function mainFileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function joinPath(folder: string, file: string): string {
  return folder === '' || folder === '.' ? file : `${folder.replace(/\/$/, '')}/${file}`;
}

/**
 * Compile `source`. `file` is the path shown in messages (e.g. `stories/x.ink`);
 * `readInclude` loads INCLUDEd files (omit it where there are none, e.g. a
 * single file dropped into the browser).
 */
export function compileInk(source: string, file: string, readInclude?: IncludeReader, compileOptions: CompileOptions = {}): CompileResult {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (message: string): void => {
    // The compiler reports some messages both to the handler and in its lists.
    if (seen.has(message)) return;
    seen.add(message);
    diagnostics.push(parseInkMessage(message, file, folder));
  };
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (!readInclude) throw new Error(`INCLUDE ${name}: included files cannot be loaded here; combine the story into one file`);
      try {
        return readInclude(name);
      } catch {
        throw new Error(`INCLUDE ${name}: file not found next to ${file}`);
      }
    },
  };
  const countAllVisits = compileOptions.countAllVisits ?? false;
  const options = new CompilerOptions(mainFileName(file), [], countAllVisits, (message: string) => report(message), fileHandler);
  const compiler = new Compiler(source.replace(/^\uFEFF/, ''), options);
  let json: string | undefined;
  let outline: StoryOutline | undefined;
  try {
    const story = compiler.Compile();
    json = toJsonKeepingFloats(story);
    if (compileOptions.outline) outline = outlineOf(compiler.parsedStory, (name) => sourceFile(name, file, folder));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== 'Compilation failed.') diagnostics.push({ severity: 'error', file, line: undefined, message });
  }
  for (const m of [...compiler.errors, ...compiler.warnings, ...compiler.authorMessages]) report(m);
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed && !diagnostics.some((d) => d.severity === 'error' && d.message)) {
    diagnostics.push({ severity: 'error', file, line: undefined, message: 'Compilation failed.' });
  }
  if (failed || outline === undefined) return { json: failed ? undefined : json, diagnostics };
  return { json, diagnostics, outline };
}

const WHOLE_FLOAT_MARK = '\u0001float:';

/**
 * Ink's JSON writer turns a whole float (`2.0`) into `2`, and the story read
 * back does integer arithmetic with it (`5 / 2.0` prints 2, not 2.5).
 * inklecate writes `2.0`; so do we, through `Story.ToJson`'s own writer hook.
 */
class FloatKeepingWriter extends SimpleJson.Writer {
  override WriteFloat(value: number | null): void {
    if (value !== null && Number.isSafeInteger(value)) {
      this.WriteStringStart();
      this.WriteStringInner(WHOLE_FLOAT_MARK + String(value));
      this.WriteStringEnd();
    } else super.WriteFloat(value);
  }
}

function toJsonKeepingFloats(story: RuntimeStory): string {
  const writer = new FloatKeepingWriter();
  story.ToJson(writer);
  // The mark is a control character, which JSON always escapes, so story text can never look like it.
  return writer.toString().replace(/"\\u0001float:(-?\d+)"/g, '$1.0');
}

/** The writer's path of a file named in the compiler's debug information. */
function sourceFile(name: string | null, mainFile: string, folder: string): string {
  if (!name || name === mainFileName(mainFile)) return mainFile;
  return joinPath(folder, name);
}

interface TagInProgress {
  parts: string[];
  line: number;
  file: string;
}

/** Walk the compiler's parsed story (in source order) and note its flows, choices, tags and lines. */
function outlineOf(parsedStory: ParsedObject, fileOf: (name: string | null) => string): StoryOutline {
  const flows: OutlineFlow[] = [];
  const choices: OutlineChoice[] = [];
  const tags: OutlineTag[] = [];
  const lineParts = new Map<string, { text: string; flow: string; at: SourceLocation }>();
  let tag: TagInProgress | undefined;

  const where = (o: ParsedObject): SourceLocation | undefined => {
    const dm = o.debugMetadata;
    return dm ? { file: fileOf(dm.fileName), line: dm.startLineNumber } : undefined;
  };

  /** Text of a choice's start and bracketed parts, and the tags inside them. */
  const choiceParts = (choice: ParsedChoice, flow: string): { text: string; tags: string[] } => {
    const text: string[] = [];
    const own: string[] = [];
    let open: string[] | undefined;
    const visit = (o: ParsedObject): void => {
      if (o.typeName === 'Tag' && typeof (o as ParsedTag).isStart === 'boolean') {
        if ((o as ParsedTag).isStart) open = [];
        else if (open) {
          own.push(open.join('').trim());
          open = undefined;
        }
        return;
      }
      if (o.typeName === 'Text') (open ?? text).push((o as ParsedText).text);
      else if (o.typeName === 'ContentList') o.content.forEach(visit);
      else (open ?? text).push('…');
    };
    for (const part of [choice.startContent, choice.choiceOnlyContent]) part?.content.forEach(visit);
    if (open) own.push(open.join('').trim());
    for (const t of own) tags.push({ text: t, flow, onChoice: true, afterChoiceBracket: false, at: where(choice)! });
    return { text: text.join('').replace(/\s+/g, ' ').trim(), tags: own };
  };

  const walk = (o: ParsedObject, flow: string, afterBracket: boolean): void => {
    const type = o.typeName;
    if (type === 'Knot' || type === 'Function' || type === 'Stitch') {
      const name = (o as FlowBase).name ?? '';
      const path = type === 'Stitch' && flow ? `${flow.split('.')[0]}.${name}` : name;
      const at = where(o);
      if (at) flows.push({ name: path, kind: type === 'Stitch' ? 'stitch' : type === 'Function' ? 'function' : 'knot', at });
      o.content.forEach((c) => walk(c, path, false));
      return;
    }
    if (type === 'Choice') {
      const choice = o as ParsedChoice;
      const { text, tags: own } = choiceParts(choice, flow);
      const at = where(o);
      if (at) choices.push({ sourcePath: choice.runtimeChoice.path.componentsString, flow, text, tags: own, at });
      choice.innerContent?.content.forEach((c) => walk(c, flow, true));
      return;
    }
    if (type === 'Tag' && typeof (o as ParsedTag).isStart === 'boolean') {
      const at = where(o);
      if ((o as ParsedTag).isStart) tag = { parts: [], line: at?.line ?? 0, file: at?.file ?? '' };
      else if (tag) {
        tags.push({ text: tag.parts.join('').trim(), flow, onChoice: false, afterChoiceBracket: afterBracket, at: { file: tag.file, line: tag.line } });
        tag = undefined;
      }
      return;
    }
    if (type === 'Text') {
      const text = (o as ParsedText).text;
      if (tag) tag.parts.push(text);
      else if (text.trim()) {
        const at = where(o);
        if (at) {
          const key = `${at.file}:${at.line}`;
          const known = lineParts.get(key);
          lineParts.set(key, { text: (known?.text ?? '') + text, flow, at });
        }
      }
      return;
    }
    if (tag && type !== 'ContentList') {
      tag.parts.push('…');
      return;
    }
    o.content.forEach((c) => walk(c, flow, afterBracket));
  };

  walk(parsedStory, '', false);
  const lines = [...lineParts.values()].map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
  return { flows, choices, tags, lines };
}
