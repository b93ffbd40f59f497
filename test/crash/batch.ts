// A deterministic batch of n sites over several categories, for the resume and scale tests.
const FIRST = ['oak', 'river', 'summit', 'harbor', 'golden', 'maple', 'stone', 'bright'];
const SECOND = ['law', 'dental', 'bakery', 'yoga', 'realty', 'plumbing', 'studio', 'cafe', 'tech', 'farm'];

export function resumeBatch(n: number): string {
  const lines = ['sites:'];
  for (let i = 0; i < n; i++) lines.push(`  - domain: ${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}${i}.com`);
  return lines.join('\n') + '\n';
}
