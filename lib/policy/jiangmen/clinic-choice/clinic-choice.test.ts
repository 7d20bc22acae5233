import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromEpochDay, epochDay } from '../../core';
import { REGIONS, type Region } from '../insured-person';
import {
  choiceTiming,
  choiceWindow,
  decideChoice,
  inForceOn,
  institutionRefusal,
  windowIcs,
  type ChoiceInstitution,
  type ChoicePerson,
  type ChoiceState,
} from './index';

const inst = (over: Partial<ChoiceInstitution> = {}): ChoiceInstitution => ({
  id: 'JM-440703-007',
  name: '蓬江区环市街道社区卫生服务中心',
  region: 'jiangmen',
  level: 'level1',
  primaryCare: true,
  designated: true,
  designatedUntil: null,
  specialistRoles: [],
  ...over,
});
const hospital = inst({ id: 'JM-440703-005', name: '江门市第三人民医院', level: 'level2', primaryCare: false });
const syClinic = inst({ id: 'SY-430502-001', name: '双清区东风路社区卫生服务中心', region: 'shaoyang' });
const resident: ChoicePerson = { region: 'jiangmen', identity: 'resident', tiers: 'tier1', birthDate: '1979-04-16' };
const employee: ChoicePerson = { region: 'jiangmen', identity: 'employee', tiers: 'tier1_tier2', birthDate: '1996-07-23' };
const syResident: ChoicePerson = { region: 'shaoyang', identity: 'resident', tiers: 'tier1', birthDate: '1970-06-18' };
const holding: ChoiceState = { current: { institutionId: 'JM-440703-008', name: '白沙街道社区卫生服务中心', designatedToday: true }, nextYear: null };

describe('the yearly window (RULES §8)', () => {
  for (const region of REGIONS) {
    it(`${region}: closed on 30 Sep, open on 1 Oct, open on 31 Dec, closed on 1 Jan`, () => {
      expect(choiceWindow(region, '2026-09-30')).toMatchObject({ open: false, daysUntilOpen: 1, opensOn: '2026-10-01', forYear: 2027 });
      expect(choiceWindow(region, '2026-10-01')).toMatchObject({ open: true, daysLeft: 92, forYear: 2027, effectiveFrom: '2027-01-01' });
      expect(choiceWindow(region, '2026-12-31')).toMatchObject({ open: true, daysLeft: 1, forYear: 2027 });
      expect(choiceWindow(region, '2027-01-01')).toMatchObject({ open: false, opensOn: '2027-10-01', forYear: 2028 });
    });

    it(`${region}: a change is refused on 30 Sep and 1 Jan, allowed on 1 Oct and 31 Dec for next year from 1 January`, () => {
      const person = region === 'jiangmen' ? resident : syResident;
      const target = region === 'jiangmen' ? inst() : syClinic;
      const state: ChoiceState = { current: { ...holding.current!, institutionId: region === 'jiangmen' ? 'JM-440703-008' : 'SY-430502-002' }, nextYear: null };
      const cite = region === 'jiangmen' ? 'JM-UR 二(四)1(3)' : 'SY-OP 四(三)1';
      for (const day of ['2026-09-30', '2027-01-01']) {
        const d = decideChoice({ person, kind: 'primary', institution: target, state, today: day });
        expect(d).toMatchObject({ ok: false, code: 'outside_window', citation: cite });
      }
      for (const day of ['2026-10-01', '2026-12-31']) {
        const d = decideChoice({ person, kind: 'primary', institution: target, state, today: day });
        expect(d).toMatchObject({
          ok: true,
          year: 2027,
          effectiveFrom: '2027-01-01',
          reason: 'annual_change',
          previousInstitutionId: state.current!.institutionId,
        });
      }
    });

    it(`${region}: a first choice and a choice after a lost designation are in force at once, either side of the window`, () => {
      const person = region === 'jiangmen' ? resident : syResident;
      const target = region === 'jiangmen' ? inst() : syClinic;
      for (const day of ['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01']) {
        expect(decideChoice({ person, kind: 'primary', institution: target, state: { current: null, nextYear: null }, today: day })).toMatchObject({
          ok: true,
          year: parseInt(day.slice(0, 4), 10),
          effectiveFrom: day,
          reason: 'first_choice',
        });
        const lost: ChoiceState = { current: { institutionId: 'X', name: '旧机构', designatedToday: false }, nextYear: null };
        expect(decideChoice({ person, kind: 'primary', institution: target, state: lost, today: day })).toMatchObject({
          ok: true,
          effectiveFrom: day,
          reason: 'designation_lost',
          previousInstitutionId: 'X',
        });
      }
    });
  }
});

