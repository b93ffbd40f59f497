// The bundled rules/ folder: loads cleanly and covers what the later stages rely on.
import { describe, expect, it } from 'vitest';
import { LAYOUT_TEMPLATES } from '../../src/shared/vocabulary.js';
import { rulesDigest, selectFor, validateRules } from '../../src/rules/index.js';
import { GENERIC_FAMILIES } from '../../src/rules/font-families.js';
import { ACTIONS, copyBlockFor, echoesName, itemsNamed, LIST_SECTIONS, POINTS_DOWN, resolveAction } from '../../src/rules/copy.js';
import { seedFor } from '../../src/shared/hash.js';
import { COPY_SEED_NAMESPACE } from '../../src/rules/copy.js';
import { sectionsWithoutFacts } from '../../src/rules/facts.js';
import { familyOf, lineageOf } from '../../src/rules/tree.js';
import { builtinRules, builtinSources, site } from './builtinRules.js';
import type { Facts } from '../../src/shared/types.js';


/** How a card that claims nothing begins: what to ask, say, send or bring. */
const ASKS = /^(Ask|Say|Send|Tell|Bring|Book|Call|Find|Live here)\b/u;
describe('built-in rules', () => {
  it('load with no problems', () => {
    expect(validateRules(builtinSources).problems.map((p) => p.format())).toEqual([]);
  });

  it('have at least 24 categories, general among them, and use every layout template', () => {
    const rules = builtinRules();
    expect(Object.keys(rules.categories).length).toBeGreaterThanOrEqual(24);
    expect(rules.categories.general).toBeDefined();
    const used = new Set(Object.values(rules.categories).map((c) => c.layout.template));
    expect([...used].sort()).toEqual([...LAYOUT_TEMPLATES].sort());
  });

  it('hold a tree of 31 families and 80+ subcategories, each under a family or another subcategory', () => {
    const rules = builtinRules();
    const ids = Object.keys(rules.categories);
    const families = ids.filter((id) => rules.categories[id]?.parent === undefined);
    expect(families).toHaveLength(31);
    expect(ids.length - families.length).toBeGreaterThanOrEqual(80);
    for (const id of ids) expect(families, id).toContain(familyOf(rules, id));
  });

  it('give every family at least 8 keywords (its own and its subcategories\'), every subcategory 2, and 2-4 pairings', () => {
    const rules = builtinRules();
    for (const id of Object.keys(rules.categories)) {
      const words = Object.entries(rules.lexicon.keywords).filter(([, c]) => lineageOf(rules, c).includes(id));
      expect(words.length, id).toBeGreaterThanOrEqual(rules.categories[id]?.parent === undefined ? 8 : 2);
      expect(rules.categories[id]?.typography.pairings.length, id).toBeGreaterThanOrEqual(2);
      expect(rules.categories[id]?.typography.pairings.length, id).toBeLessThanOrEqual(4);
    }
  });

  it('have at least 10 pairings whose stacks all end in a generic family', () => {
    const fonts = Object.values(builtinRules().fonts);
    expect(fonts.length).toBeGreaterThanOrEqual(10);
    for (const pairing of fonts) {
      for (const stack of [pairing.heading, pairing.body, pairing.mono]) {
        const last = stack.split(',').pop()?.trim() ?? '';
        expect(GENERIC_FAMILIES, `${pairing.id}: ${stack}`).toContain(last);
        expect(stack, pairing.id).toMatch(/^[A-Za-z0-9 ,'-]+$/);
      }
    }
  });

  it('give every section of every category complete copy with {name} filled in', () => {
    const rules = builtinRules();
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('example.com', { category, name: 'Acme & Sons' }), rules);
      expect(selection.layout.sections[0]).toBe('hero');
      expect(selection.layout.sections.at(-1)).toBe('contact');
      for (const section of selection.layout.sections) {
        const block = selection.copy[section];
        expect(block, `${category}.${section}`).toBeDefined();
        expect(block?.title.length, `${category}.${section}`).toBeGreaterThan(0);
        // About's lead introduces the business's story: without one (no facts here) it is left out, never a promise.
        if (section === 'about') expect(block?.lead, category).toBe('');
        else expect(block?.lead.length, `${category}.${section}`).toBeGreaterThan(0);
        if (LIST_SECTIONS.has(section)) expect(block?.items.length, `${category}.${section}`).toBeGreaterThanOrEqual(3);
        expect(JSON.stringify(block)).not.toMatch(/\{name\}|lorem/i);
      }
      expect(selection.copy.hero?.action).toBeTruthy();
      expect(selection.copy.contact?.action).toBeTruthy();
      expect(selection.tagline).not.toContain('{name}');
    }
  });

  it('digest equal rules equally and changed rules differently', () => {
    expect(rulesDigest(builtinRules())).toMatch(/^[0-9a-f]{64}$/);
    const changed = validateRules([...builtinSources, { file: 'user/rules/x.yaml', text: 'categories:\n  legal:\n    label: Law\n' }]).rules;
    expect(changed && rulesDigest(changed)).not.toBe(rulesDigest(builtinRules()));
    const same = validateRules([...builtinSources]).rules;
    expect(same && rulesDigest(same)).toBe(rulesDigest(builtinRules()));
  });
});

