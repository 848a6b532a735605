/**
 * Label → canonical key, by phrase (la-forms.md §7). Pure. A label is normalised to words; entity
 * words (pupil, parent, your, school) say whose the value is; the remaining words are compared with
 * each key's phrases. The longest phrase wins; two different keys at the same strength is ambiguity,
 * which the planner turns into a refusal, never a guess.
 */
import { ATTRS, FACTS, type Entity, type ValueKind } from './keys';
import { leadingCodeCandidate } from './code-letter';

const STOP = new Set(['of', 'the', 'a', 'an', 'is', 'are', 'does', 'do', 'did', 'has', 'have', 'had', 'please', 'enter', 'give', 'provide',
  'their', 'his', 'her', 'its', 's', 'if', 'applicable', 'optional', 'required', 'details', 'detail', 'this', 'that', 'what', 'was',
  'were', 'be', 'been', 'any', 'and', 'or', 'for', 'e', 'g', 'eg', 'mandatory', 'field', 'type', 'here', 'your']);
const OBJECT_OF = new Set(['from', 'to', 'as', 'with', 'than', 'by']);
// `type` and `your` are kept out of phrases by listing them after use: see normaliseTokens.

const ENTITY_WORDS: [Entity, RegExp][] = [
  ['carer', /^(parent|parents|carer|carers|guardian|guardians|mother|father|mum|dad|stepparent|stepmother|stepfather|parentcarer)$/],
  ['pupil', /^(pupil|pupils|child|children|student|students|learner|learners|son|daughter|young|childs)$/],
  ['referrer', /^(your|you|referrer|referring|requester|requestor|applicant|submitter|completing|completed|requested|referred|notifying|notifier)$/],
  ['school', /^(school|schools|academy|establishment|setting)$/],
];

export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    // Dotted abbreviations: "U.P.N." → "upn", "D.O.B." → "dob", "N.C. Year" → "nc year".
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => `${m.replace(/\./g, '')} `)
    .replace(/\(\s*(required|optional|mandatory|if known|if applicable)\s*\)/g, ' ')
    .replace(/'s\b/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9% ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Short forms written on forms, read as the word they stand for (labels and phrases alike, so a
 * phrase table needs only the long form): "Yr group", "Tel", "Addr", "Unauth".
 */
const ABBREVIATIONS: Record<string, string> = {
  yr: 'year', yrs: 'year', tel: 'telephone', telno: 'telephone', ph: 'phone', addr: 'address', num: 'number', nbr: 'number',
  unauth: 'unauthorised', auth: 'authorised', sess: 'sessions', surnames: 'surname', forenames: 'forename',
};

/** Words of a label without filler words. `type` and `your` stay: they carry meaning in some labels. */
export function tokens(s: string): string[] {
  // "Young person" is one entity (the pupil): "person" is no word of the question asked.
  return normaliseText(s).replace(/\byoung (?:person|people)\b/g, 'young').split(' ').map((w) => ABBREVIATIONS[w] ?? w).filter((w) => w && (!STOP.has(w) || w === 'type' || w === 'your'));
}

export function entityOfWord(w: string): Entity | null {
  for (const [e, re] of ENTITY_WORDS) if (re.test(w)) return e;
  return null;
}

/** Entities named in a text, in order of appearance. "young person" counts once. */
export function entitiesIn(text: string): Entity[] {
  const out: Entity[] = [];
  // "Person making the referral / request": the person filling in the form, named by a phrase, not a word.
  const all = normaliseText(text)
    .replace(/\b(?:person |professional |practitioner )?(?:making|completing|submitting) (?:the|this) (?:referral|request|notification|application|form)\b/g, 'referrer')
    .split(' ');
  all.forEach((w, i) => {
    const e = entityOfWord(stem(w));
    if (!e || out.includes(e)) return;
    // "different from the pupil", "relationship to the child": the entity is the object, not the owner.
    let j = i - 1;
    while (j >= 0 && /^(the|a|an|this|that)$/.test(all[j]!)) j--;
    if (j >= 0 && OBJECT_OF.has(all[j]!) && e !== 'referrer') return;
    out.push(e);
  });
  return out;
}

