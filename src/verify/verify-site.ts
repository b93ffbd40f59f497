// One site's verification: DESIGN.md lint, HTML validity, CSS syntax, contrast, structure, token use → findings.
import { isWdmError } from '../shared/errors.js';
import type { Finding } from '../shared/types.js';
import type { DesignTokens } from '../implement/design-tokens.js';
import { readDesign } from '../implement/read-design.js';
import type { Checkers } from './checkers.js';
import { contrastFindings } from './contrast.js';
import { cssRulesOf } from './css-model.js';
import { parseCssChecked } from './css-syntax.js';
import { designLintFindings } from './design-lint.js';
import { sortFindings } from './findings.js';
import { htmlValidityFindings } from './html-validity.js';
import { allElements, parseHtmlTree, type HtmlElement } from './html-tree.js';
import { structureFindings } from './structure.js';
import { tokenUsageFindings } from './token-usage.js';
import { SITE_CHECKS } from './checks/index.js';
import { verifyByShapes, type ShapeCache } from './fast-verify.js';

export interface SiteInput {
  /** Project-relative path of the DESIGN.md (`designs/010/smithlaw.com/DESIGN.md`). */
  file: string;
  designText: string;
  html: string;
  css: string;
  /** The parsed tokens, when the caller already has them (the implementation stage does). */
  tokens?: DesignTokens;
  /** Project-relative paths of the page and stylesheet; by default `sites/...` beside the design's `designs/...`. */
  htmlFile?: string;
  cssFile?: string;
  /**
   * The shared pieces the stylesheet is expected to end with (implementSite's cssTail), for the fast path to reuse
   * what it read of them: checked against the sheet, never trusted.
   */
  cssTail?: readonly string[];
}

export type CheckName = 'designmd' | 'html' | 'css' | 'contrast' | 'structure' | 'tokens';
export const CHECK_NAMES: readonly CheckName[] = ['designmd', 'html', 'css', 'contrast', 'structure', 'tokens'];

export interface VerifyOptions {
  /** Checks to skip (the pipeline skips one whose inputs and validator version are unchanged since it passed). */
  skip?: readonly CheckName[];
  /** Called with each check's duration in ms; for benchmarks. The clock is the caller's, so this stays pure. */
  timer?: { now: () => number; record: (check: CheckName, ms: number) => void };
  /**
   * Verify by shapes (fast-verify.ts): each validator once per distinct shape, per site what varies, and the full
   * check of this site wherever that proves nothing. Without it (or when the DESIGN.md cannot be read), every
   * validator runs on this site's bytes.
   */
  shapes?: ShapeCache;
  /** With `shapes`: told which checks had to run in full for this site. */
  onFull?: (checks: readonly CheckName[]) => void;
}

/** `designs/<batch>/<domain>/DESIGN.md` → `sites/<batch>/<domain>/<name>`. */
export function siteFileFor(designFile: string, name: string): string {
  const dir = designFile.includes('/') ? designFile.slice(0, designFile.lastIndexOf('/')) : '.';
  return `${dir.replace(/^designs\//, 'sites/').replace(/\/designs\//, '/sites/')}/${name}`;
}

export function verifySite(input: SiteInput, checkers: Checkers, options: VerifyOptions = {}): Finding[] {
  const htmlFile = input.htmlFile ?? siteFileFor(input.file, 'index.html');
  const cssFile = input.cssFile ?? siteFileFor(input.file, 'styles.css');
  const skip = new Set(options.skip ?? []);
  const findings: Finding[] = [];
  const timed = <T>(check: CheckName, run: () => T): T => {
    if (!options.timer) return run();
    const start = options.timer.now();
    const out = run();
    options.timer.record(check, options.timer.now() - start);
    return out;
  };

  let tokens = input.tokens;
  if (!tokens) {
    try {
      const read = readDesign(input.designText, input.file);
      tokens = read.tokens;
    } catch (error) {
      findings.push({
        severity: 'error',
        rule: 'design/read',
        message: isWdmError(error) ? error.message : `Could not read the DESIGN.md: ${String(error)}`,
        place: isWdmError(error) ? { file: input.file, ...error.place } : { file: input.file },
      });
    }
  }

  if (options.shapes && tokens) {
    const fast = verifyByShapes({ file: input.file, htmlFile, cssFile, designText: input.designText, html: input.html, css: input.css, tokens, ...(input.cssTail ? { cssTail: input.cssTail } : {}) }, checkers, options.shapes, skip);
    options.onFull?.(fast.full);
    findings.push(...fast.findings);
    return sortFindings([...findings, ...siteChecks(input, htmlFile, cssFile, tokens, skip)]);
  }
  if (!skip.has('designmd')) findings.push(...timed('designmd', () => designLintFindings(input.designText, input.file, checkers.designLint)));
  if (!skip.has('html')) findings.push(...timed('html', () => htmlValidityFindings(input.html, htmlFile, checkers.html)));

  const needCss = !skip.has('css') || !skip.has('contrast') || !skip.has('tokens');
  const parsed = needCss ? timed('css', () => parseCssChecked(input.css, cssFile)) : undefined;
  if (parsed && !skip.has('css')) findings.push(...parsed.findings);
  const rules = parsed ? cssRulesOf(parsed.ast, input.css) : [];
  const needTree = !skip.has('contrast') || !skip.has('structure');
  const tree = needTree ? parseHtmlTree(input.html) : undefined;

  if (tree && !skip.has('contrast')) findings.push(...timed('contrast', () => contrastFindings({ root: tree, rules, htmlFile, cssFile })));
  if (tree && tokens && !skip.has('structure')) {
    const t = tokens;
    findings.push(...timed('structure', () => structureFindings(tree, t.wdm.sections, htmlFile, input.file)));
  }
  if (tokens && !skip.has('tokens')) {
    const t = tokens;
    findings.push(...timed('tokens', () => tokenUsageFindings(t, rules, cssFile, input.file)));
  }
  findings.push(...siteChecks(input, htmlFile, cssFile, tokens, skip, tree));
  return sortFindings(findings);
}

/**
 * The check units of checks/ (links, design quality ...): run on every site, fast path or not. One parse of the page
 * serves every unit that reads its elements: the full path's own tree when it has one; else the page parsed without
 * source locations (parse5 takes about twice as long with them), and a unit that reports anything from it runs again
 * on the page parsed with them, so its findings are placed (whether a unit reports never depends on lines: checks/index.ts).
 */
function siteChecks(input: SiteInput, htmlFile: string, cssFile: string, tokens: DesignTokens | undefined, skip: ReadonlySet<string>, tree?: HtmlElement): Finding[] {
  const findings: Finding[] = [];
  let located: readonly HtmlElement[] | undefined;
  let plain: readonly HtmlElement[] | undefined;
  const withLines = () => (located ??= allElements(tree ?? parseHtmlTree(input.html)));
  const withoutLines = () => (plain ??= tree ? withLines() : allElements(parseHtmlTree(input.html, { lines: false })));
  for (const check of SITE_CHECKS) {
    if (skip.has(check.meta.id)) continue;
    const base = { file: input.file, htmlFile, cssFile, designText: input.designText, html: input.html, css: input.css, tokens };
    let read = false;
    let out = check.run({
      ...base,
      elements: () => {
        read = true;
        return withoutLines();
      },
    });
    if (read && out.length > 0 && !tree) out = check.run({ ...base, elements: withLines });
    findings.push(...out);
  }
  return findings;
}
