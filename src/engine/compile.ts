/**
 * Compile Ink source to the runtime's JSON, with errors a writer can act on.
 *
 * This is the only game module that imports inkjs's compiler (`inkjs/full`,
 * ~60 kB gzipped). The Vite plugin, the command-line tools and the tests use
 * it directly; the browser loads it lazily, only when a player opens a .ink
 * file, so players who never do never download it.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';

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
export function compileInk(source: string, file: string, readInclude?: IncludeReader): CompileResult {
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
  const options = new CompilerOptions(mainFileName(file), [], false, (message: string) => report(message), fileHandler);
  const compiler = new Compiler(source.replace(/^\uFEFF/, ''), options);
  let json: string | undefined;
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== 'Compilation failed.') diagnostics.push({ severity: 'error', file, line: undefined, message });
  }
  for (const m of [...compiler.errors, ...compiler.warnings, ...compiler.authorMessages]) report(m);
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed && !diagnostics.some((d) => d.severity === 'error' && d.message)) {
    diagnostics.push({ severity: 'error', file, line: undefined, message: 'Compilation failed.' });
  }
  return { json: failed ? undefined : json, diagnostics };
}
