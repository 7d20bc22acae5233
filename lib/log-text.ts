/**
 * Text from a request, made safe for a log line: control characters (line breaks, escape
 * sequences, bidirectional overrides) written as `\uXXXX`, and at most `max` characters, so a
 * client can neither start a forged line nor flood the log. Every log line that carries anything
 * a request brought goes through this.
 */
// Control characters are exactly what this looks for.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeLogText(value: unknown, max = 200): string {
  const text = typeof value === 'string' ? value : value instanceof Error ? value.name : String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text with the same characters removed (stored text such as a User-Agent), trimmed and cut to `max`. */
export function withoutControlCharacters(value: string, max: number): string {
  return value.replace(UNSAFE, '').trim().slice(0, max);
}
