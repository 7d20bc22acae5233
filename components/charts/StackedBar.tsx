import { DEFAULT_BOX, linearScale, type ChartBox } from './scale';

export interface Segment {
  /** Key of the part (also its data attribute, for tests). */
  key: string;
  /** The part's name in the legend. */
  label: string;
  /** Its amount as decimal text ("1234.50"). */
  value: string;
  /** Accessible name: what and how much, in the reader's words. */
  title: string;
  /** Fill colour (high contrast against white, and against its neighbours). */
  fill: string;
  /** A hatched fill on top of the colour, so parts differ without colour too. */
  hatched?: boolean;
}

export interface StackedColumn {
  /** Label under the column. */
  label: string;
  segments: readonly Segment[];
}

const BOX: ChartBox = { ...DEFAULT_BOX, height: 320, bottom: 48, left: 88 };

/**
 * Stacked columns drawn on the server as SVG: each column is a whole (a stay's cost) split into
 * its parts (who pays which part), bottom up in the given order, with a y axis of round ticks and
 * a legend. A figure with a caption; each part carries a <title>, and the same figures are in a
 * table next to it (the text alternative: `describedBy`). Zero parts are left out.
 */
export function StackedBar({
  columns,
  caption,
  describedBy,
  formatTick,
  box = BOX,
  testId,
}: {
  columns: readonly StackedColumn[];
  caption: string;
  describedBy?: string;
  formatTick: (value: number) => string;
  box?: ChartBox;
  testId?: string;
}) {
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const totals = columns.map((c) => c.segments.reduce((s, p) => s + Number(p.value), 0));
  const y = linearScale(Math.max(0, ...totals), plotH);
  const slot = columns.length === 0 ? plotW : plotW / columns.length;
  const barW = Math.min(160, Math.max(1, slot * 0.6));
  const legend = columns[0]?.segments ?? [];
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
          <pattern id="stack-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="8" fill="#ffffff" fillOpacity="0.55" />
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
        {columns.map((c, i) => {
          const x = box.left + i * slot + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={i}>
              {c.segments.map((s) => {
                const v = Number(s.value);
                if (!(v > 0)) return null;
                const h = y.at(v);
                const top = box.top + plotH - y.at(base) - h;
                base += v;
                return (
                  <g key={s.key} data-segment={s.key}>
                    <rect x={x} y={top} width={barW} height={h} fill={s.fill} stroke="#ffffff" strokeWidth={1}>
                      <title>{s.title}</title>
                    </rect>
                    {s.hatched ? <rect x={x} y={top} width={barW} height={h} fill="url(#stack-hatch)" aria-hidden="true" /> : null}
                  </g>
                );
              })}
              <text x={x + barW / 2} y={box.height - box.bottom + 22} textAnchor="middle" fontSize="14" fill="currentColor">
                {c.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-lg text-muted">{caption}</figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-lg" aria-hidden="true">
        {legend.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="20" height="20" viewBox="0 0 20 20" className="shrink-0">
              <rect width="20" height="20" fill={s.fill} />
              {s.hatched ? <rect width="20" height="20" fill="url(#stack-hatch)" /> : null}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
