/**
 * The explanation of real policy results: RULES.md worked example 2 (an employee's level-3
 * stay) through the `inpatient` command, and a resident's contribution that rests on an
 * illustrative figure, rendered in Chinese and in English.
 */
import { describe, expect, it } from 'vitest';
import { commands } from '@/lib/policy/commands';
import { runCommand } from '@/lib/policy/core/command';
import { parseCitation } from '@/lib/policy/core/documents';
import { resolveParameter, type ExplanationJSON, type Step } from '@/lib/policy/core/explain';
import { parseInput } from '@/lib/policy/core';
import { estimateInpatient } from '@/lib/policy/jiangmen/inpatient/inpatient';
import { inpatientRequestSchema } from '@/lib/policy/jiangmen/inpatient/schema';
import { Explanation } from './Explanation';
import { all, byTag, render, text, type Node } from './testing/html';

/** The explanation of a command's response: `{ steps, parameters }` (parameters named by reference). */
function explanationOf(name: string, request: unknown): ExplanationJSON {
  const result = runCommand(commands.get(name)!, request);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.output as { explanation: ExplanationJSON }).explanation;
}

// RULES.md worked example 2: employee, tier 1+2, level3, in-scope 100 000, out-of-scope 5 000.
const EXAMPLE_2 = {
  region: 'jiangmen',
  date: '2025-06-10',
  person: { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36 },
  stay: { level: 'level3', inScope: '100000', outOfScope: '5000' },
};
const explanation2 = explanationOf('inpatient', EXAMPLE_2);
const example2 = explanation2.steps;

const stepsOf = (root: Node) => byTag(byTag(root, 'ol')[0]!, 'li');

describe('Explanation of RULES.md worked example 2', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`shows every step in ${locale}, in order, inside <details>`, () => {
      const { root } = render(<Explanation explanation={explanation2} locale={locale} />);
      const details = byTag(root, 'details')[0]!;
      expect('open' in details.attrs).toBe(false); // folded: <summary> opens it, no JavaScript needed
      expect(text(byTag(details, 'summary')[0]!)).toBe(
        locale === 'zh-CN' ? `计算说明（共 ${example2.length} 步）` : `How this was worked out (${example2.length} steps)`,
      );
      const items = stepsOf(root);
      expect(items.map((li) => li.attrs['data-step'])).toEqual(example2.map((s) => s.key));
      example2.forEach((step, i) => {
        const paragraph = text(byTag(items[i]!, 'p')[0]!);
        // The library's text, with each amount grouped the reader's way.
        const grouped = (m: string) => (Object.values(step.amounts).includes(m) ? Number(m).toLocaleString('en-GB', { minimumFractionDigits: 2 }) : m);
        const own = (locale === 'en' ? step.text.en : step.text.zh).replace(/\d+\.\d{2}/g, grouped);
        expect(paragraph).toBe(own.replace(/\s+/g, ' ').trim());
      });
    });

    it(`cites each step's rule with its clause key and document name in ${locale}`, () => {
      const { root } = render(<Explanation explanation={explanation2} locale={locale} />);
      stepsOf(root).forEach((li, i) => {
        const step = example2[i]!;
        const { document } = parseCitation(step.citation);
        expect(document, step.citation).not.toBeNull();
        const cite = all(li, (n) => n.attrs['data-citation'] !== undefined)[0]!;
        expect(cite.attrs['data-citation']).toBe(step.citation);
        const title = locale === 'en' ? document!.title.en : document!.title.zh;
        const number = document!.number;
        expect(text(cite)).toBe(locale === 'en' ? `Rule: ${step.citation}, ${title} (${number})` : `依据：${step.citation}《${title}》（${number}）`);
        // The clause key and document number are Chinese text, marked for screen readers.
        expect(all(cite, (n) => n.attrs.lang === 'zh-CN').map(text)).toEqual([step.citation, document!.number]);
      });
    });
  }

  it('names the documents of the worked example: the 2017 plan and, for the critical-illness threshold, the 14th five-year plan', () => {
    const zh = text(render(<Explanation explanation={explanation2} locale="zh-CN" />).root);
    expect(zh).toContain('依据：JM-UR 二(四)1(1)《江门市基本医疗保险城乡一体化改革方案》（江府办〔2017〕20号）');
    expect(zh).toContain('依据：JM-UR 二(四)2(1)《江门市基本医疗保险城乡一体化改革方案》');
    const en = text(render(<Explanation explanation={explanation2} locale="en" />).root);
    expect(en).toContain('Rule: JM-UR 二(四)1(1), Jiangmen plan for unifying urban and rural basic medical insurance (江府办〔2017〕20号)');
  });

  it('groups the amounts of each step, marked up with their exact value', () => {
    const { root } = render(<Explanation explanation={explanation2} locale="zh-CN" />);
    const tier1 = stepsOf(root).find((li) => li.attrs['data-step'] === 'inpatient.tier1.payment')!;
    expect(byTag(tier1, 'data').map((d) => [d.attrs.value, text(d)])).toEqual([
      ['100000.00', '100,000.00'],
      ['900.00', '900.00'],
      ['54505.00', '54,505.00'],
      ['200000.00', '200,000.00'],
    ]);
    const total = stepsOf(root).find((li) => li.attrs['data-step'] === 'inpatient.total')!;
    expect(byTag(total, 'data').map((d) => d.attrs.value)).toContain('11225.70');
    // Example 2 uses no illustrative figure.
    expect(all(root, (n) => n.attrs['data-illustrative'] === 'true')).toHaveLength(0);
    expect(text(root)).not.toContain('示例数字');
  });

  it('can start open and take its own title', () => {
    const { root } = render(<Explanation explanation={explanation2} locale="en" open summary="Why you pay ¥11,225.70" id="why" />);
    const details = byTag(root, 'details')[0]!;
    expect(details.attrs.id).toBe('why');
    expect('open' in details.attrs).toBe(true);
    expect(text(byTag(details, 'summary')[0]!)).toBe('Why you pay ¥11,225.70');
  });
});

