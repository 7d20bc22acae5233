/**
 * The districts 区县 the directory and the household register name (GB/T 2260 codes), with their
 * region: Jiangmen's seven and the Shaoyang districts of RULES §9 that the demo directory covers.
 * One source for their names: the seed, the directory search and every page read them here.
 */
import type { Bilingual } from '../core/text';
import type { Region } from './insured-person';

export const DISTRICTS = {
  '440703': { region: 'jiangmen', zh: '蓬江区', en: 'Pengjiang' },
  '440704': { region: 'jiangmen', zh: '江海区', en: 'Jianghai' },
  '440705': { region: 'jiangmen', zh: '新会区', en: 'Xinhui' },
  '440781': { region: 'jiangmen', zh: '台山市', en: 'Taishan' },
  '440783': { region: 'jiangmen', zh: '开平市', en: 'Kaiping' },
  '440784': { region: 'jiangmen', zh: '鹤山市', en: 'Heshan' },
  '440785': { region: 'jiangmen', zh: '恩平市', en: 'Enping' },
  '430502': { region: 'shaoyang', zh: '双清区', en: 'Shuangqing' },
  '430503': { region: 'shaoyang', zh: '大祥区', en: 'Daxiang' },
  '430511': { region: 'shaoyang', zh: '北塔区', en: 'Beita' },
  '430522': { region: 'shaoyang', zh: '新邵县', en: 'Xinshao' },
  '430582': { region: 'shaoyang', zh: '邵东市', en: 'Shaodong' },
} as const satisfies Record<string, Bilingual & { region: Region }>;

export type DistrictCode = keyof typeof DISTRICTS;

export function isDistrictCode(code: string): code is DistrictCode {
  return Object.hasOwn(DISTRICTS, code);
}

/** The district codes of a region, in the catalogue's order. */
export function districtsOf(region: Region): DistrictCode[] {
  return (Object.keys(DISTRICTS) as DistrictCode[]).filter((code) => DISTRICTS[code].region === region);
}

/** A district's name; an unknown code is shown as it is. */
export function districtLabel(code: string): Bilingual {
  return isDistrictCode(code) ? { zh: DISTRICTS[code].zh, en: DISTRICTS[code].en } : { zh: code, en: code };
}
