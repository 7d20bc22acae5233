import { describe, expect, it } from 'vitest';
import { all, byTag, render, text } from '../testing/html';
import { StackedBar } from './StackedBar';

const seg = (key: string, value: string, hatched = false) => ({ key, label: key, value, title: `${key}: ${value}`, fill: '#1d4f91', hatched });

describe('StackedBar', () => {
  it('stacks the parts bottom up, each with its title, leaves zero parts out, and is a labelled figure', () => {
    const { root } = render(
      <StackedBar
        columns={[{ label: 'this', segments: [seg('tier1', '6000.00'), seg('critical', '0.00'), seg('own', '4000.00', true)] }]}
        caption="Who pays"
        describedBy="t"
        formatTick={(v) => String(v)}
      />,
    );
    const svg = byTag(root, 'svg')[0]!;
    expect(svg.attrs.role).toBe('img');
    expect(svg.attrs['aria-label']).toBe('Who pays');
    expect(svg.attrs['aria-describedby']).toBe('t');
    const parts = all(svg, (n) => n.attrs['data-segment'] !== undefined);
    expect(parts.map((p) => p.attrs['data-segment'])).toEqual(['tier1', 'own']);
    expect(byTag(parts[0]!, 'title').map(text)).toEqual(['tier1: 6000.00']);
    const [a, b] = parts.map((p) => byTag(p, 'rect')[0]!.attrs);
    // The second part sits right on top of the first, and the heights are in proportion 6 : 4.
    expect(Number(b!.y) + Number(b!.height)).toBeCloseTo(Number(a!.y), 6);
    expect(Number(a!.height) / Number(b!.height)).toBeCloseTo(1.5, 6);
    expect(byTag(root, 'figcaption').map(text)).toEqual(['Who pays']);
  });
});