describe('options a domain names', () => {
  // A tutor's subjects, a music teacher's instruments, a photographer's kinds of work are options: a domain that
  // names one of them keeps it (and the items that are no option), not the others it would claim.
  const titles = (domain: string) => {
    const { copy } = selectFor(site(domain), builtinRules()).selection;
    return (copy['services'] ?? copy['features'])?.items.map((i) => i.title);
  };
  it('leave out the options a domain does not name', () => {
    expect(titles('mathmentorstutoring.com')).toEqual(['Maths', 'Exam preparation']);
    expect(titles('physicstutor.co.uk')).toEqual(['Science', 'Exam preparation']);
    expect(titles('englishandmathstutors.com')).toEqual(['Maths', 'English', 'Exam preparation']);
    expect(titles('smithpianolessons.com')).toEqual(['Piano', 'Theory']);
    expect(titles('eventphotography.co.uk')).toEqual(['Events']);
    expect(titles('weddingcatering.co.uk')).toEqual(['Weddings']);
    expect(titles('corporatecateringlondon.com')).toEqual(['Work events']);
  });
  it('keep every option when the domain names none of them', () => {
    expect(titles('abctutoring.com')).toEqual(['Maths', 'English', 'Science', 'Exam preparation']);
    expect(titles('janesmithphotography.com')).toEqual(['Weddings', 'Portraits', 'Events', 'Commercial']);
  });
  it('keep the whole list when every option is named, and items that are no option always', () => {
    const items = [{ title: 'A', namedBy: ['a'] }, { title: 'B', namedBy: ['b'] }, { title: 'C' }];
    expect(itemsNamed(items, new Set(['a', 'b'])).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(itemsNamed(items, new Set(['b'])).map((i) => i.title)).toEqual(['B', 'C']);
    expect(itemsNamed(items, new Set(['c'])).map((i) => i.title)).toEqual(['A', 'B', 'C']);
  });
  it('show an item onlyNamed where the domain names it, and nowhere else, without filtering the rest', () => {
    const items = [{ title: 'A', namedBy: ['a'] }, { title: 'B', namedBy: ['b'] }, { title: 'C' }, { title: 'D', namedBy: ['d'], onlyNamed: true }];
    expect(itemsNamed(items, new Set(['x'])).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(itemsNamed(items, new Set(['d'])).map((i) => i.title)).toEqual(['A', 'B', 'C', 'D']);
    expect(itemsNamed(items, new Set(['a', 'd'])).map((i) => i.title)).toEqual(['A', 'C', 'D']);
    expect(titles('airductcleaningexperts.com')).toContain('Duct cleaning');
    expect(titles('rockymountainhvac.com')).not.toContain('Duct cleaning');
    expect(titles('chargepointinstallers.co.uk')).toContain('EV charge points');
    expect(titles('brightsparkelectric.co.uk')).not.toContain('EV charge points');
  });
});

describe('leads that would repeat the name', () => {
  const lead = (domain: string, name: string, category: string) => selectFor(site(domain, { category, name }), builtinRules()).selection.copy.hero?.lead;
  /** The lead the domain's seed picks among the trade's leads, as it would with no care for the name. */
  const picked = (domain: string, category: string) => {
    const block = copyBlockFor(builtinRules(), category, 'hero');
    return seedFor(COPY_SEED_NAMESPACE, domain).pick('hero.lead', [block?.lead ?? '', ...(block?.leads ?? [])]);
  };
  const stems = (name: string) => new Set(name.toLowerCase().split(' ').map((w) => (w.length > 6 && w.endsWith('ing') ? w.slice(0, -3) : w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
  it('are passed over for a lead that says something the name does not', () => {
    const cases = [
      ['Ashford Motorcycles', 'motorcycle'],
      ['Green Events', 'events'],
      ['Grand Roofing', 'roofing'],
      ['Lotus Pilates', 'pilates'],
    ] as const;
    for (const [name, category] of cases) {
      let echoing = 0;
      for (let i = 0; i < 24; i++) {
        const domain = `${name.toLowerCase().replace(' ', '')}${i}.com`;
        const shown = lead(domain, name, category) ?? '';
        const raw = picked(domain, category);
        if (echoesName(raw, stems(name))) {
          // The domain's own pick repeats the name: the page shows another lead, one that does not.
          echoing += 1;
          expect(echoesName(shown.startsWith(name) ? `{name}${shown.slice(name.length)}` : shown, stems(name))).toBe(false);
        } else expect(shown).toBe(raw.replace('{name}', name));
      }
      // Some of the 24 picks repeat the name, else the case proves nothing.
      expect([name, echoing > 0]).toEqual([name, true]);
    }
  });
  it('are kept when they say more than the name', () => {
    expect(echoesName('{name} is a bakery for bread, pastries and cakes.', stems('Alpine Bakery'))).toBe(false);
    expect(echoesName('{name} works with motorcycles.', stems('Ashford Motorcycles'))).toBe(true);
    expect(echoesName('{name} teaches Pilates.', stems('Lotus Pilates'))).toBe(true);
    expect(echoesName('{name} teaches Pilates.', stems('Lotus Studio'))).toBe(false);
  });
  it("leave every trade a lead for a name that says the trade ('Acme Bagels', 'Acme Tattoo', 'Acme Farm')", () => {
    const rules = builtinRules();
    const words = new Map<string, string[]>();
    for (const [keyword, category] of Object.entries(rules.lexicon.keywords)) if (!keyword.includes(' ')) words.set(category, [...(words.get(category) ?? []), keyword]);
    const without: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const block = copyBlockFor(rules, category, 'hero');
      const leads = [block?.lead, ...(block?.leads ?? [])].filter((l): l is string => l !== undefined);
      for (const word of (words.get(category) ?? []).slice(0, 6)) {
        if (leads.length > 0 && leads.every((l) => echoesName(l, stems(`acme ${word}`)))) without.push(`${category}: Acme ${word}`);
      }
    }
    expect(without).toEqual([]);
  });
  it("see a trade's short word and its -ing form in the name ('City Fit Gym is a gym.')", () => {
    expect(lead('cityfitgym.com', 'City Fit Gym', 'gym')).not.toBe('City Fit Gym is a gym.');
    expect(lead('sparkleclean.co.uk', 'Sparkle Clean', 'cleaning')).not.toBe('Sparkle Clean is a cleaning service.');
    expect(lead('oldtownbookshop.co.uk', 'Old Town Bookshop', 'bookshop')).not.toBe('Old Town Bookshop is a bookshop.');
  });
});

describe('other headlines', () => {
  // A batch of cafés should not open every page with the same words: a category may give other titles, as true as
  // its own, and each site takes one by a stable hash of its domain.
  const title = (domain: string, category: string) => selectFor(site(domain, { category }), builtinRules()).selection.copy.hero?.title;
  it("give each site one of the category's headlines, the same one on every run, and not the same one for all", () => {
    const block = copyBlockFor(builtinRules(), 'cafe', 'hero');
    const choices = [block?.title, ...(block?.titles ?? [])];
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 24; i++) {
      const chosen = title(`cafe${i}.com`, 'cafe');
      expect(choices).toContain(chosen);
      expect(title(`cafe${i}.com`, 'cafe')).toBe(chosen);
      seen.add(chosen);
    }
    expect(seen.size).toBe(choices.length);
  });
  it('are each another line: no block offers the same headline or lead twice, which would deal it to more sites', () => {
    const rules = builtinRules();
    const twice: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      for (const section of rules.categories[category]?.layout.sections ?? []) {
        for (const placed of [true, false]) {
          const block = copyBlockFor(rules, category, section, placed);
          for (const lines of [[block?.title, ...(block?.titles ?? [])], [block?.lead, ...(block?.leads ?? [])]]) {
            const seen = new Set<string>();
            for (const line of lines) {
              if (line !== undefined && seen.has(line)) twice.push(`${category}.${section}: "${line}"`);
              if (line !== undefined) seen.add(line);
            }
          }
        }
      }
    }
    expect([...new Set(twice)]).toEqual([]);
  });
  it("no section's lead opens with its own title ('What to ask' over 'What to ask Acme about.')", () => {
    const rules = builtinRules();
    const echoes: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      for (const section of rules.categories[category]?.layout.sections ?? []) {
        for (const placed of [true, false]) {
          const block = copyBlockFor(rules, category, section, placed);
          for (const title of [block?.title, ...(block?.titles ?? [])]) {
            for (const lead of [block?.lead, ...(block?.leads ?? [])]) {
              if (title && lead && lead.toLowerCase().startsWith(title.toLowerCase())) echoes.push(`${category}.${section}: "${title}" / "${lead}"`);
            }
          }
        }
      }
    }
    expect([...new Set(echoes)]).toEqual([]);
  });
  it("no trade speaks of its family's subject in a line it inherits (a courier's 'Ask Swift Couriers about your car')", () => {
    // Words a family's own lines use for its own subject, and the subcategories that share that subject. Any other
    // subcategory that inherits such a line (its layout shows the section and it does not replace the field) speaks
    // of another trade's subject: a courier asked about "your car", a campsite's photographs of "the house".
    const SUBJECTS: Record<string, { words: RegExp; shared: readonly string[] }> = {
      automotive: { words: /\byour car\b|\bthe car\b/u, shared: ['auto-repair', 'car-detailing', 'car-restoration'] },
      restaurant: { words: /\bdining room\b/u, shared: ['bar-pub', 'pizzeria'] },
      hotel: { words: /\bthe house\b/u, shared: ['bed-and-breakfast', 'vacation-rental', 'hostel'] },
      music: { words: /\bmakes the music\b|\bpress\b|\bshows\b/u, shared: ['band', 'dj', 'choir'] },
      landscaping: { words: /\bgardens\b/u, shared: ['lawn-care'] },
      agriculture: { words: /\bproduces\b|\bthe farm\b/u, shared: ['vineyard', 'beekeeping', 'brewery', 'distillery'] },
      cafe: { words: /\bthe coffee\b/u, shared: ['coffee-roaster'] },
      legal: { words: /\blegal\b|\blaw\b|\bconsultation\b|\bpractice\b/u, shared: ['family-law', 'criminal-defense', 'personal-injury', 'estate-planning', 'immigration-law'] },
      retail: { words: /\bshelves\b/u, shared: [] },
    };
    const rules = builtinRules();
    const heard: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const lineage = lineageOf(rules, category);
      for (const section of rules.categories[category]?.layout.sections ?? []) {
        const block = copyBlockFor(rules, category, section) ?? {};
        for (const field of ['title', 'lead', 'action', 'secondaryAction'] as const) {
          const line = block[field];
          if (typeof line !== 'string') continue;
          // The category that set this field: the nearest of the lineage whose own block has it.
          const from = [...lineage].reverse().find((id) => (rules.copy.categories[id]?.[section] as Record<string, unknown> | undefined)?.[field] !== undefined);
          if (from === undefined || from === category) continue;
          const subject = SUBJECTS[from];
          if (subject?.words.test(line) && !subject.shared.includes(category)) heard.push(`${category}.${section}.${field} from ${from}: "${line}"`);
        }
      }
    }
    expect(heard).toEqual([]);
  });
  it('never say the same thing twice: no headline shares two words with a lead it may stand above', () => {
    // Words of four letters or more, compared on their first five ("repaired" and "repairs" are one word here).
    const words = (text: string) => text.toLowerCase().replaceAll('{name}', ' ').split(/[^a-z']+/u).filter((w) => w.length >= 4 && !['with', 'your', 'from', 'that', 'this', 'what', 'when', 'where', 'which', 'into', 'about'].includes(w));
    const rules = builtinRules();
    const echoes: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const block = copyBlockFor(rules, category, 'hero');
      for (const title of [block?.title ?? '', ...(block?.titles ?? [])]) {
        for (const lead of [block?.lead ?? '', ...(block?.leads ?? [])]) {
          const stems = new Set(words(lead).map((w) => w.slice(0, 5)));
          const shared = words(title).filter((w) => stems.has(w.slice(0, 5)));
          if (shared.length >= 2) echoes.push(`${category}: "${title}" / "${lead}"`);
        }
      }
    }
    expect(echoes).toEqual([]);
  });
  it("belong to the title they stand beside: a category with its own title does not inherit its family's others", () => {
    const { rules } = validateRules([...builtinSources, { file: 'user/rules/x.yaml', text: 'copy:\n  tea-room:\n    hero: { title: "Tea, served." }\n' }]);
    expect(rules && copyBlockFor(rules, 'tea-room', 'hero')?.titles).toBeUndefined();
    const { problems } = validateRules([...builtinSources, { file: 'user/rules/y.yaml', text: 'copy:\n  cafe:\n    hero: { titles: ["Coffee at {place}"] }\n' }]);
    expect(problems.map((p) => p.format())).toEqual([expect.stringContaining('copy.cafe.hero.titles[0]: found the placeholder {place}, expected only {name}')]);
  });
  it('are matched by other leads, picked apart from the headline: each used, stable, and dropped under a lead of its own', () => {
    const rules = builtinRules();
    const block = copyBlockFor(rules, 'plumbing', 'hero');
    const choices = [block?.lead, ...(block?.leads ?? [])].map((l) => l?.replace('{name}', 'Acme'));
    expect(choices.length).toBe(3);
    const lead = (domain: string) => selectFor(site(domain, { category: 'plumbing', name: 'Acme' }), rules).selection.copy.hero?.lead;
    const pairs = new Set<string>();
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 30; i++) {
      const chosen = lead(`plumber${i}.com`);
      expect(choices).toContain(chosen);
      expect(lead(`plumber${i}.com`)).toBe(chosen);
      seen.add(chosen);
      pairs.add(`${title(`plumber${i}.com`, 'plumbing')} / ${chosen}`);
    }
    expect(seen.size).toBe(3);
    // Picked under its own label: the lead does not follow the headline (three headlines by three leads).
    expect(pairs.size).toBeGreaterThan(3);
    // A project's own lead or headline replaces the rules' alternatives: it is the one every site shows.
    const { rules: over } = validateRules([...builtinSources, { file: 'user/rules/x.yaml', text: 'copy:\n  pizzeria:\n    hero: { lead: "{name} bakes pizza." }\n  cafe:\n    hero: { title: "Our own headline." }\n' }]);
    expect(over && copyBlockFor(over, 'pizzeria', 'hero')).toMatchObject({ lead: '{name} bakes pizza.' });
    expect(over && copyBlockFor(over, 'pizzeria', 'hero')?.leads).toBeUndefined();
    expect(over && copyBlockFor(over, 'pizzeria', 'hero')?.guide).toBeUndefined();
    expect(over && copyBlockFor(over, 'cafe', 'hero')?.titles).toBeUndefined();
    expect(over && copyBlockFor(over, 'cafe', 'hero')?.leads).toBeDefined();
    // A category below a family with other leads, that writes its own lead, takes none of them.
    expect(copyBlockFor(rules, 'landscaping', 'hero')?.leads).toBeDefined();
    expect(copyBlockFor(rules, 'tree-surgeon', 'hero')?.leads).toBeUndefined();
    const { problems } = validateRules([...builtinSources, { file: 'user/rules/y.yaml', text: 'copy:\n  cafe:\n    hero: { leads: ["{name} is in {town}.", "More is below."] }\n' }]);
    expect(problems.map((p) => p.format())).toEqual([
      expect.stringContaining('copy.cafe.hero.leads[0]: found the placeholder {town}, expected only {name}'),
      expect.stringContaining('copy.cafe.hero.leads[1]: found a lead that points down the page'),
    ]);
  });
});

