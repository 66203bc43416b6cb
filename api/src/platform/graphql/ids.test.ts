import { describe, expect, it } from 'vitest';
import { IdCodec, parseId } from './ids';

const codec = new IdCodec('an-installation-key-of-at-least-32-characters');

describe('opaque IDs', () => {
  it('gives every key one ID of 22 URL-safe characters and reads it back', () => {
    for (const key of [1, 2, 3, 2_147_483_648, Number.MAX_SAFE_INTEGER]) {
      const id = codec.toPublic(key);
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(codec.toDatabaseKey(id)).toBe(String(key));
    }
    expect(codec.toPublic('18446744073709551615')).toHaveLength(22);
  });

  it('gives neighbouring keys IDs that share nothing a caller could count on', () => {
    const ids = Array.from({ length: 1000 }, (_, index) => codec.toPublic(index + 1));
    expect(new Set(ids).size).toBe(1000);
    expect(new Set(ids.map((id) => id.slice(0, 4))).size).toBeGreaterThan(990);
  });

  it('reads nothing from decimal keys, altered IDs or IDs of another installation', () => {
    const id = codec.toPublic(42);
    const altered = `${id.slice(0, 10)}${id[10] === 'A' ? 'B' : 'A'}${id.slice(11)}`;
    expect(codec.toDatabaseKey('42')).toBeNull();
    expect(codec.toDatabaseKey(altered)).toBeNull();
    expect(codec.toDatabaseKey(`${id}x`)).toBeNull();
    expect(new IdCodec('another-installation-key-of-32-characters-or-more').toDatabaseKey(id)).toBeNull();
  });

  it('refuses to give an ID to what is not a positive 64-bit key', () => {
    expect(() => codec.toPublic(0)).toThrow(RangeError);
    expect(() => codec.toPublic(-1)).toThrow(RangeError);
    expect(() => codec.toPublic('18446744073709551616')).toThrow(RangeError);
  });
});

describe('parseId', () => {
  it('takes the decimal keys JavaScript holds exactly and nothing else', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('4294967296')).toBe(4_294_967_296);
    expect(parseId(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of ['0', '01', '-1', '1.5', '9007199254740993', '99999999999999999', '', 'abc']) expect(parseId(bad)).toBeNull();
  });
});
