import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCharacter, idNumberProblem, makeIdNumber, maskIdNumber, normaliseIdNumber } from './id-number';

describe('GB 11643 ID numbers', () => {
  // The standard's own example: 11010519491231002X.
  it('accepts the standard example and its check character X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });
  it('normalises a lower-case x and spaces', () => {
    expect(normaliseIdNumber(' 110105 19491231002x ')).toBe('11010519491231002X');
  });
  // Titles name the case, never the number: test output must not hold ID numbers.
  it.each([
    ['a letter other than X at the end', '11010519491231002Y', 'format'],
    ['16 characters', '1101051949123100', 'format'],
    ['a leading zero', '01010519491231002X', 'format'],
    ['30 February', '110105194902300021', 'birth_date'],
    ['month 13', '110105194913310021', 'birth_date'],
    ['a wrong check digit', '110105194912310021', 'check_digit'],
  ])('refuses a number with %s', (_case, id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
  });
  it('masks the middle eight digits', () => {
    expect(maskIdNumber('44070319800506123X')).toBe('440703********123X');
  });
  it('changing any one digit breaks the check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = makeIdNumber('440703', '1980-05-06', 123);
        const digit = (parseInt(id[pos]!, 10) + delta) % 10;
        const changed = id.slice(0, pos) + String(digit) + id.slice(pos + 1);
        return idNumberProblem(changed) !== null;
      }),
    );
  });
});
