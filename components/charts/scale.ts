/**
 * Shared pieces of the server-drawn SVG charts (no chart JavaScript): a linear scale with
 * round tick values and the chart's box. Values are decimal text (amounts never pass through
 * floating point for display; only their drawn position does).
 */

/** Inner box of a chart: the SVG's viewBox size and the margins around the plot area. */
export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_BOX: ChartBox = { width: 720, height: 280, top: 16, right: 16, bottom: 40, left: 72 };

/** Round tick step (1, 2 or 5 × 10ⁿ) giving about `count` ticks up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** A linear scale from [0, top] (top a whole number of round steps ≥ max) onto [0, length] pixels. */
export function linearScale(max: number, length: number, count = 4): { top: number; ticks: number[]; at: (value: number) => number } {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 100) / 100);
  return { top, ticks, at: (value: number) => (value / top) * length };
}
