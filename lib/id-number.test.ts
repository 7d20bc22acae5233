import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCharacter, idNumberProblem, makeIdNumber, MASKED_ID_NUMBER, maskIdNumber, normaliseIdNumber } from './id-number';

describe('GB 11643 ID numbers', () => {
  // The standard's own example: 11010519491231002X.
  it('accepts the standard example and its check character X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });
  it('normalises a lower-case x and spaces', () => {
    expect(normaliseIdNumber(' 110105 19491231002x ')).toBe('11010519491231002X');
  });
  it('reads full-width digits and X and ideographic spaces as a Chinese input method types them', () => {
    expect(normaliseIdNumber('１１０１０５\u3000１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('１１０１０５ 19491231002ｘ')).toBe('11010519491231002X');
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
  it('keeps only the first 2 and the last character', () => {
    expect(maskIdNumber('44070319800506123X')).toBe('44***************X');
    expect(MASKED_ID_NUMBER.test(maskIdNumber('44070319800506123X'))).toBe(true);
    expect(MASKED_ID_NUMBER.test('440703********123X')).toBe(false);
  });
  it('the mask with the birth date, district and sex the database also holds leaves dozens of numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('440703', '440781', '430502'),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (district, birth, sequence) => {
          const birthDate = birth.toISOString().slice(0, 10);
          const id = makeIdNumber(district, birthDate, sequence);
          const mask = maskIdNumber(id);
          // Everything an attacker with the database row knows: district, birth date, sex (parity of the sequence), the mask.
          let candidates = 0;
          for (let s = sequence % 2; s < 1000; s += 2) {
            const c = makeIdNumber(district, birthDate, s);
            if (maskIdNumber(c) === mask) candidates += 1;
          }
          return candidates >= 30;
        },
      ),
      { numRuns: 50 },
    );
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
