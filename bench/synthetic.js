// Deterministic synthetic batches for benchmarks: n realistic-looking domains over every category.
const FIRST = ['best', 'bright', 'oak', 'summit', 'green', 'blue', 'river', 'north', 'golden', 'silver', 'urban', 'happy', 'prime', 'true', 'open', 'clear', 'bold', 'pine', 'cedar', 'maple', 'stone', 'iron', 'harbor', 'sunrise', 'evergreen', 'metro', 'coastal', 'alpine', 'little', 'grand'];
const SECOND = ['law', 'legal', 'tax', 'wealth', 'insure', 'clinic', 'smile', 'dental', 'wellness', 'fit', 'yoga', 'beauty', 'salon', 'bistro', 'kitchen', 'cafe', 'coffee', 'bakery', 'hotel', 'inn', 'travel', 'tours', 'realty', 'homes', 'build', 'roofing', 'plumbing', 'auto', 'motors', 'shop', 'boutique', 'tech', 'cloud', 'labs', 'academy', 'school', 'charity', 'photo', 'studio', 'design', 'music', 'events', 'farm', 'pets', 'group', 'works'];
const THIRD = ['', 'co', 'hq', 'pro', 'plus', 'center', 'house', 'partners', 'collective', 'place'];
const TLDS = ['com', 'net', 'org', 'co', 'io', 'co.uk', 'de', 'com.au', 'ca', 'shop'];

export function syntheticDomains(n) {
  const out = [];
  let i = 0;
  while (out.length < n) {
    const a = FIRST[i % FIRST.length];
    const b = SECOND[Math.floor(i / FIRST.length) % SECOND.length];
    const c = THIRD[Math.floor(i / (FIRST.length * SECOND.length)) % THIRD.length];
    const t = TLDS[Math.floor(i / (FIRST.length * SECOND.length * THIRD.length)) % TLDS.length];
    out.push(`${a}${b}${c}.${t}`);
    i += 1;
  }
  return out;
}

export function syntheticBatchYaml(n) {
  return 'sites:\n' + syntheticDomains(n).map((d) => `  - domain: ${d}\n`).join('');
}

/** The same domains as a `.txt` batch (one a line, no categories): every site goes through inference. */
export function syntheticBatchTxt(n) {
  return syntheticDomains(n).join('\n') + '\n';
}
