import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTORY_QUERY_MAX, directorySearch, parseDirectoryQuery } from './institutions';

describe('directory query', () => {
  it('keeps what it understands and drops the rest', () => {
    expect(parseDirectoryQuery({ q: '  卫生  院 ', district: '440703', level: 'level1', primaryCare: 'yes', community: 'MC-440781-01', page: '3' })).toEqual({
      q: '卫生 院',
      district: '440703',
      level: 'level1',
      primaryCare: 'yes',
      community: 'MC-440781-01',
      page: 3,
    });
    expect(parseDirectoryQuery({ q: '', district: '999999', level: 'level9', primaryCare: 'maybe', community: "x' or 1=1", page: '-2' })).toEqual({
      q: undefined,
      district: undefined,
      level: undefined,
      primaryCare: undefined,
      community: undefined,
      page: 1,
    });
  });

  it('turns full-width input into plain characters and refuses over-long text', () => {
    expect(parseDirectoryQuery(new URLSearchParams('q=%EF%BC%A1%EF%BC%A2&page=2')).q).toBe('AB');
    expect(parseDirectoryQuery({ q: '医'.repeat(DIRECTORY_QUERY_MAX + 1) }).q).toBeUndefined();
  });

  it('a search string reads back as the same filters', () => {
    const query = fc.record(
      {
        q: fc.string({ minLength: 1, maxLength: 10 }).map((s) => s.replace(/\s+/g, 'x')),
        district: fc.constantFrom('440703', '440781', '430502'),
        level: fc.constantFrom('level1', 'level2', 'level3', 'unrated'),
        primaryCare: fc.constantFrom('yes', 'no'),
        page: fc.integer({ min: 1, max: 50 }),
      },
      { requiredKeys: ['page'] },
    );
    fc.assert(
      fc.property(query, (q) => {
        const parsed = parseDirectoryQuery(new URLSearchParams(directorySearch(q).slice(1)));
        const q2 = { ...q, ...(q.q !== undefined ? { q: q.q.normalize('NFKC').trim() || undefined } : {}) };
        for (const [k, v] of Object.entries(q2)) expect(parsed[k as keyof typeof parsed]).toEqual(v);
      }),
    );
  });
});