describe('who may choose what (RULES §8)', () => {
  it('a level-2 hospital is not a primary clinic; it is a tier-2 other institution', () => {
    expect(institutionRefusal(resident, 'primary', hospital, '2026-11-01')).toMatchObject({ code: 'primary_not_primary_care', citation: 'JM-UR 二(四)1(3)' });
    expect(institutionRefusal(resident, 'primary', hospital, '2026-11-01')!.text.zh).toContain('二级');
    expect(institutionRefusal(employee, 'other', hospital, '2026-11-01')).toBeNull();
  });
  it('a primary-care clinic is not the other institution; tier 1 has none', () => {
    expect(institutionRefusal(employee, 'other', inst(), '2026-11-01')).toMatchObject({ code: 'other_is_primary_care', citation: 'JM-UR 二(四)2(3)' });
    expect(institutionRefusal(resident, 'other', hospital, '2026-11-01')).toMatchObject({ code: 'other_needs_tier2' });
  });
  it('a level-1 hospital that is not primary care can be the other institution, not the primary clinic', () => {
    const l1 = inst({ primaryCare: false, name: '某一级医院' });
    expect(institutionRefusal(employee, 'other', l1, '2026-11-01')).toBeNull();
    expect(institutionRefusal(employee, 'primary', l1, '2026-11-01')).toMatchObject({ code: 'primary_not_primary_care' });
  });
  it('a Jiangmen resident cannot choose in Shaoyang, nor a Shaoyang resident in Jiangmen', () => {
    expect(institutionRefusal(resident, 'primary', syClinic, '2026-11-01')).toMatchObject({ code: 'other_region', citation: 'JM-UR 二(四)1(3)' });
    expect(institutionRefusal(resident, 'primary', syClinic, '2026-11-01')!.text.en).toContain('Shaoyang');
    expect(institutionRefusal(syResident, 'primary', inst(), '2026-11-01')).toMatchObject({ code: 'other_region', citation: 'SY-OP 四(三)1' });
  });
  it('Shaoyang: only primary institutions, no other institution', () => {
    expect(institutionRefusal(syResident, 'primary', syClinic, '2026-11-01')).toBeNull();
    expect(institutionRefusal(syResident, 'primary', { ...syClinic, primaryCare: false }, '2026-11-01')).toMatchObject({ code: 'shaoyang_not_primary' });
    expect(institutionRefusal(syResident, 'other', { ...syClinic, primaryCare: false }, '2026-11-01')).toMatchObject({
      code: 'other_needs_tier2',
      citation: 'SY-OP 四(三)1',
    });
  });
  it('a children’s institution is a primary clinic for a resident-identity child only', () => {
    const mch = inst({ name: '江门市妇幼保健院', level: 'level3', primaryCare: false, specialistRoles: ['children'] });
    expect(institutionRefusal({ ...resident, birthDate: '2025-09-01' }, 'primary', mch, '2026-11-01')).toBeNull();
    expect(institutionRefusal(resident, 'primary', mch, '2026-11-01')).toMatchObject({ code: 'primary_not_primary_care' });
  });
  it('an institution whose designation ended cannot be chosen from the next day', () => {
    const ending = inst({ designatedUntil: '2026-11-01' });
    expect(institutionRefusal(resident, 'primary', ending, '2026-11-01')).toBeNull();
    expect(institutionRefusal(resident, 'primary', ending, '2026-11-02')).toMatchObject({ code: 'not_designated' });
    expect(institutionRefusal(resident, 'primary', inst({ designated: false }), '2026-11-01')).toMatchObject({ code: 'not_designated' });
  });
  it('next year’s choice is made once; choosing the current one again changes nothing', () => {
    const made: ChoiceState = { ...holding, nextYear: { institutionId: 'JM-440703-007', name: '环市' } };
    expect(decideChoice({ person: resident, kind: 'primary', institution: inst(), state: made, today: '2026-11-01' })).toMatchObject({
      code: 'already_chosen',
    });
    const same = inst({ id: 'JM-440703-008' });
    expect(decideChoice({ person: resident, kind: 'primary', institution: same, state: holding, today: '2026-11-01' })).toMatchObject({
      code: 'same_as_current',
    });
  });
});

