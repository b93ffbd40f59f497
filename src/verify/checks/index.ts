// Site checks as units (ESLint-rule shaped): each names what it reads, so the verify cache and the fast path can
// tell which checks an edit invalidates. New checks (links, design quality ...) are added to SITE_CHECKS.
import type { Finding } from '../../shared/types.js';
import type { DesignTokens } from '../../implement/design-tokens.js';
import type { HtmlElement } from '../html-tree.js';
import { linksCheck } from './links.js';
import { accentsCheck } from './quality-accents.js';
import { factsCheck } from './quality-facts.js';
import { fontsCheck } from './quality-fonts.js';
import { hierarchyCheck } from './quality-hierarchy.js';
import { samenessCheck } from './quality-sameness.js';

export interface SiteCheckInput {
  /** Project-relative paths, for findings. */
  file: string;
  htmlFile: string;
  cssFile: string;
  designText: string;
  html: string;
  css: string;
  /** Undefined when the DESIGN.md could not be read (that is reported elsewhere). */
  tokens: DesignTokens | undefined;
  /**
   * The page's elements in document order, parsed once for every check unit that reads them. Their lines may all be
   * 1: a unit that reports anything is then run again with the page's lines, so whether a unit reports anything must
   * not depend on lines (only its places and messages may).
   */
  elements?: () => readonly HtmlElement[];
}

export interface SiteCheck {
  meta: {
    /** Rule id prefix of its findings (`links`, `quality`). */
    id: string;
    /** The inputs whose bytes decide its result. */
    reads: readonly ('html' | 'css' | 'design')[];
    description: string;
  };
  run(input: SiteCheckInput): Finding[];
}

export const SITE_CHECKS: readonly SiteCheck[] = [linksCheck, factsCheck, samenessCheck, accentsCheck, fontsCheck, hierarchyCheck];
