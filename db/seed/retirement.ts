/**
 * The birth date that puts a man about `monthsAhead` months from his statutory retirement date
 * on `today`, found by asking the policy library's national retirement rule for candidate
 * birth months (the delayed ages of the 2024 NPC Standing Committee decision make the answer
 * depend on the birth month, so it is searched for, not computed backwards).
 */
import { addMonths, daysBetween, firstDayOfIndex, monthIndex } from '../../lib/policy/core';
import { retirement } from '../../lib/policy/national/retirement';

export function nearRetirementBirthDate(today: string, monthsAhead: number): { birthDate: string; retiresOn: string } {
  const target = addMonths(today, monthsAhead);
  let best: { birthDate: string; retiresOn: string; distance: number } | undefined;
  for (let age = 55 * 12; age <= 66 * 12; age += 1) {
    const birthDate = `${firstDayOfIndex(monthIndex(today) - age).slice(0, 8)}14`;
    const retiresOn = retirement({ birthDate, group: 'male' }).retirementDate;
    const distance = Math.abs(daysBetween(retiresOn, target));
    if (best === undefined || distance < best.distance) best = { birthDate, retiresOn, distance };
  }
  return { birthDate: best!.birthDate, retiresOn: best!.retiresOn };
}
