import { describe, expect, it } from 'vitest';
import { isHostName, isSlug, slugOf } from './slug';

describe('slugOf', () => {
  it.each([
    ['Land Berlin', 'land-berlin'],
    ['Landeshauptstadt München', 'landeshauptstadt-munchen'],
    ['Straße & Co.', 'strasse-co'],
    ['---', 'organisation'],
  ])('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
    expect(isSlug(slugOf(name))).toBe(true);
  });

  it('tells host names from anything else', () => {
    expect(isHostName('termine.berlin.de')).toBe(true);
    expect(isHostName('Termine.berlin.de')).toBe(false);
    expect(isHostName('evil.de/path')).toBe(false);
    expect(isHostName('a..b')).toBe(false);
  });
});
