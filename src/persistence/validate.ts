/**
 * Small checks for reading untrusted records. Each names the field that is
 * wrong, so a damaged save says exactly what is damaged.
 */

/** Thrown by the checks below; `check` turns it into a result, so it never reaches callers. */
export class Invalid extends Error {}

/** Run a validation, turning an `Invalid` into a reason (any other error is a bug and is rethrown). */
export function check<T>(validate: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: validate() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A few words about a value, for messages ("the number 3", "a list", "nothing"). */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long piece of text' : `"${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

/** An error's message as the end of a sentence (no trailing full stop). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : describe(error);
  return text.trim().replace(/[.\s]+$/, '') || 'no reason given';
}

/** The kind of a value only, never its content ("a piece of text", "a list"). */
export function describeKind(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a piece of text';
  if (typeof value === 'boolean') return 'true or false';
  return `a ${typeof value}`;
}

export function expectObject(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${at} should be a record, not ${describe(value)}`);
  return value as Record<string, unknown>;
}

export function expectArray(value: unknown, at: string, maxLength: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${at} should be a list, not ${describe(value)}`);
  if (value.length > maxLength) throw new Invalid(`${at} has ${value.length} entries, more than the ${maxLength} a save can hold`);
  return value;
}

export function expectString(value: unknown, at: string, maxLength: number): string {
  if (typeof value !== 'string') throw new Invalid(`${at} should be text, not ${describe(value)}`);
  if (value.length > maxLength) throw new Invalid(`${at} is ${value.length} characters long, more than the ${maxLength} allowed`);
  return value;
}

export function expectOptionalString(value: unknown, at: string, maxLength: number): string | undefined {
  return value === undefined || value === null ? undefined : expectString(value, at, maxLength);
}

export function expectBoolean(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${at} should be true or false, not ${describe(value)}`);
  return value;
}

export function expectNumber(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${at} should be a number, not ${describe(value)}`);
  return value;
}

export function expectInteger(value: unknown, at: string, min: number, max: number): number {
  const n = expectNumber(value, at);
  if (!Number.isInteger(n) || n < min || n > max) throw new Invalid(`${at} should be a whole number from ${min} to ${max}, not ${n}`);
  return n;
}
