/**
 * The demo directory of designated institutions 定点医疗机构: Jiangmen's seven districts at
 * every level, two tight county medical communities 紧密型县域医共体 (GD-MC), the specialist
 * institutions RULES §8 and §10 name, one institution that has lost its designation, and ten
 * institutions in Shaoyang (RULES §9). Names are realistic but this is demo data (`is_demo`),
 * not the official directory; levels and roles are chosen to show every case, not copied
 * from the real institutions of those names.
 *
 * Ids are stable text: `JM-<district>-NNN`, `SY-<district>-NNN`, communities `MC-<district>-NN`.
 */
import { addMonths, daysInMonth, parts, isoDate } from '../../lib/policy/core';
import { DISTRICTS, districtsOf, type DistrictCode } from '../../lib/policy/jiangmen/districts';
import type { institutions, medicalCommunities } from '../schema';

export type InstitutionRow = typeof institutions.$inferInsert;
export type MedicalCommunityRow = typeof medicalCommunities.$inferInsert;

/** GB/T 2260 codes of the districts the demo covers (names: lib/policy/jiangmen/districts.ts). */
export const JIANGMEN_DISTRICTS = Object.fromEntries(districtsOf('jiangmen').map((code) => [code, DISTRICTS[code].zh])) as {
  readonly [K in DistrictCode as (typeof DISTRICTS)[K]['region'] extends 'jiangmen' ? K : never]: (typeof DISTRICTS)[K]['zh'];
};
export const SHAOYANG_DISTRICTS = Object.fromEntries(districtsOf('shaoyang').map((code) => [code, DISTRICTS[code].zh])) as {
  readonly [K in DistrictCode as (typeof DISTRICTS)[K]['region'] extends 'shaoyang' ? K : never]: (typeof DISTRICTS)[K]['zh'];
};

type Level = InstitutionRow['level'];
type Role = 'tuberculosis' | 'psychiatric' | 'hepatitis_c_peg_ifn' | 'children';

/** One directory line: town, name, level, primary care 基层, specialist roles, medical community. */
type Line = [town: string, name: string, level: Level, primaryCare: boolean, roles?: Role[], community?: string];

export const MEDICAL_COMMUNITIES: readonly MedicalCommunityRow[] = [
  { id: 'MC-440781-01', name: '台山市人民医院紧密型县域医共体', region: 'jiangmen', district: '440781', isDemo: true },
  { id: 'MC-440783-01', name: '开平市中心医院紧密型县域医共体', region: 'jiangmen', district: '440783', isDemo: true },
];

const TS = 'MC-440781-01';
const KP = 'MC-440783-01';

