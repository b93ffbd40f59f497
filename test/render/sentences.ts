// The prose sentences of a DESIGN.md body (paragraphs and list items; not headings, tables or the front matter),
// for measuring how much prose a batch's files share. The Content Brief is left out: it is the same request to every
// business (what to supply and how), an instruction to the implementer rather than a description of this design.
export function sentencesOf(text: string): string[] {
  const all = text.slice(text.indexOf('\n---\n', 4) + 5);
  const brief = all.indexOf('\n## Content Brief');
  const body = brief === -1 ? all : all.slice(0, brief);
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('|')) continue;
    const prose = line.replace(/^(?:[-*]|\d+\.)\s+/, '').replace(/\*\*/g, '');
    for (const s of prose.split(/(?<=[.!?])\s+(?=[A-Z“"(`])/)) {
      const t = s.trim();
      if (/[.!?]$/.test(t) && t.split(/\s+/).length >= 3) out.push(t);
    }
  }
  return out;
}
