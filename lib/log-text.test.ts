import { describe, expect, it } from 'vitest';
import { safeLogText } from './log-text';

describe('safeLogText', () => {
  it('writes line breaks and escape sequences as \\u escapes, so no forged line can start', () => {
    const forged = 'x\n[auth] sign_in.succeeded id=1\r\u001b[31m\u2028\u202e';
    const safe = safeLogText(forged);
    expect([...safe].some((c) => c.charCodeAt(0) < 0x20 || c === '\u2028' || c === '\u202e')).toBe(false);
    expect(safe).toBe('x\\u000a[auth] sign_in.succeeded id=1\\u000d\\u001b[31m\\u2028\\u202e');
  });
  it('keeps at most the limit and says how long the text was', () => {
    const long = 'a'.repeat(200_000);
    const safe = safeLogText(long, 100);
    expect(safe.length).toBeLessThan(130);
    expect(safe).toContain('(200000 chars)');
  });
  it('names errors by their name only', () => {
    expect(safeLogText(new TypeError('secret 440703197904160228'))).toBe('TypeError');
  });
});
