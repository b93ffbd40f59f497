// Parses a stylesheet with css-tree and turns every recoverable parse error into a finding with its position.
import { parse, type CssNode, type SyntaxParseError } from 'css-tree';
import type { Finding } from '../shared/types.js';

export interface ParsedCss {
  ast: CssNode;
  findings: Finding[];
}

export function parseCssChecked(css: string, file: string): ParsedCss {
  const findings: Finding[] = [];
  const ast = parse(css, {
    positions: true,
    filename: file,
    onParseError: (error: SyntaxParseError) => {
      const excerpt = css.slice(error.offset, error.offset + 40).split('\n')[0] ?? '';
      findings.push({
        severity: 'error',
        rule: 'css/parse-error',
        message: `Unexpected ${JSON.stringify(excerpt)}: ${error.message}, expected CSS that parses without errors`,
        place: { file, line: error.line, column: error.column },
      });
    },
  });
  return { ast, findings };
}