/** "Parent or carer 2", "second parent", "Parent 1" → 1, 0; null when no carer number is given. */
export function carerNumberIn(text: string): number | null {
  const t = normaliseText(text);
  const m = /\b(?:parent|carer|guardian|adult|contact)(?: (?:or|and|carer|guardian|parent|with|parental|responsibility))* (\d{1,2})\b/.exec(t)
    // "2nd parent"; never a section number ("3. Parent / carer").
    ?? /\b(\d)(?:st|nd|rd|th) (?:parent|carer|guardian|adult|contact)\b/.exec(t);
  if (m) return Math.max(0, Number(m[1]) - 1);
  const o = /\b(first|second|third|fourth|main|other|additional) (?:parent|carer|guardian|adult|contact)\b/.exec(t)
    ?? /\b(?:parent|carer|guardian)(?: or carer)? (one|two|three|a|b)\b/.exec(t);
  if (o) return ({ first: 0, main: 0, one: 0, a: 0, second: 1, other: 1, additional: 1, two: 1, b: 1, third: 2, three: 2, fourth: 3 } as Record<string, number>)[o[1]!] ?? null;
  return null;
}

/** A number in a label like "Pupil 3" (for repeated rows named in the label). */
export function pupilNumberIn(text: string): number | null {
  const m = /\b(?:pupil|child|student|learner|row)s? (\d{1,2})\b/.exec(normaliseText(text));
  // "Row 0" (a zero-based id shown as text) names no pupil: numbering starts at 1.
  return m && Number(m[1]) >= 1 ? Number(m[1]) - 1 : null;
}

interface Phrase { words: string[]; exact: boolean }
const phraseCache = new Map<string, Phrase>();
function phrase(p: string): Phrase {
  let c = phraseCache.get(p);
  if (!c) phraseCache.set(p, (c = { exact: p.startsWith('='), words: tokens(p.replace(/^=/, '')).map(stem) }));
  return c;
}

const stem = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function containsRun(hay: string[], needle: string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function removeRun(hay: string[], needle: string[]): string[] {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return [...hay.slice(0, i), ...hay.slice(i + needle.length)];
  }
  return hay;
}

/**
 * The phrase's words in order with one other word between two of them ("last date attended" for
 * "last attended"), never a negation ("sessions not attended" is no "sessions attended").
 */
function containsWithGap(hay: string[], needle: string[]): boolean {
  if (needle.length < 2 || needle.length + 1 > hay.length) return false;
  for (let gap = 1; gap < needle.length; gap++) {
    const withGap = [...needle.slice(0, gap), '\u0000', ...needle.slice(gap)];
    outer: for (let i = 0; i + withGap.length <= hay.length; i++) {
      for (let j = 0; j < withGap.length; j++) {
        if (withGap[j] === '\u0000') {
          if (/^(not|no|non|never|un)$/.test(hay[i + j]!)) continue outer;
          continue;
        }
        if (hay[i + j] !== withGap[j]) continue outer;
      }
      return true;
    }
  }
  return false;
}

/** Strength of one phrase against a label: 0 = no match. Exact beats contained; longer beats shorter. */
function phraseScore(p: Phrase, full: string[], residual: string[]): { score: number; exact: boolean } {
  const eq = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
  if (eq(full, p.words) || eq(residual, p.words)) return { score: 1000 + 10 * p.words.length, exact: true };
  if (p.exact) return { score: 0, exact: false };
  if (containsRun(full, p.words) || containsRun(residual, p.words)) {
    const extra = Math.max(0, Math.min(full.length, residual.length || full.length) - p.words.length);
    return { score: 100 + 10 * p.words.length - Math.min(extra, 9), exact: false };
  }
  if (containsWithGap(full, p.words) || containsWithGap(residual, p.words)) {
    const extra = Math.max(0, Math.min(full.length, residual.length || full.length) - p.words.length);
    return { score: 95 + 10 * p.words.length - Math.min(extra, 9), exact: false };
  }
  return { score: 0, exact: false };
}

export type Candidate =
  | { kind: 'attr'; attr: string; keys: Partial<Record<Entity, string>>; valueKind: ValueKind; score: number; exact: boolean; phrase: string }
  | { kind: 'fact'; key: string; valueKind: ValueKind; score: number; exact: boolean; phrase: string; options?: Record<string, RegExp> };

