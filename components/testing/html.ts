/**
 * Test helper: renders a React element with React's server renderer (what the portal sends) and
 * reads the markup back as a small tree, so component tests can ask for an element by id, its
 * attributes and its text. React's static markup is regular (quoted attributes, escaped text,
 * self-closed void elements), which is all this reader handles.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
  parent: Node | null;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: '\u00a0' };
const unescape = (s: string) => s.replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_, e: string) => ENTITIES[e]!);

export function parseHtml(html: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  const token = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(token)) {
    if (m[5] !== undefined) {
      current.children.push(unescape(m[5]));
      continue;
    }
    const [, closing, tag, rawAttrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing) {
      if (current.tag !== tag) throw new Error(`Unbalanced </${tag}> inside <${current.tag}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = unescape(a[2] ?? ''); // names are case-insensitive
    const node: Node = { tag, attrs, children: [], parent: current };
    current.children.push(node);
    if (!selfClosing && !VOID.has(tag)) current = node;
  }
  if (current !== root) throw new Error(`Unclosed <${current.tag}>`);
  return root;
}

export function render(element: ReactElement): { html: string; root: Node } {
  const html = renderToStaticMarkup(element);
  return { html, root: parseHtml(html) };
}

export function all(node: Node, match: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (match(c)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export const byTag = (node: Node, tag: string) => all(node, (n) => n.tag === tag);

export function byId(node: Node, id: string): Node {
  const found = all(node, (n) => n.attrs.id === id);
  if (found.length !== 1) throw new Error(`Expected one element with id="${id}", found ${found.length}`);
  return found[0]!;
}

/** The text a reader gets (screen-reader-only text included), whitespace collapsed. */
export function text(node: Node | string): string {
  const raw = (n: Node | string): string => (typeof n === 'string' ? n : n.children.map(raw).join(''));
  return raw(node).replace(/\s+/g, ' ').trim();
}

/** The ids an element's aria-describedby names. */
export const describedBy = (node: Node) => (node.attrs['aria-describedby'] ?? '').split(/\s+/).filter(Boolean);

export function closest(node: Node, tag: string): Node | null {
  for (let n = node.parent; n; n = n.parent) if (n.tag === tag) return n;
  return null;
}
