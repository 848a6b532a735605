import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../../lib/store/imports/preview';
import type { ImportPreview } from '../../../../lib/store/imports/types';

const bytes = (s: string) => new TextEncoder().encode(s);
const ok = (s: string): ImportPreview => {
  const out = previewImport(bytes(s));
  if (!out.ok) throw new Error(out.reason);
  return out.preview;
};

/** A CTF with one pupil; `attendance` is the inside of <Attendance>…</Attendance> (or more elements). */
const ctf = (pupilExtra: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>
${head}<CTfile>
  <Header><SourceSchool><LEA>886</LEA><Estab>2001</Estab><SchoolName>Example Primary School</SchoolName></SourceSchool></Header>
  <CTFpupilData>
    <Pupil>
      <UPN>C886200125001</UPN>
      <Surname>Example</Surname>
      <Forename>Amelia</Forename>
      <DOB>2016-03-14</DOB>
${pupilExtra}
    </Pupil>
  </CTFpupilData>
</CTfile>
`;
const block = (start: string, marks: string) => `<AttendSessions><AttendanceStartDate>${start}</AttendanceStartDate><AttendanceMarks>${marks}</AttendanceMarks></AttendSessions>`;
const yearData = (...blocks: string[]) => `<YearData><Year>2025</Year><LEA>886</LEA><Estab>2001</Estab>${blocks.join('')}</YearData>`;
const codes = (p: ImportPreview) => p.marks.map((m) => `${m.date} ${m.session} ${m.code}`);

describe('CTF: a DOCTYPE that declares entities is refused with a reason, never a crash', () => {
  const cases: [string, string, RegExp][] = [
    ['external entity', '<!DOCTYPE CTfile [<!ENTITY x SYSTEM "file:///etc/passwd">]>', /declares entities that point at outside files/],
    ['public entity', '<!DOCTYPE CTfile [<!ENTITY x PUBLIC "-//X//EN" "http://example.invalid/x">]>', /declares entities that point at outside files/],
    ['parameter entity', '<!DOCTYPE CTfile [<!ENTITY % p "x"> %p;]>', /declares parameter entities/],
    ['bad entity name', '<!DOCTYPE CTfile [<!ENTITY b@d "x">]>', /declares its own entities/],
    ['internal entity', '<!DOCTYPE CTfile [<!ENTITY who "Someone Else">]>', /declares its own entities/],
    ['external DTD', '<!DOCTYPE CTfile SYSTEM "http://example.invalid/ctf.dtd">', /points at an outside document type definition/],
  ];
  for (const [name, head, what] of cases) {
    it(name, () => {
      const out = previewImport(bytes(ctf('', head + '\n')));
      expect(out).toMatchObject({ ok: false, line: 2 });
      if (out.ok) return;
      expect(out.reason).toMatch(what);
      expect(out.reason).toMatch(/was not read/);
    });
  }

  it('a bare <!DOCTYPE CTfile> says nothing and is read, line numbers unchanged', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>`, '<!DOCTYPE CTfile>\n'));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\']);
    expect(p.pupils[0]!.line).toBe(6);
  });
});