export interface LabelMatch {
  best: Candidate | null;
  /** The label asks about two things at once ("School name and address", "child in need or child protection"). */
  second: Candidate | null;
  /** Another candidate as strong as the best, naming a different thing. */
  rival: Candidate | null;
  labelEntities: Entity[];
}

const keyOfCandidate = (c: Candidate) => (c.kind === 'fact' ? c.key : `attr:${c.attr}`);

/** Matches one label text. `context` (form title, legends, headings) gates context-bound keys. */
/** "Full address including postcode", "Sessions attended (incl. approved educational activity)": what is included qualifies the thing asked for. */
const INCLUDING = /\s*\(?\b(?:incl\.?|including|inc\.)\s[^)]*\)?/i;

/** "15. Period from", "Q3) School": the question's number is no word of it. */
const NUMBERING = /^\s*(?:q(?:uestion)?\s*)?\d{1,3}[.)]\s+/i;
/** "From (DD/MM/YYYY)", "Date of birth dd-mm-yyyy": the format to write in is no word of the question. */
const DATE_FORMAT = /\(?\b(?:dd|mm|yyyy|yy)(?:\s*[/.\- ]\s*(?:dd|mm|mmm|yyyy|yy))+\b\)?/gi;

/**
 * A list of examples in brackets after the question ("Enquiries made (calls, letters, home visits)",
 * "Agencies (e.g. CAMHS, police)"): what the answer may cover, not what is asked.
 */
const EXAMPLES = /\s*\((?:\s*(?:e\.?g\.?|for example|such as)\b[^()]*|[^()]*,[^()]*)\)/gi;

export function matchLabel(rawLabel: string, context: string): LabelMatch {
  const stripped = rawLabel.replace(NUMBERING, '').replace(DATE_FORMAT, ' ').replace(/\s+/g, ' ').trim();
  const label = stripped || rawLabel;
  if (INCLUDING.test(label)) {
    // What is included never makes the field that thing: "Present (including approved educational activity)"
    // is the sessions present, not the AEA sessions. The head alone answers, even when it names nothing.
    const head = label.replace(INCLUDING, ' ').trim();
    if (head) return matchWords(head, context);
  }
  const head = label.replace(EXAMPLES, ' ').replace(/\s+/g, ' ').trim();
  if (head && head !== label.replace(/\s+/g, ' ').trim()) {
    // What the whole label rules out ("… (days, not sessions)") still holds for its head.
    const m = matchWords(head, context, label);
    if (m.best && !m.rival) return m;
  }
  return matchWords(label, context);
}

