import { DEFAULT_BOX, type ChartBox } from './scale';

export interface TimelineSpan {
  /** First and last month index (year × 12 + month − 1), both included. */
  from: number;
  to: number;
  /** Which row and style: counted months, months that do not count, a gap. */
  kind: 'counted' | 'not_counted' | 'gap' | 'projected';
  title: string;
}

export interface TimelineMark {
  at: number;
  label: string;
  /** Drawn as a solid line (the minimum) or dashed (retirement). */
  style: 'solid' | 'dashed';
}

const FILL: Record<TimelineSpan['kind'], string> = {
  counted: '#1d4f91',
  not_counted: '#b1b4b6',
  gap: 'url(#timeline-gap)',
  projected: 'url(#timeline-projected)',
};

/**
 * A timeline drawn on the server as SVG: spans of months on one band from the first month to
 * the last (counted, not counted, gaps, months still to come), marks for dates (the minimum met,
 * retirement) and a year axis; each span has a <title> and the figures are given as text
 * elsewhere on the page (`describedBy`).
 */
export function Timeline({
  from,
  to,
  spans,
  marks,
  caption,
  describedBy,
  box = { ...DEFAULT_BOX, height: 170, bottom: 40, top: 48, left: 16 },
  testId,
}: {
  from: number;
  to: number;
  spans: readonly TimelineSpan[];
  marks: readonly TimelineMark[];
  caption: string;
  describedBy?: string;
  box?: ChartBox;
  testId?: string;
}) {
  const plotW = box.width - box.left - box.right;
  const bandH = box.height - box.top - box.bottom;
  const months = Math.max(1, to - from + 1);
  const x = (index: number) => box.left + ((index - from) / months) * plotW;
  const firstYear = Math.floor(from / 12);
  const lastYear = Math.floor(to / 12);
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const years: number[] = [];
  for (let y = Math.ceil(firstYear / yearStep) * yearStep; y <= lastYear; y += yearStep) years.push(y);
  return (
    <figure className="my-6" data-testid={testId}>
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-label={caption}
        aria-describedby={describedBy}
        className="h-auto w-full max-w-3xl text-ink"
      >
        <defs>
          <pattern id="timeline-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fff" />
            <rect width="3" height="8" fill="#a4262c" />
          </pattern>
          <pattern id="timeline-projected" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#fff" />
            <circle cx="4" cy="4" r="2" fill="#1d4f91" />
          </pattern>
        </defs>
        <rect x={box.left} y={box.top} width={plotW} height={bandH} fill="#fff" stroke="#767676" />
        {spans.map((s, i) => (
          <rect key={i} x={x(s.from)} y={box.top} width={Math.max(1, x(s.to + 1) - x(s.from))} height={bandH} fill={FILL[s.kind]} data-kind={s.kind}>
            <title>{s.title}</title>
          </rect>
        ))}
        {marks.map((m, i) => (
          <g key={i}>
            <line
              x1={x(m.at)}
              x2={x(m.at)}
              y1={box.top - 6 - (i % 2) * 18}
              y2={box.top + bandH + 4}
              stroke="#0b0c0c"
              strokeWidth="3"
              strokeDasharray={m.style === 'dashed' ? '6 4' : undefined}
            />
            <text
              x={x(m.at)}
              y={box.top - 10 - (i % 2) * 18}
              textAnchor={x(m.at) > box.width * 0.7 ? 'end' : 'start'}
              fontSize="15"
              fontWeight="bold"
              fill="currentColor"
            >
              {m.label}
            </text>
          </g>
        ))}
        {years.map((y) => (
          <text key={y} x={x(y * 12)} y={box.height - box.bottom + 24} textAnchor="middle" fontSize="14" fill="currentColor">
            {y}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 text-lg text-muted">{caption}</figcaption>
    </figure>
  );
}
