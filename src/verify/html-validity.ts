// html-validate with its recommended rules, configured once: one resolved configuration reused for every page.
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import type { Finding } from '../shared/types.js';

export const HTML_VALIDATE_CONFIG: ConfigData = { extends: ['html-validate:recommended'], elements: ['html5'] };

/**
 * StaticConfigLoader merges and resolves its configuration (and rebuilds the element metadata table) on every
 * call, which is most of html-validate's cost on a small page. The configuration here never changes, so the
 * resolved result is kept; a call with an override still takes the normal path.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride !== undefined) return super.getConfigFor(handle, configOverride);
    if (this.resolved) return this.resolved;
    const config = super.getConfigFor(handle);
    if (config instanceof Promise) return config;
    this.resolved = config;
    return config;
  }
}

export function createHtmlValidator(config: ConfigData = HTML_VALIDATE_CONFIG): HtmlValidate {
  return new HtmlValidate(new ResolvedOnceLoader(config));
}

export function htmlValidityFindings(html: string, file: string, validator: HtmlValidate): Finding[] {
  const report = validator.validateStringSync(html, file);
  const findings: Finding[] = [];
  for (const result of report.results) {
    for (const m of result.messages) {
      findings.push({
        severity: m.severity === 2 ? 'error' : 'warning',
        rule: `html-validate/${m.ruleId}`,
        message: `${m.message}${m.selector ? ` (at ${m.selector})` : ''}; expected markup that passes html-validate:recommended`,
        place: { file, line: m.line, column: m.column },
      });
    }
  }
  return findings;
}