const ADDRESS = { street: '1 High Street', locality: 'Hudson', region: 'NY', postalCode: '12534', country: 'US' };

describe('lines for a business without an address', () => {
  const copyOf = (category: string, facts?: Facts) => selectFor({ ...site('example.com', { category, name: 'Acme' }), ...(facts ? { facts } : {}) }, builtinRules()).selection.copy;
  it('send no one to look for a place the page does not give: "Find us" and "Visit Acme" only with an address', () => {
    expect(copyOf('cafe', { address: ADDRESS }).hero).toMatchObject({ action: 'Find us', actionTarget: 'contact' });
    expect(copyOf('cafe', { address: ADDRESS }).contact?.title).toBe('Find Acme');
    expect(copyOf('cafe').hero).toMatchObject({ action: 'Get in touch', actionTarget: 'contact' });
    expect(copyOf('cafe').contact?.title).toBe('Contact Acme');
    // A phone number is no place: the page still has no address.
    expect(copyOf('bookshop', { phone: '+1 555 0100' }).contact?.title).toBe('Contact Acme');
    expect(copyOf('bookshop', { address: ADDRESS }).contact?.title).toBe('Visit Acme');
    // The ice-cream shop's lead says where to find it only where the page does.
    expect(copyOf('ice-cream').hero?.lead).toBe('Acme serves ice cream. How to get in touch is below.');
    expect(copyOf('ice-cream', { address: ADDRESS }).hero?.lead).toBe('Acme serves ice cream. Where to find us is below.');
    // No page of any category without an address says "Find us", "Visit the shop" or "Visit Acme".
    const rules = builtinRules();
    const told: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      for (const placeholders of [true, false]) {
        const copy = selectFor(site('example.com', { category, name: 'Acme' }), rules, { placeholders }).selection.copy;
        for (const [section, block] of Object.entries(copy)) {
          // A sample block says what goes there (a food truck's "Where to find us" stands for its stops).
          if (block.sample) continue;
          for (const text of [block.title, block.lead, block.action, block.secondaryAction]) {
            if (text !== undefined && /\b(find us|where to find|visit the (shop|farm|vineyard)|visit us|visit acme|find acme)\b/iu.test(text)) told.push(`${category}.${section}: ${text}`);
          }
        }
      }
    }
    expect(told).toEqual([]);
  });
  it("belong to the lines they replace: a category that writes its own line keeps it, with or without an address", () => {
    const over = (text: string) => validateRules([...builtinSources, { file: 'user/rules/x.yaml', text }]);
    // The tea room writes its own second button: the café's replacement for "Find us" is not laid over it.
    const { rules } = over('copy:\n  tea-room:\n    hero: { secondaryAction: "See the teas", secondaryActionTarget: menu }\n');
    expect(rules && copyBlockFor(rules, 'tea-room', 'hero', false)).toMatchObject({ secondaryAction: 'See the teas', actionFallback: [{ target: 'contact', label: 'Get in touch' }] });
    // The replacement lines are checked like any other: placeholders, and a lead that points down the page.
    const { problems } = over('copy:\n  cafe:\n    contact:\n      withoutAddress: { title: "Write to {owner}", lead: "The form is below." }\n');
    expect(problems.map((p) => p.format())).toEqual([
      expect.stringContaining('copy.cafe.contact.withoutAddress.title: found the placeholder {owner}, expected only {name}'),
      expect.stringContaining('copy.cafe.contact.withoutAddress.lead: found a lead that points down the page'),
    ]);
    expect(problems[1]?.format()).toContain('move that sentence to copy.cafe.contact.withoutAddress.guide');
  });
});