const JIANGMEN: Record<keyof typeof JIANGMEN_DISTRICTS, Line[]> = {
  '440703': [
    ['北街街道', '江门市中心医院', 'level3', false, ['hepatitis_c_peg_ifn']],
    ['环市街道', '江门市五邑中医院', 'level3', false, ['hepatitis_c_peg_ifn']],
    ['白沙街道', '江门市人民医院', 'level3', false, ['hepatitis_c_peg_ifn']],
    ['环市街道', '江门市妇幼保健院', 'level3', false, ['children']],
    ['潮连街道', '江门市第三人民医院', 'level2', false, ['psychiatric']],
    ['白沙街道', '江门市慢性病防治中心', 'level2', false, ['tuberculosis']],
    ['环市街道', '蓬江区环市街道社区卫生服务中心', 'level1', true],
    ['白沙街道', '蓬江区白沙街道社区卫生服务中心', 'level1', true],
    ['荷塘镇', '蓬江区荷塘镇卫生院', 'level1', true],
    ['杜阮镇', '蓬江区杜阮镇卫生院', 'level1', true],
    // 011 loses its designation (see `designationLostOn`).
    ['潮连街道', '蓬江区潮连街道富冈社区卫生服务站', 'unrated', true],
    ['棠下镇', '江门蓬江仁和医院', 'level1', false],
    ['荷塘镇', '蓬江区荷塘镇篁湾村卫生站', 'unrated', true],
  ],
  '440704': [
    ['江南街道', '江门市江海区人民医院', 'level2', false],
    ['外海街道', '江门市江海区中医院', 'level2', false],
    ['外海街道', '江海区外海街道社区卫生服务中心', 'level1', true],
    ['礼乐街道', '江海区礼乐街道社区卫生服务中心', 'level1', true],
    ['江南街道', '江海区江南街道社区卫生服务中心', 'level1', true],
    ['礼乐街道', '江门江海康和医院', 'level1', false],
    ['礼乐街道', '江海区礼乐街道威东社区卫生服务站', 'unrated', true],
    ['江南街道', '江门江海同济门诊部', 'unrated', false],
  ],
  '440705': [
    ['会城街道', '江门市新会区人民医院', 'level3', false],
    ['会城街道', '江门市新会区中医院', 'level2', false],
    ['会城街道', '江门市新会区妇幼保健院', 'level2', false],
    ['会城街道', '新会区会城街道社区卫生服务中心', 'level1', true],
    ['大泽镇', '新会区大泽镇卫生院', 'level1', true],
    ['司前镇', '新会区司前镇卫生院', 'level1', true],
    ['双水镇', '新会区双水镇卫生院', 'level1', true],
    ['崖门镇', '新会区崖门镇卫生院', 'level1', true],
    ['双水镇', '新会区双水镇桥美村卫生站', 'unrated', true],
    ['会城街道', '江门市新会区慢性病防治站', 'unrated', false, ['tuberculosis']],
    ['会城街道', '江门新会博爱医院', 'level1', false],
  ],
  '440781': [
    ['台城街道', '台山市人民医院', 'level2', false, [], TS],
    ['台城街道', '台山市中医院', 'level2', false, [], TS],
    ['台城街道', '台山市台城街道社区卫生服务中心', 'level1', true, [], TS],
    ['大江镇', '台山市大江镇卫生院', 'level1', true, [], TS],
    ['水步镇', '台山市水步镇卫生院', 'level1', true, [], TS],
    ['四九镇', '台山市四九镇卫生院', 'level1', true, [], TS],
    ['广海镇', '台山市广海镇卫生院', 'level1', true, [], TS],
    ['端芬镇', '台山市端芬镇卫生院', 'level1', true, [], TS],
    ['斗山镇', '台山市斗山镇浮石村卫生站', 'unrated', true, [], TS],
    ['台城街道', '台山市慢性病防治站', 'unrated', false, ['tuberculosis']],
    ['台城街道', '台山市第二人民医院', 'level1', false, ['psychiatric']],
  ],
  '440783': [
    ['长沙街道', '开平市中心医院', 'level3', false, ['hepatitis_c_peg_ifn'], KP],
    ['三埠街道', '开平市中医院', 'level2', false, [], KP],
    ['水口镇', '开平市第三人民医院', 'level2', false, ['psychiatric']],
    ['三埠街道', '开平市三埠街道社区卫生服务中心', 'level1', true, [], KP],
    ['长沙街道', '开平市长沙街道社区卫生服务中心', 'level1', true, [], KP],
    ['赤坎镇', '开平市赤坎镇卫生院', 'level1', true, [], KP],
    ['塘口镇', '开平市塘口镇卫生院', 'level1', true, [], KP],
    ['水口镇', '开平市水口镇卫生院', 'level1', true, [], KP],
    ['月山镇', '开平市月山镇卫生院', 'level1', true, [], KP],
    ['赤坎镇', '开平市赤坎镇三门里村卫生站', 'unrated', true, [], KP],
  ],
  '440784': [
    ['沙坪街道', '鹤山市人民医院', 'level2', false],
    ['沙坪街道', '鹤山市中医院', 'level2', false],
    ['沙坪街道', '鹤山市妇幼保健院', 'level1', false],
    ['沙坪街道', '鹤山市沙坪街道社区卫生服务中心', 'level1', true],
    ['古劳镇', '鹤山市古劳镇卫生院', 'level1', true],
    ['共和镇', '鹤山市共和镇卫生院', 'level1', true],
    ['址山镇', '鹤山市址山镇卫生院', 'level1', true],
    ['雅瑶镇', '鹤山市雅瑶镇卫生院', 'level1', true],
    ['古劳镇', '鹤山市古劳镇茶山村卫生站', 'unrated', true],
    ['沙坪街道', '鹤山市慢性病防治站', 'unrated', false, ['tuberculosis']],
  ],
  '440785': [
    ['恩城街道', '恩平市人民医院', 'level2', false, ['hepatitis_c_peg_ifn']],
    ['恩城街道', '恩平市中医院', 'level2', false],
    ['恩城街道', '恩平市恩城街道社区卫生服务中心', 'level1', true],
    ['横陂镇', '恩平市横陂镇卫生院', 'level1', true],
    ['圣堂镇', '恩平市圣堂镇卫生院', 'level1', true],
    ['大田镇', '恩平市大田镇卫生院', 'level1', true],
    ['良西镇', '恩平市良西镇卫生院', 'level1', true],
    ['君堂镇', '恩平市君堂镇卫生院', 'level1', true],
    ['大田镇', '恩平市大田镇朗底村卫生站', 'unrated', true],
    ['恩城街道', '恩平市第二人民医院', 'level1', false],
  ],
};

