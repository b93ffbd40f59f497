// The configured, reusable validators: built once per process or worker thread, then shared by every site check.
import type { HtmlValidate } from 'html-validate';
import { lint } from '@google/design.md/linter';
import type { DesignLinter } from './design-lint.js';
import { createHtmlValidator } from './html-validity.js';

export interface Checkers {
  html: HtmlValidate;
  designLint: DesignLinter;
  /** Whether a configured html-validate rule reads class names (then a page's classes are part of its shape). */
  htmlReadsClasses: boolean;
}

/** html-validate rules that read the names in a class attribute (no-dup-class reads only their repetition). */
const CLASS_NAME_RULES = ['class-pattern'];

export interface CheckerOptions {
  /** Extra html-validate rules merged over html-validate:recommended (tests use this to switch a rule off). */
  htmlRules?: Record<string, 'off' | 'warn' | 'error'>;
}

export function createCheckers(options: CheckerOptions = {}): Checkers {
  const config = { extends: ['html-validate:recommended'], elements: ['html5'], ...(options.htmlRules ? { rules: options.htmlRules } : {}) };
  const html = createHtmlValidator(config);
  // Resolve the configuration now, so the first site checked does not pay for it.
  const rules = html.getConfigForSync('inline').getRules();
  const htmlReadsClasses = CLASS_NAME_RULES.some((rule) => (rules.get(rule)?.[0] ?? 0) !== 0);
  return { html, designLint: lint, htmlReadsClasses };
}
