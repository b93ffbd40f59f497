// The business's address as its own country writes it, on the page, in the storefront's strip and in the map link.
import { describe, expect, test } from 'vitest';
import { contactViewFor, mapHrefOf } from '../../src/implement/fact-view.js';
import type { Facts } from '../../src/shared/types.js';

const at = (address: NonNullable<Facts['address']>): Facts => ({ address }) as Facts;

describe('address lines', () => {
  test.each([
    ['a US address: town, then state and ZIP', { street: '5 Valley Road', locality: 'Burlington', region: 'VT', postalCode: '05401', country: 'US' }, ['5 Valley Road', 'Burlington, VT 05401', 'US']],
    ['a Canadian address', { street: '12 King St W', locality: 'Toronto', region: 'ON', postalCode: 'M5H 1A1', country: 'Canada' }, ['12 King St W', 'Toronto, ON M5H 1A1', 'Canada']],
    ['an Australian address: no comma before the state', { street: '1 George St', locality: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' }, ['1 George St', 'Sydney NSW 2000', 'AU']],
    ['a British address: the postcode on its own line', { street: '14 Park Row', locality: 'Bristol', postalCode: 'BS1 5LJ', country: 'GB' }, ['14 Park Row', 'Bristol', 'BS1 5LJ', 'GB']],
    ['a German address: the code before the town', { street: 'Hauptstraße 3', locality: 'Köln', postalCode: '50667', country: 'DE' }, ['Hauptstraße 3', '50667 Köln', 'DE']],
    ['no country: the code before the town, then the region', { street: '3 Rue Haute', locality: 'Lyon', region: 'Rhône', postalCode: '69001' }, ['3 Rue Haute', '69001 Lyon, Rhône']],
    ['no code and no region', { street: '3 Mill Lane', locality: 'Ambleside', country: 'UK' }, ['3 Mill Lane', 'Ambleside', 'UK']],
  ])('%s', (_what, address, lines) => {
    const facts = at(address as NonNullable<Facts['address']>);
    expect(contactViewFor(facts).address).toEqual(lines);
    expect(decodeURIComponent(mapHrefOf(facts).split('query=')[1] ?? '')).toBe(lines.join(', '));
    // On one line (the storefront's strip), without the country, in the same order.
    expect(contactViewFor(facts).addressLine).toBe(lines.filter((l) => l !== (address as { country?: string }).country).join(', '));
  });
});
