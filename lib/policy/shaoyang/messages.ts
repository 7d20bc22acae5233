/** Explanation texts for a Shaoyang outpatient visit (RULES.md §9), zh first. */
import { message } from '../core';
import { SY_OP_LABEL } from './parameters';

export const rulesMessage = message<{ date: string; ratio: string; annual: string; daily: string }>(
  'shaoyang.outpatient.rules',
  'SY-OP 三(三)',
  (a) =>
    `按 ${a.date} 计算。邵阳城乡居民在选定的定点基层医疗卫生机构（村卫生室、乡镇卫生院、社区卫生服务中心）看普通门诊：不设起付线，基金支付 ${a.ratio}，每年最多支付 ${a.annual} 元，每天最多 ${a.daily} 元。依据：${SY_OP_LABEL.zh}。`,
  (a) =>
    `Worked out for ${a.date}. Shaoyang residents at their chosen designated primary institution (village clinic, township health centre or community health centre): no deductible, the fund pays ${a.ratio}, at most ${a.annual} yuan a year and ${a.daily} yuan a day. Source: ${SY_OP_LABEL.en}.`,
);

export const notCoveredMessage = message<{ inScope: string; fund: string }>(
  'shaoyang.outpatient.not_covered',
  'SY-OP 三(四)',
  (a) => `这次不是在选定的定点基层医疗卫生机构看病，普通门诊统筹不支付：${a.inScope} 元中基金支付 ${a.fund} 元。`,
  (a) =>
    `This visit is not at your chosen designated primary institution, so outpatient pooling pays nothing: of ${a.inScope} yuan the fund pays ${a.fund} yuan.`,
);

export const computedMessage = message<{ inScope: string; ratio: string; computed: string }>(
  'shaoyang.outpatient.computed',
  'SY-OP 三(三)',
  (a) => `按比例：${a.inScope} × ${a.ratio} = ${a.computed} 元。`,
  (a) => `By the ratio: ${a.inScope} × ${a.ratio} = ${a.computed} yuan.`,
);

export const limitsMessage = message<{ annual: string; used: string; yearLeft: string; daily: string; usedToday: string; dayLeft: string; fund: string }>(
  'shaoyang.outpatient.fund',
  'SY-OP 三(三)',
  (a) =>
    `今年已支付 ${a.used} 元，还能支付 ${a.yearLeft} 元（每年 ${a.annual} 元）；今天已支付 ${a.usedToday} 元，还能支付 ${a.dayLeft} 元（每天 ${a.daily} 元）。这次基金支付 ${a.fund} 元。`,
  (a) =>
    `This year ${a.used} yuan were paid, ${a.yearLeft} yuan are left (${a.annual} a year); today ${a.usedToday} yuan were paid, ${a.dayLeft} yuan are left (${a.daily} a day). The fund pays ${a.fund} yuan for this visit.`,
);

export const readingMessage = message<{ annual: string; daily: string; altAnnual: string; altDaily: string }>(
  'shaoyang.outpatient.reading',
  'SY-OP 五(三)',
  (a) =>
    `说明：这里把 ${a.annual} 元和 ${a.daily} 元理解为基金最多支付的金额（文件说“超出最高支付限额的门诊医疗费用”不予支付）。另一种理解是它们限制的是计入报销的费用，那样基金最多每年 ${a.altAnnual} 元、每天 ${a.altDaily} 元。`,
  (a) =>
    `Note: ${a.annual} and ${a.daily} yuan are read here as the most the fund pays (the plan excludes "costs beyond the maximum payment limit"). The other reading takes them as limits on the cost counted, so the fund would pay at most ${a.altAnnual} yuan a year and ${a.altDaily} yuan a day.`,
);

export const exclusionsMessage = message<Record<string, never>>(
  'shaoyang.outpatient.exclusions',
  'SY-OP 三(四)',
  () =>
    `不报销的情况：在其他医疗机构看病；超过最高支付限额的部分；享受特殊病种门诊期间同一病种的门诊费；意外伤害；应由工伤保险、第三人或公共卫生负担的费用；村卫生室在药品招标网外采购的药品。`,
  () =>
    `Not paid: visits at other institutions; anything beyond the limits; outpatient costs for a disease while you receive special-disease outpatient benefits for it; accidental injury; costs owed by work-injury insurance, a third party or public health; drugs a village clinic bought outside the tender network.`,
);

export const familyDoctorMessage = message<{ total: string; publicHealth: string; fund: string; person: string }>(
  'shaoyang.family_doctor.package',
  'SY-OP 五(三)',
  (a) => `另：家庭医生签约基础服务包每人每年 ${a.total} 元，其中公共卫生经费 ${a.publicHealth} 元、医保基金 ${a.fund} 元、个人 ${a.person} 元。`,
  (a) =>
    `Also: the family-doctor basic package costs ${a.total} yuan per person a year — ${a.publicHealth} from public health funds, ${a.fund} from the insurance fund and ${a.person} from you.`,
);

export const totalMessage = message<{ inScope: string; fund: string; outOfPocket: string; yearLeft: string; dayLeft: string }>(
  'shaoyang.outpatient.total',
  'SY-OP 三(三)',
  (a) => `合计：${a.inScope} 元中基金支付 ${a.fund} 元，您自己付 ${a.outOfPocket} 元。之后今年还能支付 ${a.yearLeft} 元，今天还能支付 ${a.dayLeft} 元。`,
  (a) =>
    `In all: of ${a.inScope} yuan the fund pays ${a.fund} and you pay ${a.outOfPocket} yuan. Afterwards ${a.yearLeft} yuan are left for this year and ${a.dayLeft} yuan for today.`,
);
