import { DEFAULT_BOX, linearScale, type ChartBox } from './scale';

export interface Bar {
  /** Short label under the bar (e.g. a month number), or '' for none. */
  label: string;
  /** The bar's value as decimal text ("1234.50"). */
  value: string;
  /** Accessible name of the bar: what and how much, in the reader's words. */
  title: string;
  /** Drawn in the "marked" colour and pattern (e.g. arrears). */
  marked?: boolean;
}

/**
 * A bar chart drawn on the server as SVG: one bar per item, a y axis with round ticks, and a
 * text alternative. The SVG is a figure with a caption; each bar carries a <title>, and the
 * same figures are given in a table next to it (the text alternative: `describedBy`).
 */
export function BarChart({
  bars,
  caption,
  describedBy,
  formatTick,
  box = DEFAULT_BOX,
  testId,
}: {
  bars: readonly Bar[];
  caption: string;
  /** Id of the element holding the figures as text (a table). */
  describedBy?: string;
  formatTick: (value: number) => string;
  box?: ChartBox;
  testId?: string;
}) {
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const max = bars.reduce((m, b) => Math.max(m, Number(b.value)), 0);
  const y = linearScale(max, plotH);
  const slot = bars.length === 0 ? plotW : plotW / bars.length;
  const barW = Math.max(1, slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil(bars.length / 24));
  return (
    <figure className="my-6" data-testid={testId}>
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-label={caption}
        aria-describedby={describedBy}
        className="h-auto w-full max-w-3xl text-ink"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id="bar-marked" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <rect width="3" height="6" fill="#a4262c" />
          </pattern>
        </defs>
        {y.ticks.map((tick) => {
          const ty = box.top + plotH - y.at(tick);
          return (
            <g key={tick}>
              <line x1={box.left} x2={box.width - box.right} y1={ty} y2={ty} stroke="#767676" strokeWidth={tick === 0 ? 2 : 0.5} />
              <text x={box.left - 8} y={ty + 5} textAnchor="end" fontSize="14" fill="currentColor">
                {formatTick(tick)}
              </text>
            </g>
          );
        })}
        {bars.map((b, i) => {
          const h = y.at(Number(b.value));
          const x = box.left + i * slot + (slot - barW) / 2;
          return (
            <g key={i}>
              <rect
                x={x}
                y={box.top + plotH - h}
                width={barW}
                height={h}
                fill={b.marked ? 'url(#bar-marked)' : '#1d4f91'}
                stroke={b.marked ? '#a4262c' : 'none'}
              >
                <title>{b.title}</title>
              </rect>
              {b.label && i % labelEvery === 0 ? (
                <text x={x + barW / 2} y={box.height - box.bottom + 20} textAnchor="middle" fontSize="14" fill="currentColor">
                  {b.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-lg text-muted">{caption}</figcaption>
    </figure>
  );
}
