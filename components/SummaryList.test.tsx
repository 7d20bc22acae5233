import { describe, expect, it } from 'vitest';
import { PageHeading } from './PageHeading';
import { SummaryList } from './SummaryList';
import { all, byTag, render, text } from './testing/html';

describe('SummaryList', () => {
  it('renders one <dt>/<dd> pair per row, the value carrying its test id', () => {
    const { root } = render(
      <SummaryList
        locale="zh-CN"
        rows={[
          { key: '姓名', value: '梁淑仪', testId: 'name' },
          { key: '身份证号码', value: <span>440703********0228</span>, testId: 'id-masked' },
        ]}
      />,
    );
    const dl = byTag(root, 'dl')[0]!;
    expect(byTag(dl, 'dt').map(text)).toEqual(['姓名', '身份证号码']);
    expect(byTag(dl, 'dd').map((d) => [d.attrs['data-testid'], text(d)])).toEqual([
      ['name', '梁淑仪'],
      ['id-masked', '440703********0228'],
    ]);
    expect(byTag(dl, 'a')).toHaveLength(0);
    // Long values wrap rather than scroll sideways.
    expect(byTag(dl, 'dd')[1]!.attrs.class).toContain('wrap-anywhere');
  });

  it('adds a change link that tells a screen reader what it changes', () => {
    const { root } = render(
      <SummaryList
        locale="en"
        rows={[
          { key: 'Hospital level', value: 'Level 3', change: { href: '/estimate?step=level' } },
          { key: 'Covered cost', value: '¥100,000.00', change: { href: '/estimate?step=cost', visuallyHiddenText: 'the covered cost' } },
          { key: 'Date', value: '10 June 2025' },
        ]}
      />,
    );
    const links = byTag(root, 'a');
    expect(links.map((a) => [a.attrs.href, text(a)])).toEqual([
      ['/estimate?step=level', 'Change Hospital level'],
      ['/estimate?step=cost', 'Change the covered cost'],
    ]);
    expect(all(links[0]!, (n) => n.attrs.class === 'sr-only').map(text)).toEqual(['Hospital level']);
    // The value of the row without a link stays where it is.
    expect(byTag(root, 'dd').map(text)).toEqual(['Level 3', 'Change Hospital level', '¥100,000.00', 'Change the covered cost', '10 June 2025']);
  });

  it('words the change link in Chinese for Chinese readers', () => {
    const { root } = render(<SummaryList locale="zh-CN" rows={[{ key: '医院等级', value: '三级', change: { href: '#level' } }]} />);
    expect(text(byTag(root, 'a')[0]!)).toBe('修改 医院等级');
  });
});

describe('PageHeading', () => {
  it('is the page’s one <h1>, with its id', () => {
    const { root } = render(<PageHeading title="我的参保" id="me-title" locale="zh-CN" />);
    const h1 = byTag(root, 'h1');
    expect(h1.map((h) => [h.attrs.id, text(h)])).toEqual([['me-title', '我的参保']]);
    expect(byTag(root, 'a')).toHaveLength(0);
  });

  it('puts a back link before it, worded from the catalogue unless told otherwise', () => {
    const zh = render(<PageHeading title="缴费记录" locale="zh-CN" back={{ href: '/me' }} caption="2025年" />).root;
    const link = byTag(zh, 'a')[0]!;
    expect([link.attrs.href, text(link)]).toEqual(['/me', '返回']);
    expect(byTag(link, 'svg')[0]!.attrs['aria-hidden']).toBe('true');
    expect(zh.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['a', 'p', 'h1']);
    const en = render(<PageHeading title="Contributions" locale="en" back={{ href: '/me', text: 'Back to my insurance' }} />).root;
    expect(text(byTag(en, 'a')[0]!)).toBe('Back to my insurance');
  });
});
