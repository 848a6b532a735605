import { describe, expect, it } from 'vitest';
import { isValidUpn, makeUpn, upnCheckLetter } from '../../../lib/demo/upn';

describe('UPN check letter (DfE algorithm)', () => {
  it('accepts a published valid UPN and rejects it with any other check letter', () => {
    // Example from python-stdnum's UPN module documentation.
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(upnCheckLetter('801200005001')).toBe('B');
  });

  it('computes the letter from weights 2…13, mod 23, on the alphabet without I, O, S', () => {
    // 8·2+8·3+6·4+2·5+0·6+1·7+4·8+1·9+9·10+0·11+0·12+1·13 = 225; 225 mod 23 = 18 → 'V'.
    expect(upnCheckLetter('886201419001')).toBe('V');
    expect(makeUpn(886, 2014, 19, 1)).toBe('V886201419001');
  });

  it('values a temporary UPN final letter by its index in the check alphabet', () => {
    const body = '88620141900A';
    const letter = upnCheckLetter(body);
    expect(isValidUpn(letter + body)).toBe(true);
    expect(() => upnCheckLetter('88620141900I')).toThrow();
  });

  it('rejects wrong shapes', () => {
    for (const bad of ['', 'B80120000500', 'B8012000050011', 'I801200005001', 'b801200005001', 'B80120000X001']) {
      expect(isValidUpn(bad)).toBe(false);
    }
  });
});
