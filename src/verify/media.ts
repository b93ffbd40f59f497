// Evaluates @media conditions for one rendering context (colour scheme and viewport width), as a browser would.
import type { Scheme } from '../shared/types.js';
import { ROOT_PX } from '../shared/vocabulary.js';

export interface MediaContext {
  scheme: Scheme;
  /** Viewport width in CSS px. */
  width: number;
}


function lengthPx(text: string): number | undefined {
  const m = /^(-?[\d.]+)(px|em|rem)$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'px' ? n : n * ROOT_PX;
}

/** One `(feature: value)`; features the context does not model are false, so their rules are not assumed. */
function featureMatches(feature: string, ctx: MediaContext): boolean {
  const m = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+))?\)$/i.exec(feature.trim());
  if (!m) return false;
  const name = (m[1] ?? '').toLowerCase();
  const value = (m[2] ?? '').trim().toLowerCase();
  switch (name) {
    case 'prefers-color-scheme':
      return value === ctx.scheme;
    case 'min-width': {
      const px = lengthPx(value);
      return px !== undefined && ctx.width >= px;
    }
    case 'max-width': {
      const px = lengthPx(value);
      return px !== undefined && ctx.width <= px;
    }
    case 'hover':
      return value === 'hover' || value === '';
    default:
      return false;
  }
}

function queryMatches(query: string, ctx: MediaContext): boolean {
  let q = query.trim().toLowerCase();
  let negate = false;
  if (q.startsWith('not ')) {
    negate = true;
    q = q.slice(4);
  }
  if (q.startsWith('only ')) q = q.slice(5);
  const parts = q.split(/\s+and\s+/);
  let ok = true;
  for (const part of parts) {
    const p = part.trim();
    if (p === 'all' || p === 'screen') continue;
    if (p === 'print' || p === '') ok = false;
    else if (p.startsWith('(')) ok = ok && featureMatches(p, ctx);
    else ok = false;
  }
  return negate ? !ok : ok;
}

/** A comma-separated media query list matches when any query matches. */
export function mediaMatches(list: string, ctx: MediaContext): boolean {
  return list.split(',').some((q) => queryMatches(q, ctx));
}

/** True when the condition depends on the viewport width. */
export function mediaDependsOnWidth(list: string): boolean {
  return /\b(min|max)-width\b/i.test(list);
}
