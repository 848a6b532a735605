import { describe, expect, it } from 'vitest';
import {
  applyCodeMapping,
  isKnownCode,
  LEGACY_CODES,
  NATIONAL_CODES,
  normaliseMark,
  ONE_CAPITA_STANDINS,
  simsSubCodes,
  STAT_CATEGORIES,
} from '../../../lib/engine/codes';

const AFTER = '2024-09-10';
const BEFORE = '2024-06-10';

describe('national code set (rules §1.1)', () => {
  it('has the 34 codes of 2024 with the DfE categories', () => {
    expect(Object.keys(NATIONAL_CODES)).toHaveLength(34);
    const by = (cat: string) => Object.entries(NATIONAL_CODES).filter(([, v]) => v.category === cat).map(([k]) => k).sort();
    expect(by('present')).toEqual(['/', 'L', '\\'].sort());
    expect(by('aea')).toEqual(['B', 'K', 'P', 'V', 'W']);
    expect(by('authorised')).toEqual(['C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T']);
    expect(by('unauthorised')).toEqual(['G', 'N', 'O', 'U']);
    expect(by('notPossible')).toEqual(['#', 'D', 'Q', 'X', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z']);
    for (const v of Object.values(NATIONAL_CODES)) expect(STAT_CATEGORIES).toContain(v.category);
  });
  it('maps every legacy code to a 2024 successor', () => {
    expect(LEGACY_CODES.J).toMatchObject({ category: 'aea', successor: 'J1' });
    expect(LEGACY_CODES.H.successor).toBe('C');
    expect(LEGACY_CODES.F.successor).toBe('C');
    expect(LEGACY_CODES.Y.successor).toBe('Y7');
    for (const v of Object.values(LEGACY_CODES)) expect(NATIONAL_CODES[v.successor]).toBeDefined();
  });
});

describe('normaliseMark (D-NORM, D-CODESET)', () => {
  it('trims and upper-cases', () => {
    expect(normaliseMark(' l ', AFTER)).toMatchObject({ code: 'L', category: 'present', flags: [] });
    expect(normaliseMark('c2', AFTER)).toMatchObject({ code: 'C2', category: 'authorised' });
    expect(normaliseMark('y1', AFTER)).toMatchObject({ code: 'Y1', category: 'notPossible' });
  });
  it('treats "" and "-" as blank (missing) and null as not recorded', () => {
    expect(normaliseMark('', AFTER)).toMatchObject({ category: 'missing', flags: ['MISSING_MARK'] });
    expect(normaliseMark(' - ', AFTER)).toMatchObject({ category: 'missing' });
    expect(normaliseMark(null, AFTER)).toMatchObject({ category: 'notRecorded', flags: [] });
    expect(normaliseMark(undefined, AFTER).category).toBe('notRecorded');
  });
  it('reports unknown codes and never throws', () => {
    expect(normaliseMark('I01', AFTER)).toMatchObject({ code: 'I01', category: 'unknown', flags: ['UNKNOWN_CODE'] });
    expect(normaliseMark('?', AFTER).category).toBe('unknown');
    expect(normaliseMark('\u0000', AFTER).category).toBe('unknown');
  });
  it('reads a legacy code after the cutover as its successor, flagged', () => {
    expect(normaliseMark('J', AFTER)).toMatchObject({ code: 'J1', category: 'authorised', legacy: true, flags: ['LEGACY_CODE_AFTER_CUTOVER'] });
    expect(normaliseMark('h', AFTER)).toMatchObject({ code: 'C', category: 'authorised' });
    expect(normaliseMark('Y', AFTER)).toMatchObject({ code: 'Y7', category: 'notPossible' });
  });
  it('reads legacy codes before the cutover with legacy categories', () => {
    expect(normaliseMark('J', BEFORE)).toMatchObject({ code: 'J', category: 'aea', legacy: true, flags: [] });
    expect(normaliseMark('D', BEFORE).category).toBe('notPossible');
    expect(normaliseMark('H', BEFORE).category).toBe('authorised');
  });
  it('reads 2024-only codes before the cutover with their 2024 meaning, flagged', () => {
    expect(normaliseMark('K', BEFORE)).toMatchObject({ code: 'K', category: 'aea', flags: ['NEW_CODE_BEFORE_CUTOVER'] });
    expect(normaliseMark('C2', BEFORE).flags).toEqual(['NEW_CODE_BEFORE_CUTOVER']);
  });
  it('switches era exactly on 19 Aug 2024', () => {
    expect(normaliseMark('J', '2024-08-18').category).toBe('aea');
    expect(normaliseMark('J', '2024-08-19').category).toBe('authorised');
  });
});

describe('explicit code mappings (rules §1.3)', () => {
  it('maps One stand-ins case-sensitively before normalisation', () => {
    expect(applyCodeMapping('a', ONE_CAPITA_STANDINS)).toBe('Y2');
    expect(applyCodeMapping('A', ONE_CAPITA_STANDINS)).toBe('A');
    expect(applyCodeMapping(' < ', ONE_CAPITA_STANDINS)).toBe('C1');
    expect(normaliseMark(applyCodeMapping('a', ONE_CAPITA_STANDINS), AFTER).code).toBe('Y2');
    expect(normaliseMark('a', AFTER).category).toBe('unknown'); // without the mapping
  });
  it('maps only the SIMS sub-codes it is given', () => {
    const map = simsSubCodes({ I: ['I01', 'I02'], X: ['X01'] });
    expect(applyCodeMapping('I01', map)).toBe('I');
    expect(applyCodeMapping('X01', map)).toBe('X');
    expect(applyCodeMapping('M01', map)).toBe('M01');
    expect(applyCodeMapping(null, map)).toBeNull();
    expect(isKnownCode('I01')).toBe(false);
    expect(isKnownCode('J')).toBe(true);
  });
});
