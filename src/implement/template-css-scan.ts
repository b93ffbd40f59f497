// Finds design literals (colours, font names, px sizes) in template CSS, which must take them from var(--…).
export interface CssLiteral {
  line: number;
  kind: 'colour' | 'font' | 'px';
  text: string;
}

/** px values a template may write: hairlines and focus offsets, which are not part of the design scale. */
export const ALLOWED_TEMPLATE_PX: readonly string[] = [];

const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/g;
const PX = /(?<![\w-])-?\d*\.?\d+px\b/g;
const NAMED_COLOURS = /(?<![\w-])(?:black|white|red|green|blue|gray|grey|silver|navy|teal|maroon|purple|orange|yellow)(?![\w-])/g;

/** Strips comments so prose in them is not scanned, keeping line numbers. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

export function scanCssLiterals(css: string): CssLiteral[] {
  const found: CssLiteral[] = [];
  withoutComments(css)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(COLOUR)) found.push({ line: i + 1, kind: 'colour', text: m[0] });
      // Only values are scanned for named colours: selectors and property names may contain the words.
      const decl = /^\s*[a-z-]+\s*:\s*([^{}]*?);?\s*$/.exec(line);
      if (decl?.[1] !== undefined && !line.trim().endsWith('{')) {
        for (const m of decl[1].matchAll(NAMED_COLOURS)) found.push({ line: i + 1, kind: 'colour', text: m[0] });
      }
      for (const m of line.matchAll(PX)) if (!ALLOWED_TEMPLATE_PX.includes(m[0])) found.push({ line: i + 1, kind: 'px', text: m[0] });
      const font = /(?:^|[\s;{])(font-family|font)\s*:\s*([^;}]*)/.exec(line);
      if (font?.[2] !== undefined && !/^\s*(?:var\(--[\w-]+\)\s*)+$/.test(font[2]) && !/^\s*inherit\s*$/.test(font[2])) {
        found.push({ line: i + 1, kind: 'font', text: font[0].trim() });
      }
    });
  return found;
}