function matchWords(label: string, context: string, unlessText: string = label): LabelMatch {
  const words = tokens(label).map(stem);
  const residual = words.filter((w) => !entityOfWord(w) && !/^\d+$/.test(w));
  const labelEntities = entitiesIn(label);
  const cands: Candidate[] = [];
  if (!words.length) return { best: null, rival: null, second: null, labelEntities };
  for (const a of ATTRS) {
    if (a.context && !a.context.test(context)) continue;
    if (a.unless?.test(unlessText)) continue;
    let best = { score: 0, exact: false, phrase: '' };
    for (const p of a.phrases) {
      const s = phraseScore(phrase(p), words, residual);
      if (s.score > best.score) best = { ...s, phrase: p };
    }
    if (best.score) cands.push({ kind: 'attr', attr: a.attr, keys: a.keys, valueKind: a.kind, ...best });
  }
  for (const f of FACTS) {
    if (f.context && !f.context.test(`${context} ${label}`)) continue;
    if (f.unless?.test(unlessText)) continue;
    let best = { score: 0, exact: false, phrase: '' };
    for (const p of f.phrases) {
      const s = phraseScore(phrase(p), words, residual);
      if (s.score > best.score) best = { ...s, phrase: p };
    }
    if (best.score) cands.push({ kind: 'fact', key: f.key, valueKind: f.kind, options: f.options, ...best });
  }
  // Code counts: "Sessions coded G", "Number of G codes", "Code G".
  const code = /\b(?:coded?|codes?) ([a-z]\d?)\b|\b([a-z]\d?) codes?\b/.exec(normaliseText(label));
  const c = (code?.[1] ?? code?.[2])?.toUpperCase();
  if (c && /^(?:[A-Z]|C[12]|[JKMQY][1-4]?)$/.test(c) && c !== 'L' && c !== 'U') {
    cands.push({ kind: 'fact', key: `att.code_count.${c}`, valueKind: 'int', score: 150, exact: false, phrase: `code ${c}` });
  }
  // A code letter in brackets after a count of sessions: "Illness sessions (I)", "Medical appointment sessions (M)".
  const bracketed = /\bsessions?\b[^()]*\(\s*([A-Za-z]\d?)\s*\)\s*[:*]?\s*$/i.exec(label);
  const bc = bracketed?.[1]?.toUpperCase();
  if (bc && !c && /^(?:[A-Z]|C[12]|[JKMQY][1-4]?)$/.test(bc) && bc !== 'L' && bc !== 'U') {
    cands.push({ kind: 'fact', key: `att.code_count.${bc}`, valueKind: 'int', score: 150, exact: false, phrase: `code ${bc}` });
  }
  // "Attendance in the current academic year (%)": attendance as a percentage, not of another period or kind.
  if (/\battendance\b/i.test(label) && /%|\bper ?cent(age)?\b/i.test(label) && !/\b(last|previous|prior|target|expected|before|since|unauthori[sz]ed|authori[sz]ed|absence|persistent|threshold|change|difference)\b/i.test(label)
    && !cands.some((x) => x.kind === 'fact' && x.key === 'att.percentage')) {
    cands.push({ kind: 'fact', key: 'att.percentage', valueKind: 'number', score: 140, exact: false, phrase: 'attendance %' });
  }
  // "G (holiday not agreed)": a row named by its register code first is that code's count.
  const lead = leadingCodeCandidate(label);
  if (lead) cands.push(lead);
  cands.sort((x, y) => y.score - x.score);
  const best = cands[0] ?? null;
  const rival = best ? (cands.find((x) => x.score === best.score && keyOfCandidate(x) !== keyOfCandidate(best)) ?? null) : null;
  let second: Candidate | null = null;
  if (best && !rival) {
    const bestWords = phrase(best.phrase).words;
    const inBest = (c: Candidate) => containsRun(bestWords, phrase(c.phrase).words);
    // Two yes/no facts named in one question cannot be answered from one of them.
    if (best.valueKind === 'bool') second = cands.find((c) => c !== best && c.valueKind === 'bool' && keyOfCandidate(c) !== keyOfCandidate(best) && c.score >= 100 && !inBest(c)) ?? null;
    // "X and Y" where the words left after X name another key exactly.
    // Only when the label splits at "and" with the best phrase inside one part ("School name and
    // address"); a phrase across the "and" ("House number and street name") is one question.
    const parts = normaliseText(label).split(/\band\b/).map((x) => tokens(x).map(stem)).filter((x) => x.length);
    const splits = parts.length > 1 && parts.some((x) => containsRun(x, bestWords));
    // GOV.UK's "Building and street" + hidden "line 2 of 2": one line of one address, numbered.
    const numberedLine = best.kind === 'attr' && /^address\.line/.test(best.attr) && /\bline \d of \d\b/.test(normaliseText(label));
    if (!second && !best.exact && splits && !numberedLine) {
      const rest = removeRun(words, bestWords);
      const restResidual = rest.filter((w) => !entityOfWord(w) && !/^\d+$/.test(w));
      if (rest.length) {
        for (const c of [...ATTRS, ...FACTS]) {
          const key = 'attr' in c ? `attr:${c.attr}` : c.key;
          if (key === keyOfCandidate(best)) continue;
          if (c.phrases.some((p) => phraseScore(phrase(p), rest, restResidual).exact)) {
            second = 'attr' in c ? { kind: 'attr', attr: c.attr, keys: c.keys, valueKind: c.kind, score: 0, exact: true, phrase: '' } : { kind: 'fact', key: c.key, valueKind: c.kind, score: 0, exact: true, phrase: '' };
            break;
          }
        }
      }
    }
  }
  return { best, rival, second, labelEntities };
}
