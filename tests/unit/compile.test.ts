import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic, parseInkMessage } from '../../src/engine/compile.ts';

describe('compileInk', () => {
  it('compiles a story to JSON', () => {
    const result = compileInk('Hello.\n-> END\n', 'stories/hello.ink');
    expect(result.json).toContain('Hello.');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports errors as file:line: message', () => {
    const result = compileInk('Line one\n-> nowhere\n', 'stories/broken.ink');
    expect(result.json).toBeUndefined();
    const lines = result.diagnostics.map(formatDiagnostic);
    expect(lines.some((l) => /^stories\/broken\.ink:2: .*nowhere/.test(l))).toBe(true);
  });

  it('names INCLUDEd files relative to the stories folder', () => {
    const files: Record<string, string> = { 'parts/a.ink': 'Included.\n~ x = \n' };
    const result = compileInk('INCLUDE parts/a.ink\nMain.\n-> END\n', 'stories/main.ink', (name) => files[name]!);
    expect(result.diagnostics.map(formatDiagnostic).some((l) => l.startsWith('stories/parts/a.ink:2: '))).toBe(true);
  });

  it('says clearly when an INCLUDEd file is missing', () => {
    const result = compileInk('INCLUDE parts/missing.ink\n-> END\n', 'stories/main.ink', () => {
      throw new Error('ENOENT');
    });
    expect(result.json).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/parts\/missing\.ink/);
  });

  it('parses the compiler message shapes', () => {
    expect(parseInkMessage("WARNING: 'main.ink' line 4: Apparent loose end", 'stories/main.ink', 'stories')).toEqual({
      severity: 'warning',
      file: 'stories/main.ink',
      line: 4,
      message: 'Apparent loose end',
    });
  });
});