const SHAOYANG: Record<keyof typeof SHAOYANG_DISTRICTS, Line[]> = {
  '430502': [
    ['龙须塘街道', '邵阳市双清区龙须塘街道社区卫生服务中心', 'level1', true],
    ['渡头桥镇', '邵阳市双清区渡头桥镇卫生院', 'level1', true],
    ['渡头桥镇', '双清区渡头桥镇新滩村卫生室', 'unrated', true],
  ],
  '430503': [
    ['城南街道', '邵阳市大祥区城南街道社区卫生服务中心', 'level1', true],
    ['罗市镇', '邵阳市大祥区罗市镇卫生院', 'level1', true],
  ],
  '430511': [['状元洲街道', '邵阳市北塔区状元洲街道社区卫生服务中心', 'level1', true]],
  '430522': [
    ['酿溪镇', '新邵县人民医院', 'level2', false],
    ['酿溪镇', '新邵县酿溪镇大坪村卫生室', 'unrated', true],
  ],
  '430582': [
    ['两市塘街道', '邵东市人民医院', 'level2', false],
    ['两市塘街道', '邵东市两市塘街道社区卫生服务中心', 'level1', true],
  ],
};

/** Every directory line in id order. */
function rows(prefix: 'JM' | 'SY', region: InstitutionRow['region'], table: Record<string, Line[]>): InstitutionRow[] {
  const districts: Readonly<Record<string, string>> = region === 'jiangmen' ? JIANGMEN_DISTRICTS : SHAOYANG_DISTRICTS;
  const districtName = (code: string): string => {
    const name = districts[code];
    if (name === undefined) throw new Error(`unknown ${region} district ${code}`);
    return name;
  };
  return Object.entries(table).flatMap(([district, lines]) =>
    lines.map(([town, name, level, primaryCare, roles = [], community], i): InstitutionRow => ({
      id: `${prefix}-${district}-${String(i + 1).padStart(3, '0')}`,
      name,
      region,
      district,
      town,
      level,
      primaryCare,
      medicalCommunityId: community ?? null,
      specialistRoles: roles,
      designated: true,
      designatedUntil: null,
      address: `${region === 'jiangmen' ? '广东省江门市' : '湖南省邵阳市'}${districtName(district)}${town}`,
      isDemo: true,
    })),
  );
}

/** The primary clinic that loses its designation (RULES §8: its patients may choose again at once). */
export const DESIGNATION_LOST_ID = 'JM-440703-011';

/**
 * The last day of that clinic's designation: the end of the month four months before today,
 * so the change it forced is recent history on any date.
 */
export function designationLostOn(today: string): string {
  const month = addMonths(today, -4);
  const { year, month: m } = parts(month);
  return isoDate(year, m, daysInMonth(year, m));
}

/** The whole demo directory for `today` (only the lost designation's date depends on it). */
export function demoInstitutions(today: string): InstitutionRow[] {
  const all = [...rows('JM', 'jiangmen', JIANGMEN), ...rows('SY', 'shaoyang', SHAOYANG)];
  for (const row of all) {
    if (row.id === DESIGNATION_LOST_ID) {
      row.designated = false;
      row.designatedUntil = designationLostOn(today);
    }
  }
  return all;
}

const BY_NAME = new Map(demoInstitutions('2000-01-01').map((r) => [r.name, r]));

/** A demo institution by its name (personas name their clinics and hospitals). */
export function institutionByName(name: string): InstitutionRow {
  const row = BY_NAME.get(name);
  if (row === undefined) throw new Error(`no demo institution named ${name}`);
  return row;
}
