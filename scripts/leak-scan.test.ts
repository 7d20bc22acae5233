import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../lib/id-number';
import { findIdNumbers, withoutSignInEcho } from './leak-scan';

const id = makeIdNumber('440703', '1979-04-16', 22);

describe('leak scan', () => {
  it('leaves out only the sign-in form filled in again with what was typed', () => {
    const html = `<input id="idNumber" name="idNumber" type="text" value="${id}"/><p>${id}</p>`;
    const rsc = `[\\"$\\",\\"input\\",null,{\\"id\\":\\"idNumber\\",\\"name\\":\\"idNumber\\",\\"type\\":\\"text\\",\\"defaultValue\\":\\"${id}\\"}] other ${id}`;
    expect(findIdNumbers(withoutSignInEcho(html))).toEqual([id]);
    expect(withoutSignInEcho(html)).toContain('value=""');
    expect(findIdNumbers(withoutSignInEcho(rsc))).toEqual([id]);
    expect(withoutSignInEcho(rsc)).toContain('defaultValue\\":\\"\\"');
    expect(findIdNumbers(withoutSignInEcho(`<input name="other" value="${id}">`))).toEqual([id]);
  });
  it('finds the numbers a test injected even when their check digit is wrong', () => {
    const forged = '44078319800101555X';
    expect(findIdNumbers(`log ${forged} line`)).toEqual([]);
    expect(findIdNumbers(`log ${forged} line`, [forged])).toEqual([forged]);
  });
});
