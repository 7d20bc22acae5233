import { describe, expect, it } from 'vitest';
import type { Directory, DirectoryEntry } from '@/lib/dal/institutions';
import { parseDirectoryQuery } from '@/lib/validation/institutions';
import { all, byTag, render, text } from '../testing/html';
import { DirectorySearch } from './DirectorySearch';

const entry = (id: string, over: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  id,
  name: `机构${id}`,
  region: 'jiangmen',
  district: '440781',
  town: '台城街道',
  address: null,
  level: 'level1',
  primaryCare: true,
  medicalCommunity: null,
  specialistRoles: [],
  designated: true,
  designatedUntil: null,
  ...over,
});

const directory = (over: Partial<Directory> = {}): Directory => ({
  region: 'jiangmen',
  homeDistrict: '440781',
  query: parseDirectoryQuery({ q: '卫生', level: 'level1', page: '2' }),
  entries: [
    entry('JM-440781-001'),
    entry('JM-440703-002', { district: '440703', primaryCare: false, level: 'level3', medicalCommunity: { id: 'MC-440781-01', name: '台山医共体' } }),
  ],
  total: 25,
  page: 2,
  pageCount: 3,
  pageSize: 10,
  communities: [{ id: 'MC-440781-01', name: '台山医共体', district: '440781' }],
  ...over,
});

describe('DirectorySearch', () => {
  it('is a GET form that keeps the typed filters and the page’s own parameters', () => {
    const { root } = render(<DirectorySearch locale="zh-CN" directory={directory()} path="/me/clinic" keep={{ kind: 'primary' }} />);
    const form = byTag(root, 'form')[0]!;
    expect(form.attrs.method).toBe('get');
    expect(form.attrs.action).toBe('/me/clinic');
    const inputs = byTag(form, 'input');
    expect(inputs.find((i) => i.attrs.name === 'kind')?.attrs.value).toBe('primary');
    expect(inputs.find((i) => i.attrs.name === 'q')?.attrs.value).toBe('卫生');
    // The resident's own district is marked among the choices.
    expect(all(form, (n) => n.tag === 'option').map(text)).toContain('台山市（您户籍所在的区县）');
  });

  it('lists each institution with its facts and the page’s control, and links both neighbouring pages', () => {
    const { root } = render(
      <DirectorySearch locale="en" directory={directory()} path="/me/clinic" keep={{ kind: 'primary' }} actionFor={(e) => <button>choose {e.id}</button>} />,
    );
    const items = all(root, (n) => n.tag === 'li' && n.attrs['data-institution'] !== undefined);
    expect(items.map((i) => i.attrs['data-institution'])).toEqual(['JM-440781-001', 'JM-440703-002']);
    expect(text(items[1]!)).toContain('Level 3');
    expect(text(items[1]!)).toContain('台山医共体');
    expect(text(items[1]!)).toContain('choose JM-440703-002');
    const links = byTag(byTag(root, 'nav')[0]!, 'a').map((a) => a.attrs.href);
    expect(links).toEqual(['/me/clinic?kind=primary&q=%E5%8D%AB%E7%94%9F&level=level1', '/me/clinic?kind=primary&q=%E5%8D%AB%E7%94%9F&level=level1&page=3']);
    expect(text(root)).toContain('25 institutions found · Page 2 of 3');
  });

  it('says so when nothing matches, with no page links', () => {
    const { root } = render(<DirectorySearch locale="zh-CN" directory={directory({ entries: [], total: 0, page: 1, pageCount: 1 })} path="/me/estimate" />);
    expect(text(root)).toContain('没有符合条件的定点医疗机构');
    expect(byTag(root, 'nav')).toHaveLength(0);
    expect(byTag(root, 'ol')).toHaveLength(0);
  });
});