describe('carry-over and the calendar file', () => {
  it('the last choice carries over into years without a row', () => {
    const rows = [
      { year: 2024, kind: 'primary' as const, effectiveFrom: '2024-03-02', institutionId: 'A' },
      { year: 2026, kind: 'primary' as const, effectiveFrom: '2026-07-01', institutionId: 'B' },
      { year: 2027, kind: 'primary' as const, effectiveFrom: '2027-01-01', institutionId: 'C' },
    ];
    expect(inForceOn(rows, 'primary', '2024-03-01')).toBeNull();
    expect(inForceOn(rows, 'primary', '2025-12-31')?.institutionId).toBe('A');
    expect(inForceOn(rows, 'primary', '2026-06-30')?.institutionId).toBe('A');
    expect(inForceOn(rows, 'primary', '2026-12-31')?.institutionId).toBe('B');
    expect(inForceOn(rows, 'primary', '2027-01-01')?.institutionId).toBe('C');
    expect(inForceOn(rows, 'other', '2027-01-01')).toBeNull();
  });
  it('the .ics file is an all-day event on the opening day', () => {
    const ics = windowIcs(choiceWindow('jiangmen', '2026-05-01'), 'x@yibaotong', '20260501T000000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261001\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261002\r\n');
  });
});

describe('properties', () => {
  const day = fc.integer({ min: epochDay('2020-01-01'), max: epochDay('2035-12-31') }).map(fromEpochDay);
  const region = fc.constantFrom<Region>(...REGIONS);
  it('the window is open exactly from 1 Oct to 31 Dec, and days left count down to 1', () => {
    fc.assert(
      fc.property(region, day, (r, d) => {
        const w = choiceWindow(r, d);
        const md = d.slice(5);
        expect(w.open).toBe(md >= '10-01');
        if (w.open) expect(choiceWindow(r, addDays(d, 1)).daysLeft).toBe(md === '12-31' ? null : w.daysLeft! - 1);
      }),
    );
  });
  it('an allowed change is never in force before today and is always for this year or next', () => {
    fc.assert(
      fc.property(region, day, fc.boolean(), fc.boolean(), fc.boolean(), (r, d, hasCurrent, designated, hasNext) => {
        const person = r === 'jiangmen' ? resident : syResident;
        const target = r === 'jiangmen' ? inst() : syClinic;
        const state: ChoiceState = {
          current: hasCurrent ? { institutionId: 'OLD', name: '旧', designatedToday: designated } : null,
          nextYear: hasNext ? { institutionId: 'NEXT', name: '新' } : null,
        };
        const out = decideChoice({ person, kind: 'primary', institution: target, state, today: d });
        const year = parseInt(d.slice(0, 4), 10);
        if (out.ok) {
          expect(out.effectiveFrom >= d).toBe(true);
          expect([year, year + 1]).toContain(out.year);
          if (out.year === year + 1) expect(choiceWindow(r, d).open && !hasNext).toBe(true);
        } else {
          expect(out.text.zh.length).toBeGreaterThan(0);
          expect(out.citation).toMatch(r === 'jiangmen' ? /^JM-UR/ : /^SY-OP/);
        }
        // Timing alone never depends on the institution.
        expect(choiceTiming(r, state, d).ok || !out.ok).toBe(true);
      }),
    );
  });
});

describe('citations', () => {
  it('every clinic-choice message cites a clause of a known document', async () => {
    const { allMessages } = await import('../../core');
    const { parseCitation } = await import('../../core/documents');
    const mine = allMessages().filter((msg) => msg.key.startsWith('clinic_choice.'));
    expect(mine.length).toBeGreaterThan(10);
    for (const msg of mine) expect(parseCitation(msg.citation).document, msg.key).not.toBeNull();
  });
});