describe('CTF: nothing in the file is silently left out', () => {
  it('a second <AttendSessions> in a YearData is read', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'), block('2025-09-08', 'NN'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\', '2025-09-08 AM N', '2025-09-08 PM N']);
    expect(p.problems).toEqual([]);
  });

  it('a second <Attendance> block for the pupil is read', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>\n<Attendance>${yearData(block('2025-09-02', 'OO'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\', '2025-09-02 AM O', '2025-09-02 PM O']);
  });

  it('overlapping blocks that disagree: neither mark is imported, and the line says why', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>\n<Attendance>${yearData(block('2025-09-01', 'O\\'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 PM \\']);
    expect(p.problems).toContainEqual({ line: 11, what: 'AttendanceMarks character 1: says O for 2025-09-01 AM, but line 10 says /; neither imported' });
  });

  it('two <CTFpupilData> blocks: pupils of both are read', () => {
    const src = ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>`).replace(
      '</CTfile>',
      '<CTFpupilData><Pupil><UPN>R886200125002</UPN><Surname>Sample</Surname><Forename>Oliver</Forename></Pupil></CTFpupilData></CTfile>',
    );
    expect(ok(src).pupils.map((p) => p.key)).toEqual(['upn:C886200125001', 'upn:R886200125002']);
  });

  it('a second <AttendanceMarks> in one block cannot be placed: reported with its line', () => {
    const p = ok(ctf(`<Attendance>${yearData('<AttendSessions><AttendanceStartDate>2025-09-01</AttendanceStartDate>\n<AttendanceMarks>/\\</AttendanceMarks>\n<AttendanceMarks>NN</AttendanceMarks></AttendSessions>')}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\']);
    expect(p.problems).toEqual([{ line: 12, what: expect.stringMatching(/^a second <AttendanceMarks> in the same <AttendSessions> has no start date .* not imported \(line 11 was read\)/) }]);
  });

  it('a pupil who cannot be identified: the pupil and their attendance are both reported', () => {
    const src = ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>`).replace('<UPN>C886200125001</UPN>', '').replace('<DOB>2016-03-14</DOB>', '');
    const p = ok(src);
    expect(p.marks).toEqual([]);
    expect(p.problems.map((x) => x.line)).toEqual([5, 5]);
    expect(p.problems[0]!.what).toMatch(/^cannot identify the pupil "Amelia Example"/);
    expect(p.problems[1]!.what).toBe('its attendance block was not imported either, as the pupil cannot be identified');
  });

  it('an empty <Pupil> is reported, not skipped', () => {
    const src = ctf('').replace('<CTFpupilData>', '<CTFpupilData>\n<Pupil/>');
    const p = ok(src);
    expect(p.problems).toContainEqual({ line: 5, what: '<Pupil> holds no elements (no name, UPN or marks); nothing imported from it' });
    expect(p.pupils).toHaveLength(1);
  });
});

describe('CTF: the marks string is read exactly as written', () => {
  it('a leading space is a session with no mark, not padding (marks stay on their days)', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', ' \\/\\'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 PM \\', '2025-09-02 AM /', '2025-09-02 PM \\']);
    expect(p.notes).toContain('1 blank marks ("-" or empty) are not marks and were skipped');
  });

  it('numeric character references are decoded (decimal and hex), each one session', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '&#47;&#x5C;&#78;&#x4e;&amp;&amp;'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\', '2025-09-02 AM N', '2025-09-02 PM N']);
    expect(p.problems).toEqual([
      { line: 10, what: 'AttendanceMarks character 5: unknown code "&" for 2025-09-03 AM; not imported' },
      { line: 10, what: 'AttendanceMarks character 6: unknown code "&" for 2025-09-03 PM; not imported' },
    ]);
  });

  it('a reference to a character XML forbids is one unknown session, not a shift', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '&#0;\\/\\'))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 PM \\', '2025-09-02 AM /', '2025-09-02 PM \\']);
    expect(p.problems).toEqual([{ line: 10, what: 'AttendanceMarks character 1: unknown code "\uFFFD" for 2025-09-01 AM; not imported' }]);
  });

  it('an undefined entity in the marks: the block is reported and not imported', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '/\\&nbsp;/\\'))}</Attendance>`));
    expect(p.marks).toEqual([]);
    expect(p.problems[0]!.what).toMatch(/contains &nbsp;, an entity the file does not define/);
  });

  it('line breaks are wrapping, never marks', () => {
    const p = ok(ctf(`<Attendance>${yearData(block('2025-09-01', '\n          /\\\n          NN\n        '))}</Attendance>`));
    expect(codes(p)).toEqual(['2025-09-01 AM /', '2025-09-01 PM \\', '2025-09-02 AM N', '2025-09-02 PM N']);
  });
});

describe('CTF: identifiers with invisible characters are the same pupil', () => {
  it('a zero-width space in the UPN of a second <Pupil> does not make a second pupil', () => {
    const src = ctf(`<Attendance>${yearData(block('2025-09-01', '/\\'))}</Attendance>`).replace(
      '</CTFpupilData>',
      `<Pupil><UPN>C886200125001\u200B</UPN><Surname>Example</Surname><Forename>Amelia</Forename><Attendance>${yearData(block('2025-09-02', 'NN'))}</Attendance></Pupil></CTFpupilData>`,
    );
    const p = ok(src);
    expect(p.pupils.map((x) => x.key)).toEqual(['upn:C886200125001']);
    expect(p.pupils[0]!.marks).toBe(4);
  });
});

describe('CTF: parsing time grows with the file, not faster', () => {
  const many = (n: number) => {
    const pupil = (i: number) =>
      `<Pupil><UPN>A${String(i).padStart(12, '0')}</UPN><Surname>S${i}</Surname><Forename>F${i}</Forename><DOB>2016-01-01</DOB>\n<Attendance>${yearData(block('2025-09-01', '/\\/\\/\\/\\/\\####'.repeat(4)))}</Attendance></Pupil>\n`;
    return `<CTfile><Header><SourceSchool><LEA>886</LEA><Estab>2001</Estab></SourceSchool></Header><CTFpupilData>\n${Array.from({ length: n }, (_, i) => pupil(i)).join('')}</CTFpupilData></CTfile>`;
  };
  // 1,000 → 3,333 pupils in the ordinary run (a shared machine); IMPORT_SCALE_FULL=1 measures 3,000 → 10,000.
  const [small, large] = process.env.IMPORT_SCALE_FULL ? [3000, 10000] : [1000, 3333];
  it(`${small} → ${large} pupils takes about ${(large / small).toFixed(2)}× as long (linear; the old line rescans made it 6.9×)`, () => {
    const time = (n: number) => {
      const b = bytes(many(n));
      const t0 = performance.now();
      const out = previewImport(b);
      const ms = performance.now() - t0;
      expect(out.ok && out.preview.pupils.length).toBe(n);
      return ms;
    };
    time(200); // warm up
    const a = Math.min(time(small), time(small));
    const b = Math.min(time(large), time(large));
    const ratio = b / a;
    console.log(`CTF ${small} pupils ${a.toFixed(0)} ms, ${large} pupils ${b.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (linear: ${(large / small).toFixed(2)})`);
    expect(ratio).toBeLessThan(5.5);
  }, 180_000);
});