describe('a page whose business gave no facts', () => {
  // Menus, products, galleries, schedules and stories are the business's to give; without them a café's page was its
  // hero, three questions and a form. Every trade keeps a section of its own that asks instead of claiming.
  it('keeps a section of its own between the hero and the questions and contact, for every trade', () => {
    const rules = builtinRules();
    const thin: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      // The default category's trade is unknown: there is nothing true to ask about that its FAQ does not.
      if (category === 'general') continue;
      const own = rules.categories[category]?.layout.sections ?? [];
      const bare = sectionsWithoutFacts(own, rules.content, (id) => copyBlockFor(rules, category, id)?.sample === true);
      const middle = bare.filter((s) => !['hero', 'faq', 'cta', 'contact'].includes(s));
      if (middle.length === 0) thin.push(`${category}: ${bare.join(', ')}`);
      // And a list of things to ask about asks: no card of it claims what the business has not said.
      for (const id of middle.filter((s) => s === 'features')) {
        for (const item of copyBlockFor(rules, category, id)?.items ?? []) {
          if (!ASKS.test(item.text)) thin.push(`${category} ${id} "${item.title}": ${item.text}`);
        }
      }
    }
    expect(thin).toEqual([]);
  });
});

describe('calls to action and navigation labels', () => {
  it('land on a section of the page for every category in every layout, with or without the sections only facts fill', () => {
    const rules = builtinRules();
    const broken: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const own = rules.categories[category]?.layout.sections ?? [];
      // The same sections under each layout template, and the page left when fact sections are dropped.
      // rules/sections.yaml says which sections a page without facts loses; sample copy goes too.
      const bare = sectionsWithoutFacts(own, rules.content, (id) => copyBlockFor(rules, category, id)?.sample === true);
      for (const template of LAYOUT_TEMPLATES) {
        for (const sections of [own, bare]) {
          // A business that gave its address, and one that did not (a block's `withoutAddress` lines).
          for (const placed of [true, false]) {
            for (const section of ['hero', 'cta'].filter((s) => sections.includes(s))) {
              const block = copyBlockFor(rules, category, section, placed);
              for (const action of ACTIONS.filter((a) => a.section === section)) {
                const resolved = block && resolveAction(block, action, sections);
                // The hero's second button may go where the facts thin the page (it is optional), not from the layout.
                if (action.optional && sections === bare) continue;
                if (resolved && 'missing' in resolved) broken.push(`${category} (${template}, ${sections.join(' ')}, placed ${placed}): ${section} ${resolved.missing}`);
              }
            }
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never give the hero two buttons to the same place: the second takes its next choice, or is left out', () => {
    const rules = builtinRules();
    const repeated: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      for (const placeholders of [true, false]) {
        const hero = selectFor(site('example.com', { category }), rules, { placeholders }).selection.copy.hero;
        if (!hero?.action || !hero.actionTarget) repeated.push(`${category}: no main call to action`);
        if (hero?.secondaryAction !== undefined && (hero.secondaryActionTarget === hero.actionTarget || hero.secondaryAction === hero.action)) {
          repeated.push(`${category} (placeholders ${placeholders}): "${hero.action}" and "${hero.secondaryAction}" both to ${hero.actionTarget}`);
        }
      }
    }
    expect(repeated).toEqual([]);
    // A café without its menu or story: "See the menu" falls back to contact ("Get in touch": without an address
    // there is nothing to find), and the second button beside it has nowhere else to go (no About section without a
    // story), so the hero has one button; a shop without products likewise, since its second could only lead to
    // contact too. With a story, the second button is "About ...".
    const bare = (category: string) => selectFor(site('example.com', { category }), rules, { placeholders: false }).selection.copy.hero;
    expect(bare('cafe')).toMatchObject({ action: 'Get in touch', actionTarget: 'contact' });
    expect(bare('cafe')?.secondaryAction).toBeUndefined();
    const told = selectFor({ ...site('example.com', { category: 'cafe' }), facts: { story: ['We roast on Fridays.'], address: ADDRESS } }, rules).selection.copy.hero;
    expect(told).toMatchObject({ action: 'Find us', actionTarget: 'contact', secondaryAction: 'About Example', secondaryActionTarget: 'about' });
    expect(bare('retail')).toMatchObject({ action: 'Ask about an item', actionTarget: 'contact' });
    expect(bare('retail')?.secondaryAction).toBeUndefined();
    expect(bare('retail')?.secondaryActionTarget).toBeUndefined();
  });

  it('come from rules data: a nav label for every listed section, and the examples of the brief', () => {
    const rules = builtinRules();
    // Placeholders on: every section of the layout is on the page (sections only facts fill as samples).
    const copy = (domain: string, category: string) => selectFor(site(domain, { category }), rules, { placeholders: true }).selection.copy;
    expect(copy('a.com', 'bakery').gallery?.nav).toBe('Our bakes');
    expect(copy('a.com', 'bed-and-breakfast').gallery?.nav).toBe('Rooms');
    expect(copy('a.com', 'band').schedule?.nav).toBe('Tour dates');
    const placed = selectFor({ ...site('a.com', { category: 'cafe' }), facts: { address: ADDRESS } }, rules, { placeholders: true }).selection.copy;
    expect(placed.hero).toMatchObject({ action: 'See the menu', actionTarget: 'menu', secondaryAction: 'Find us', secondaryActionTarget: 'contact' });
    expect(copy('a.com', 'cafe').hero).toMatchObject({ action: 'See the menu', actionTarget: 'menu', secondaryAction: 'Get in touch', secondaryActionTarget: 'contact' });
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('example.com', { category }), rules, { placeholders: true });
      for (const section of selection.layout.sections) {
        if (section === 'hero' || section === 'cta') continue;
        expect(selection.copy[section]?.nav, `${category}.${section}`).toBeTruthy();
      }
    }
  });

  it('state no invented fact: no figures, prices, times, years or named people outside sample blocks', () => {
    const rules = builtinRules();
    const texts: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('example.com', { category, name: 'Acme' }), rules);
      for (const block of Object.values(selection.copy)) {
        if (block.sample) continue;
        // Numbered steps ("1. Get in touch") are numbering, not figures.
        texts.push(block.title, block.lead, block.action ?? '', block.secondaryAction ?? '', ...block.items.flatMap((i) => [i.title.replace(/^\d\. /u, ''), i.text]));
      }
    }
    const invented = texts.filter((t) => /\d|[$€£¥]|\b(Dr|Ms|Mrs|Mr)\.|24\/7|guarantee|licensed|insured|award|since \d/iu.test(t));
    expect([...new Set(invented)]).toEqual([]);
  });

  it('say what to ask, never what the business does: every services and features card outside a sample block is a question to put', () => {
    // "Offices: Cleaning for workplaces." told every cleaner's visitors it cleans offices; "Ask about cleaning for
    // workplaces." claims nothing. The section's lead says the same ("What to ask Acme about.", not "The work Acme
    // takes on.").
    const rules = builtinRules();
    const claims: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('example.com', { category, name: 'Acme' }), rules);
      for (const id of ['services', 'features'] as const) {
        const block = selection.copy[id];
        if (!block || block.sample) continue;
        for (const item of block.items) if (!ASKS.test(item.text)) claims.push(`${category} ${id}: ${item.title}: ${item.text}`);
        if (/^(The |What Acme |Who Acme |How Acme )/u.test(block.lead)) claims.push(`${category} ${id} lead: ${block.lead}`);
      }
    }
    expect(claims).toEqual([]);
  });

  it('end a hero lead with the guide sentence whose sections are all on the page, and name no section it lacks', () => {
    const rules = builtinRules();
    const lead = (category: string, facts?: Facts) => selectFor({ ...site('a.com', { category, name: 'Acme' }), ...(facts ? { facts } : {}) }, rules).selection.copy.hero?.lead;
    const menu = [{ name: 'Soup' }, { name: 'Bread' }, { name: 'Cake' }];
    // The restaurant's lead is one of its leads (picked by the domain), and the guide follows whichever it is.
    const own = copyBlockFor(rules, 'restaurant', 'hero');
    const opening = [own?.lead, ...(own?.leads ?? [])].map((l) => l?.replace('{name}', 'Acme'));
    const chosen = opening.find((l) => lead('restaurant')?.startsWith(l ?? '\0'));
    expect(lead('restaurant')).toBe(`${chosen} How to book a table is below.`);
    expect(lead('restaurant', { menu })).toBe(`${chosen} The menu and how to book are below.`);
    expect(lead('band')).toBe('Acme is a band. How to book the band is below.');
    // A lead set lower without a guide of its own drops the guide above it (pizzeria under restaurant).
    const pizzeria = copyBlockFor(rules, 'pizzeria', 'hero');
    expect([pizzeria?.lead, ...(pizzeria?.leads ?? [])].map((l) => l?.replace('{name}', 'Acme'))).toContain(lead('pizzeria', { menu }));
    // Every category, with and without the sections only facts fill: the sentence chosen needs only sections there.
    const wrong: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      for (const placeholders of [false, true]) {
        const { selection } = selectFor(site('a.com', { category, name: 'Acme' }), rules, { placeholders });
        const block = copyBlockFor(rules, category, 'hero', false);
        const chosen = (block?.guide ?? []).find((g) => selection.copy.hero?.lead.endsWith(` ${g.text}`));
        for (const id of chosen?.needs ?? []) if (!selection.layout.sections.includes(id)) wrong.push(`${category}: "${chosen?.text ?? ''}" without ${id}`);
        if (POINTS_DOWN.test(selection.copy.hero?.lead ?? '') && chosen === undefined) wrong.push(`${category}: "${selection.copy.hero?.lead ?? ''}" points down without a guide`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep the About section and its lead once the business gives its story or an About photo, and leave it out without either', () => {
    const rules = builtinRules();
    const about = (facts: Facts) => selectFor({ ...site('a.com', { category: 'bakery' }), facts }, rules).selection.copy.about;
    expect(about({ story: ['We bake.'] })).toMatchObject({ lead: 'Who bakes at A, and how.', from: 'story' });
    expect(about({ photos: [{ src: 'content/b/x.jpg', alt: 'The bakers', role: 'about', width: 800, height: 600, sha256: '0'.repeat(64), bytes: 1000, format: 'jpeg' }] })?.lead).toBe('Who bakes at A, and how.');
    // Without either, the section would only repeat the hero's tagline: it is left out, and the brief asks for a story.
    expect(about({ phone: '+45 70 10 20 30' })).toBeUndefined();
    const bare = selectFor({ ...site('a.com', { category: 'bakery' }), facts: { phone: '+45 70 10 20 30' } }, rules).selection;
    expect(bare.layout.sections).not.toContain('about');
    expect(bare.content?.dropped).toContainEqual({ section: 'about', needs: ['story'], orPhoto: 'about' });
    expect(bare.content?.missing).toContain('story');
  });

  it('print no sample sentence above the facts a business gave: a section its facts fill drops a sample lead', () => {
    const rules = builtinRules();
    const facts: Facts = {
      team: [{ name: 'Ines Marlow', role: 'Vet' }],
      testimonials: [{ quote: 'Kind and clear.', author: 'A client' }],
      figures: [{ value: '12', label: 'rooms' }],
      hours: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '17:00' }],
      services: [{ name: 'Check-ups', price: '£40' }],
      listings: [{ name: '2 Mill Road', price: '£300,000' }],
      products: [{ name: 'Sourdough' }],
      menu: [{ name: 'Soup', price: '£5' }],
      story: ['We started in 2001.'],
    };
    const leads: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor({ ...site('a.com', { category }), facts }, rules);
      for (const [id, block] of Object.entries(selection.copy)) if (block.from !== undefined) leads.push(`${category} ${id}: ${block.lead}`);
    }
    expect(leads.length).toBeGreaterThan(200);
    // Before, a vet's team section read "Sample team: the people, as they want to be introduced, go here." above the
    // two people the business had named.
    expect(leads.filter((l) => /\bsample\b|go(es)? here/iu.test(l))).toEqual([]);
  });

  it('list priced services once: the services cards carry the prices, so no price list repeats them', () => {
    const rules = builtinRules();
    const plan = (services: Facts['services']) => selectFor({ ...site('a.com', { category: 'barber' }), facts: { services } }, rules).selection;
    const priced = plan([{ name: 'Skin fade', price: '$28' }, { name: 'Beard trim', price: '$15' }]);
    expect(priced.layout.sections).toContain('services');
    // The barber's layout lists a price list; before, it repeated the same cards with the same prices under "Prices".
    expect(rules.categories['barber']?.layout?.sections).toContain('pricing');
    expect(priced.layout.sections).not.toContain('pricing');
    expect(priced.copy['services']?.from).toBe('services');
    expect(plan([{ name: 'Skin fade' }]).layout.sections).not.toContain('pricing');
  });

  it('end a sentence once after a name that ends in a full stop (Jones & Co.), in every category', () => {
    const rules = builtinRules();
    const doubled: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('a.com', { category, name: 'Jones & Co.' }), rules);
      const texts = [selection.tagline, ...Object.values(selection.copy).flatMap((b) => [b.title, b.lead, ...b.items.flatMap((i) => [i.title, i.text])])];
      for (const t of texts) if (t.includes('Co..')) doubled.push(`${category}: ${t}`);
    }
    expect(doubled).toEqual([]);
  });

  it('give a bar its BarOrPub and a bookshop its BookStore schema.org type (their keys once named no category)', () => {
    const rules = builtinRules();
    expect(selectFor(site('a.com', { category: 'bar-pub' }), rules).selection.content?.schemaTypes).toEqual(['BarOrPub']);
    expect(selectFor(site('a.com', { category: 'bookshop' }), rules).selection.content?.schemaTypes).toEqual(['BookStore']);
  });

  it('promise nothing only the business could promise: no speed, price, schedule, honesty or quality claims in copy or taglines', () => {
    const rules = builtinRules();
    const texts: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('example.com', { category, name: 'Acme' }), rules);
      texts.push(selection.tagline);
      for (const block of Object.values(selection.copy)) {
        if (block.sample) continue;
        texts.push(block.title, block.lead, ...block.items.flatMap((i) => [i.title, i.text]));
      }
    }
    // Each was in the built-in copy once: "Fast, friendly help", "Honest repairs and fair prices", "done right and on
    // time", "Baked fresh every morning", "roasted in small batches", "Stronger every week", "advice you can count on", "Funerals arranged with care".
    const promise = /\b(fast|quick(ly)?|prompt(ly)?|same[- ]day|on time|fair prices?|cheap|affordable|honest|done right|count on|every (morning|evening|night|week)|small batches|the best|best in|(made|done|arranged|handled|treated|packed) with (great |real )?care)\b/iu;
    expect([...new Set(texts.filter((t) => promise.test(t)))]).toEqual([]);
  });
});