describe('Explanation of a result that rests on an illustrative figure', () => {
  // A resident's 2024 contribution: the income statistic and the national floor are illustrative.
  const explanation = explanationOf('resident-contribution', { year: 2024, category: 'resident', assistance: 'none' });
  const steps = explanation.steps;

  it('marks each illustrative step, names its figure, and says what that means', () => {
    expect(steps.some((s) => s.illustrative)).toBe(true);
    for (const locale of ['zh-CN', 'en'] as const) {
      const { root } = render(<Explanation explanation={explanation} locale={locale} />);
      const items = stepsOf(root);
      steps.forEach((step, i) => {
        const li = items[i]!;
        expect(li.attrs['data-illustrative'], step.key).toBe(step.illustrative ? 'true' : undefined);
        const mark = byTag(li, 'strong').map(text);
        expect(mark, step.key).toEqual(step.illustrative ? [locale === 'en' ? 'Illustrative figure' : '示例数字'] : []);
        const figures = (step.params ?? []).map((ref) => resolveParameter(explanation, ref)!).filter((p) => p.illustrative);
        if (step.illustrative && step.params !== undefined) expect(figures.length, step.key).toBeGreaterThan(0);
        for (const p of figures) expect(text(li)).toContain(locale === 'en' ? p.label.en : p.label.zh);
      });
      expect(text(root)).toContain(locale === 'en' ? 'for demonstration' : '只作演示');
    }
  });
});

describe('Explanation of a function result', () => {
  it("renders a function's steps exactly as the response's explanation", () => {
    const steps = estimateInpatient(parseInput(inpatientRequestSchema, EXAMPLE_2)).explanation;
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(render(<Explanation steps={steps} locale={locale} />).html).toBe(render(<Explanation explanation={explanation2} locale={locale} />).html);
    }
  });
});

describe('Explanation of a citation outside the known documents', () => {
  it('still shows the citation key', () => {
    const step: Step = { key: 'x.y', text: { zh: '说明', en: 'Note' }, amounts: {}, citation: 'XX-UNKNOWN 1' };
    expect(text(all(render(<Explanation steps={[step]} locale="en" />).root, (n) => n.attrs['data-citation'] !== undefined)[0]!)).toBe('Rule: XX-UNKNOWN 1');
  });
});
