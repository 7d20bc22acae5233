import { Fragment } from 'react';
import { amountParts, i18nFor, pick, type Locale } from '@/lib/i18n';
import '@/lib/policy'; // every parameter registered: the catalogue names what a step used
import { parseCitation } from '@/lib/policy/core/documents';
import { encodeExplanation, resolveParameter, type ExplanationJSON, type Step, type StepJSON } from '@/lib/policy/core/explain';

/** Amounts of money as the policy library writes them: decimal text with two places. */
const MONEY = /^-?\d+\.\d{2}$/;
/** A money-shaped number inside a step's text (not part of a longer number). */
const MONEY_IN_TEXT = /(?<![\d.])\d+\.\d{2}(?!\d)/g;

/**
 * A step's text with each of its amounts grouped the reader's way ("54505.00" → "54,505.00")
 * and marked up as `<data value>`; other text is left as the library wrote it.
 */
function textWithAmounts(text: string, amounts: StepJSON['amounts'], locale: Locale): React.ReactNode[] {
  const own = new Set(
    Object.values(amounts)
      .filter((v) => MONEY.test(v))
      .map((v) => v.replace(/^-/, '')),
  );
  const out: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MONEY_IN_TEXT)) {
    if (!own.has(match[0])) continue;
    out.push(
      text.slice(last, match.index),
      <data key={match.index} value={match[0]} className="font-bold whitespace-nowrap tabular-nums">
        {amountParts(locale, match[0]).digits}
      </data>,
    );
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

const zh = (chunks: React.ReactNode) => <span lang="zh-CN">{chunks}</span>;

function Citation({ citation, locale }: { citation: string; locale: Locale }) {
  const { t } = i18nFor(locale);
  const { document } = parseCitation(citation);
  return (
    <p className="mt-1 text-base text-muted" data-citation={citation}>
      {document
        ? t.rich('explanation.citation', { citation, title: pick(document.title, locale), number: document.number ?? 'none', zh })
        : t.rich('explanation.citationUnknown', { citation, zh })}
    </p>
  );
}

/**
 * How a figure was worked out: the policy library's explanation (lib/policy/core/explain.ts) —
 * as a response gives it (`{ steps, parameters }`), or a function's steps — each step in the
 * reader's language with its amounts, the rule it applied (clause key and document), and a mark
 * on steps that use an illustrative figure, naming it (from the parameter catalogue). Inside
 * <details>, so it unfolds without JavaScript.
 */
export function Explanation({
  explanation,
  steps,
  locale,
  summary,
  open,
  id,
}: (
  | {
      /** The explanation as a command's response gives it. */
      explanation: ExplanationJSON;
      steps?: never;
    }
  | {
      /** A function's steps (with their parameter values), e.g. `estimateInpatient(req).explanation`. */
      steps: readonly Step[];
      explanation?: never;
    }
) & {
  locale: Locale;
  /** The fold's title; "计算说明（共 n 步）" / "How this was worked out (n steps)" by default. */
  summary?: string;
  open?: boolean;
  id?: string;
}) {
  const { t, format } = i18nFor(locale);
  const shown: ExplanationJSON = explanation ?? encodeExplanation(steps ?? []) ?? { steps: [], parameters: {} };
  const anyIllustrative = shown.steps.some((s) => s.illustrative);
  return (
    <details id={id} open={open} className="my-6 border-l-4 border-brand bg-white" data-explanation="">
      <summary className="min-h-11 cursor-pointer px-4 py-2 text-xl font-bold text-brand underline underline-offset-4">
        {summary ?? t('explanation.summary', { count: shown.steps.length })}
      </summary>
      <div className="px-4 pb-4">
        {anyIllustrative ? <p className="my-3 bg-note-bg p-3 text-lg">{t('explanation.illustrativeNote')}</p> : null}
        <ol className="list-decimal space-y-4 pl-8 text-lg">
          {shown.steps.map((step, i) => {
            const figures = (step.params ?? []).flatMap((ref) => {
              const p = resolveParameter(shown, ref);
              return p?.illustrative ? [pick(p.label, locale)] : [];
            });
            return (
              <li key={`${i}-${step.key}`} data-step={step.key} data-illustrative={step.illustrative ? 'true' : undefined}>
                {step.illustrative ? (
                  <p>
                    <strong className="inline-block border-2 border-ink bg-note-bg px-2 text-base">{t('explanation.illustrative')}</strong>
                  </p>
                ) : null}
                <p>
                  {textWithAmounts(pick(step.text, locale), step.amounts, locale).map((node, k) => (
                    <Fragment key={k}>{node}</Fragment>
                  ))}
                </p>
                {step.illustrative && figures.length > 0 ? (
                  <p className="text-base">{t('explanation.illustrativeStep', { figures: format.list(figures) })}</p>
                ) : null}
                <Citation citation={step.citation} locale={locale} />
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
