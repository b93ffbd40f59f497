// The page tree: the same elements, attributes and texts whether or not parse5 records where each start tag is.
import { describe, expect, it } from 'vitest';
import { parseHtmlTree, type HtmlElement } from '../../src/verify/html-tree.js';
import { htmlShape, treeShape } from '../../src/verify/shapes.js';
import { onePerLayout } from './helpers.js';

/** Every element as depth, tag, attributes and text, with or without its line. */
function outline(root: HtmlElement, withLines: boolean): string[] {
  const out: string[] = [];
  const walk = (e: HtmlElement, depth: number) => {
    out.push(`${depth} ${e.tag} ${JSON.stringify([...e.attrs])} ${JSON.stringify([...e.classes])} ${e.id ?? ''} ${JSON.stringify(e.text)}${withLines ? ` @${e.line}` : ''}`);
    for (const c of e.children) {
      expect(c.parent).toBe(e);
      walk(c, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

describe('parseHtmlTree without lines', () => {
  const tricky = '<!doctype html><title>T</title><table><tr><td>a<td>b</table><ul><li>one<li>two</ul><p>x<p>y<template><b>t</b></template><svg><g><path d="M0 0"/></g></svg>';

  it('builds the tree it builds with lines, every element on line 1', () => {
    const pages = [tricky, ...onePerLayout().flatMap((s) => {
      const shape = htmlShape(s.html);
      return shape.ok ? [s.html, treeShape(shape, true)] : [s.html];
    })];
    for (const html of pages) {
      const plain = parseHtmlTree(html, { lines: false });
      expect(outline(plain, false)).toEqual(outline(parseHtmlTree(html), false));
      expect(new Set(outline(plain, true).map((l) => l.slice(l.lastIndexOf(' @'))))).toEqual(new Set([' @1']));
    }
    expect(new Set(outline(parseHtmlTree(tricky.replace('<ul>', '\n<ul>')), true).map((l) => l.slice(l.lastIndexOf(' @')))).size).toBeGreaterThan(1);
  });
});
