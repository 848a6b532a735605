/**
 * Plan: a pure function from a form snapshot, a profile (or none) and the values we hold to the
 * actions a filler would take and the fields it would not touch, each with a reason. Ambiguity is a
 * refusal. Declarations, signatures, uploads and consent are never filled.
 */
import { dateTextFormat, datePart, chooseOption, formatDateText, formatText, isIsoDate } from './format';
import type { Entity, ValueKind } from './keys';
import { carerNumberIn, entitiesIn, matchLabel, normaliseText, pupilNumberIn, type Candidate } from './match';
import type { FormProfile } from './profile';
import type { FieldSnapshot, FormSnapshot, LabelSource, PrefillValue, PrefillValues } from './snapshot';
import { deriveValues } from './values-derive';
import { bestFittingControl } from './plan-control-fit';
import { organisationLabelKey } from './plan-default-labels';
import { kindOfKey, FACTS } from './keys';
import { otherPeriodIn } from './figure-period';
import { asksBeyondActions } from './support-summary';
import { alreadyHolds } from './already-holds';

export interface PlanField { label: string; name: string; type: string }

export interface PlanAction {
  fieldIndex: number;
  field: PlanField;
  key: string;
  /** What is written: text, the option's visible text (select / radio), or true/false (checkbox). */
  value: string | boolean;
  /** For select and radio: the option's index (select) or the chosen radio's field index. */
  optionIndex?: number;
  part?: 'day' | 'month' | 'year';
  confidence: number;
  /** Why we think this field is that key: the label text and where it came from. */
  evidence: string;
  pupilIndex: number;
  /** The field's current value when it is not empty (only with overwrite). */
  replaces?: string;
}

export interface PlanRefusal {
  fieldIndices: number[];
  field: { label: string; name: string; type: string };
  why: string;
  /** A key the field probably is, for the user to confirm (low confidence, missing value, ambiguity). */
  suggestion?: { key: string; confidence: number };
}

export interface Plan {
  form: string | null;
  actions: PlanAction[];
  refusals: PlanRefusal[];
  /** Rows to add (click "add another") before filling every chosen pupil. */
  addRows: { group: string; buttonIndex: number; count: number }[];
}

/** The user's own mapping for a form: question signature → key, or null for "leave blank". */
export type SavedMapping = Record<string, string | null>;

export interface PlanInput {
  snapshot: FormSnapshot;
  values: PrefillValues;
  /** Multi-pupil returns: one values object per pupil (school and referrer keys come from `values`). */
  pupils?: PrefillValues[];
  profile?: FormProfile | null;
  mapping?: SavedMapping;
  /** true, or the field indices the user ticked "overwrite" for. */
  overwrite?: boolean | number[];
  minConfidence?: number;
  /** Today (ISO): a "proposed" date is filled only with a stored date still ahead of it. Absent: never filled. */
  today?: string;
}

const SOURCE_WEIGHT: Record<LabelSource, number> = {
  'label-for': 1, 'label-wrap': 1, 'aria-labelledby': 1, 'aria-label': 1, legend: 1, 'column-header': 0.95, 'row-header': 0.95,
  'cell-left': 0.9, 'text-before': 0.8, title: 0.85, placeholder: 0.8, name: 0.5,
};

export type QuestionKind = 'text' | 'select' | 'radio' | 'checkbox' | 'checkgroup' | 'date3' | 'file' | 'other';

export interface Question {
  members: FieldSnapshot[];
  kind: QuestionKind;
  /** Label candidates, strongest first. */
  labels: { source: LabelSource; text: string }[];
  /** Other texts around the question, nearest first (for whose value it is). */
  context: string[];
  first: FieldSnapshot;
  /** The innermost legend when it asks one compound question ("Parent or carer name" over First / Last), not a section. */
  compound?: string;
}

const DECLARATION = /\b(i|we) (hereby )?(confirm|declare|agree|certify|understand|accept|consent|acknowledge|have read|give|authori[sz]e)\b|\bdeclaration\b|\bstatement of truth\b|\bto the best of (my|our) knowledge\b|\bi am (authori[sz]ed|satisfied)\b|\btrue and (accurate|correct|complete)\b/i;
const SIGNATURE = /\bsignature\b|\bsigned\b|\bsign(ed)? (here|below|off)\b|^sign$|\be-?sign/i;
const CONSENT = /\bconsent\b|\bgive permission\b|\bprivacy notice\b|\bterms and conditions\b|\bshare (this|the) information\b/i;
const DECL_SECTION = /\bdeclaration\b|\bsignature\b|\bsign[- ]?off\b|\bauthorisation\b|\bconfirmation\b|\bconfirm\b/i;

function fieldKind(f: FieldSnapshot): QuestionKind {
  if (f.type === 'file') return 'file';
  if (f.type === 'radio') return 'radio';
  if (f.type === 'checkbox') return 'checkbox';
  if (f.type === 'select' || f.type === 'select-multiple') return 'select';
  if (f.tag === 'textarea' || /^(text|email|tel|date|number|search|url|)$/.test(f.type) || f.type === 'datetime-local' || f.type === 'month') return 'text';
  return 'other';
}

const ownLabel = (f: FieldSnapshot) => f.labels.find((l) => l.source === 'label-for' || l.source === 'label-wrap' || l.source === 'aria-label' || l.source === 'aria-labelledby')?.text ?? '';

/** Groups fields into questions: radio groups, checkbox groups, split dates, single fields. */
export function questionsOf(snap: FormSnapshot): Question[] {
  const out: Question[] = [];
  const used = new Set<number>();
  const byContainer = new Map<string, FieldSnapshot[]>();
  for (const f of snap.fields) if (f.container) byContainer.set(f.container, [...(byContainer.get(f.container) ?? []), f]);
  // A legend over one small group only (one container), that itself names what is asked.
  const legendContainers = new Map<string, Set<string>>();
  for (const f of snap.fields) {
    const l = f.legends[f.legends.length - 1];
    if (l) legendContainers.set(l, (legendContainers.get(l) ?? new Set()).add(f.container));
  }
  for (const f of snap.fields) {
    if (used.has(f.index)) continue;
    let members = [f];
    let kind = fieldKind(f);
    if (kind === 'radio' || kind === 'checkbox') {
      // Custom tick boxes have no name: only those in one group (fieldset, role=group) go together.
      // Native ones with no name and no group go together only side by side ("Yes [ ] No [ ]"): two
      // nameless boxes far apart in a form ("Has parental responsibility", a declaration) are two questions.
      const loose = !f.container && (f.widget || !f.name);
      const same = loose ? (f.widget ? [f] : looseRun(snap, f, used)) : snap.fields.filter((g) => g.type === f.type && !used.has(g.index) && (f.name ? g.name === f.name : g.container === f.container && !g.name));
      if (kind === 'radio' || same.length > 1) members = same;
      if (kind === 'checkbox' && same.length > 1) kind = 'checkgroup';
    } else if (f.datePart) {
      // The parts that follow one another (day, month, year in any order, each once).
      members = [f];
      for (let i = f.index + 1; i < snap.fields.length && members.length < 3; i++) {
        const g = snap.fields[i]!;
        if (!g.datePart || used.has(g.index) || members.some((m) => m.datePart === g.datePart)) break;
        members.push(g);
      }
      kind = members.length > 1 ? 'date3' : fieldKind(f);
    }
    members.forEach((m) => used.add(m.index));
    const labels: Question['labels'] = [];
    const context: string[] = [];
    const innerLegend = f.legends[f.legends.length - 1];
    const containerOnlyUs = f.container && (byContainer.get(f.container) ?? []).every((g) => members.includes(g) || g.type === 'hidden');
    const tableRow = f.labels.find((l) => l.source === 'row-header');
    if (members.length > 1 || kind === 'date3') {
      const own = ownLabel(f);
      if (kind === 'date3' && own && !/^(day|month|year|dd|mm|yyyy|yy)$/i.test(own.trim())) labels.push({ source: 'label-for', text: own });
      if (innerLegend && containerOnlyUs) labels.push({ source: 'legend', text: innerLegend });
      const rowSame = tableRow && members.every((m) => m.labels.some((l) => l.source === 'row-header' && l.text === tableRow.text));
      if (rowSame) labels.push({ source: 'row-header', text: tableRow.text });
      const before = f.labels.find((l) => l.source === 'text-before');
      if (before) labels.push(...textBeforeLabels(before.text, f));
      const aria = f.labels.find((l) => l.source === 'aria-label' || l.source === 'aria-labelledby');
      if (aria && kind === 'date3') labels.push(aria);
    } else {
      for (const l of f.labels) if (l.source === 'text-before') labels.push(...textBeforeLabels(l.text, f));
      else if (l.source !== 'name') labels.push(l);
      if (kind === 'checkbox' && innerLegend && containerOnlyUs) labels.push({ source: 'legend', text: innerLegend });
    }
    for (const l of f.labels) if ((l.source === 'column-header' || l.source === 'row-header') && !labels.includes(l)) context.push(l.text);
    for (let i = f.legends.length - 1; i >= 0; i--) context.push(f.legends[i]!);
    if (f.heading) context.push(f.heading);
    const nameLabel = f.labels.find((l) => l.source === 'name');
    if (nameLabel && /[a-z]{3,}[_\-.\s][a-z]{2,}/i.test(nameLabel.text) && !/^q\d/i.test(nameLabel.text)) labels.push({ source: 'name', text: nameLabel.text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ') });
    const compound = innerLegend && legendContainers.get(innerLegend)?.size === 1 && isQuestionLegend(innerLegend) ? innerLegend : undefined;
    out.push({ members, kind, labels, context, first: f, ...(compound ? { compound } : {}) });
  }
  return out;
}

/** Consecutive native tick boxes with no name and no group in one section, from `f` on (a "Yes [ ] No [ ]" pair). */
function looseRun(snap: FormSnapshot, f: FieldSnapshot, used: Set<number>): FieldSnapshot[] {
  const run = [f];
  for (let i = f.index + 1; i < snap.fields.length; i++) {
    const g = snap.fields[i]!;
    // Side by side means in the same section too: a heading between two boxes parts them.
    if (g.type !== f.type || g.name || g.container || g.widget || used.has(g.index) || g.heading !== f.heading || g.legends.join('>') !== f.legends.join('>')) break;
    run.push(g);
  }
  return run;
}

/**
 * The text before a field runs back to the previous field, so it can hold a section's title and the
 * paragraphs above it ("…enquiries have failed. SECTION A - CHILD DETAILS Surname:"). The section
 * title is the field's context, not its label: what follows the last title is the label, tried first;
 * the whole text stays as a weaker second reading (a title that is itself the question).
 */
function textBeforeLabels(text: string, f: FieldSnapshot): { source: LabelSource; text: string }[] {
  const whole = { source: 'text-before' as const, text };
  const lower = text.toLowerCase();
  let end = -1;
  for (const title of [...f.legends, f.heading]) {
    const t = title.trim().toLowerCase();
    // A title of two words or more, as whole words: a one-word title ("Address") may be a word of the label itself.
    if (t.split(/\s+/).length < 2) continue;
    const at = lower.lastIndexOf(t);
    if (at >= 0 && !/\w/.test(lower[at - 1] ?? '') && !/\w/.test(lower[at + t.length] ?? '')) end = Math.max(end, at + t.length);
  }
  const rest = end >= 0 ? text.slice(end).trim() : '';
  return /[a-z]{2}/i.test(rest) && rest !== text ? [{ source: 'text-before', text: rest }, whole] : [whole];
}

/** Stable name of a question within a form, for saved mappings: label, sections, type and order. */
export function questionSignature(q: Question, all: Question[]): string {
  const base = (q2: Question) => `${normaliseText(q2.labels[0]?.text ?? '')}|${q2.first.legends.map(normaliseText).join('>')}|${q2.kind}`;
  const b = base(q);
  const nth = all.filter((x) => base(x) === b).indexOf(q);
  return `${b}|${nth}`;
}

function describe(q: Question): PlanRefusal['field'] {
  return { label: q.labels[0]?.text ?? '', name: q.first.name, type: q.kind === 'date3' ? 'date (day/month/year)' : q.first.type };
}

/** An option that only asks you to choose ("-Select-", "Please choose…", "--"): choosing it answers nothing. */
const PROMPT_OPTION = /^[\s\-–—_.*]*(?:(?:please\s+)?(?:select|choose|pick)(?:\s+(?:an?|one|the|your))?(?:\s+(?:option|one|answer))?)?[\s\-–—_.*…:]*$/i;

function isEmpty(q: Question): boolean {
  return q.members.every((m) => {
    if (m.type === 'radio' || m.type === 'checkbox') return !m.checked;
    if (m.tag === 'select') {
      const sel = m.options.findIndex((o) => o.selected);
      // Zoho's pre-chosen "-Select-" (with a value of its own) is a prompt, not an answer.
      const chosen = m.options[sel] ?? m.options.find((o) => o.defaultSelected);
      if (chosen && PROMPT_OPTION.test(chosen.text)) return true;
      // A date part's own name chosen by the page ("Day", "Month", "YYYY") is its prompt.
      if (chosen && m.datePart && /^(day|month|year|dd|mm|yy|yyyy)$/i.test(chosen.text.trim())) return true;
      return !m.value || (sel <= 0 && !m.options.some((o) => o.defaultSelected));
    }
    return !m.value.trim();
  });
}

function currentText(q: Question): string {
  return q.members.map((m) => (m.type === 'radio' || m.type === 'checkbox' ? (m.checked ? ownLabel(m) || m.value : '') : m.tag === 'select' ? (m.options.find((o) => o.selected)?.text ?? m.value) : m.value)).filter(Boolean).join(' ');
}

interface Resolved { key: string; kind: ValueKind; confidence: number; evidence: string; options?: Record<string, RegExp>; carerExplicit: boolean; candidate?: Candidate;
  /** The label itself names whose value it is ("Your email"), not only its section or nobody. */
  ownerInLabel?: boolean }

function entityFor(q: Question, labelText: string, allowed: Entity[]): { entity: Entity | null; from: string; owner?: Entity } {
  const inLabel = entitiesIn(labelText).filter((e) => allowed.includes(e));
  if (inLabel.length) return { entity: inLabel[0]!, from: 'label' };
  for (const c of q.context) {
    const named = entitiesIn(c);
    // The section's owner is the first one it names: "Parent / carer (with whom the pupil lives)" is the
    // carer's, so a key held only for others (the pupil's full name) is not asked there.
    if (named.length && !allowed.includes(named[0]!)) return { entity: null, from: c, owner: named[0] };
    const es = named.filter((e) => allowed.includes(e));
    if (es.length) return { entity: es[0]!, from: c };
  }
  return { entity: null, from: '' };
}

function optionTexts(q: Question): { text: string; value: string }[] {
  if (q.kind === 'select') return q.first.options.map((o) => ({ text: o.text, value: o.value }));
  return q.members.map((m) => ({ text: ownLabel(m) || m.labels.find((l) => l.source === 'column-header')?.text || m.value, value: m.value }));
}

/** Profile rule, saved mapping or the generic matcher: which key a question is (or why none). */
function resolve(q: Question, snap: FormSnapshot, profile: FormProfile | null | undefined, mapping: SavedMapping | undefined, sig: string, values: PrefillValues):
  { ok: true; r: Resolved } | { ok: false; why: string; suggestion?: { key: string; confidence: number } } {
  const label = q.labels[0]?.text ?? '';
  if (mapping && sig in mapping) {
    const k = mapping[sig];
    if (k === null || k === undefined) return { ok: false, why: 'left blank by your saved mapping for this form' };
    return { ok: true, r: { key: k, kind: kindOfKey(k), confidence: 1, evidence: 'your saved mapping for this form', carerExplicit: /\[\d+\]/.test(k), options: FACTS.find((f) => f.key === k)?.options } };
  }
  const STRONG: LabelSource[] = ['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'legend'];
  const hasOwn = q.labels.some((l) => STRONG.includes(l.source));
  // A field with its own label that matches nothing asks something we do not know: weaker texts
  // around it (text before, placeholder) would only be guesses.
  // Likewise a table cell's own row header: the text before it only adds what lies further back (a section title).
  const hasCell = q.labels.some((l) => l.source === 'row-header' || l.source === 'cell-left');
  const tryLabels = hasOwn ? q.labels.filter((l) => STRONG.includes(l.source) || l.source === 'column-header' || l.source === 'row-header')
    : hasCell ? q.labels.filter((l) => l.source !== 'text-before') : q.labels;
  const section = [...q.first.legends, q.first.heading].join(' | ');
  if (profile) {
    for (const rule of profile.rules) {
      if (!tryLabels.some((l) => rule.label.test(l.text))) continue;
      if (rule.section && !rule.section.test(section)) continue;
      if (rule.key === null) return { ok: false, why: rule.why ?? 'this question has no key: yours to answer' };
      let key = rule.key;
      let carerExplicit = true;
      if (key.includes('[n]')) {
        const n = carerIndex(q, values);
        carerExplicit = n !== null;
        key = key.replace('[n]', `[${n ?? 0}]`);
      }
      return { ok: true, r: { key, kind: kindOfKey(key), confidence: 1, evidence: `“${label}” (${profile.title})`, carerExplicit, options: FACTS.find((f) => f.key === rule.key)?.options } };
    }
  }
  const formContext = [snap.title, ...snap.headings.slice(0, 2), ...q.first.legends, q.first.heading].join(' | ');
  for (const l of tryLabels) {
    const m = matchLabel(l.text, formContext);
    if (!m.best) continue;
    const weight = SOURCE_WEIGHT[l.source];
    const base = m.best.exact ? 0.95 : 0.75;
    const confidence = Math.round(base * weight * 100) / 100;
    const evidence = `“${l.text}” (${sourceName(l.source)})`;
    if (m.rival) return { ok: false, why: `ambiguous: “${l.text}” could be ${nameOf(m.best)} or ${nameOf(m.rival)}` };
    if (m.second) return { ok: false, why: `asks for two things at once (${nameOf(m.best)} and ${nameOf(m.second)}): yours to answer` };
    if (m.best.kind === 'fact') {
      return { ok: true, r: { key: m.best.key, kind: m.best.valueKind, confidence, evidence, options: m.best.options, carerExplicit: false, candidate: m.best } };
    }
    const allowed = Object.keys(m.best.keys) as Entity[];
    // "New address", "New postcode": where the pupil is moving to, which is none of the values held.
    if (/^address\./.test(m.best.attr) && /\bnew (?:home )?(?:address|post ?code)\b/i.test(l.text)) return { ok: false, why: `a new address (“${l.text}”): not held; the stored address is the current one` };
    const other = otherPartyOf(l.text, q.context);
    if (other) return { ok: false, why: `about someone else (“${other}”): none of the values held` };
    let entity: Entity | null = allowed.length === 1 ? allowed[0]! : null;
    if (entity === 'carer' && m.best.attr === 'title') {
      // Every person has a title, but only a carer's is held: under a question that names the pupil
      // ("Child's name" over Title / First / Last) it asks for the pupil's, which is not held.
      const named = entityFor(q, l.text, ['pupil', 'carer']);
      const all = named.from === 'label' ? entitiesIn(l.text) : named.from ? entitiesIn(named.from) : [];
      if (named.entity && !all.includes(entity)) return { ok: false, why: `asks for the ${named.entity}’s ${m.best.attr.replace(/[._]/g, ' ')} (“${named.from === 'label' ? l.text : named.from}”): not held` };
    }
    let whose = '';
    if (!entity) {
      const e = entityFor(q, l.text, allowed);
      if (e.owner) return { ok: false, why: `asks for the ${e.owner}’s ${m.best.attr.replace(/[._]/g, ' ')} (“${e.from}”): not held` };
      entity = e.entity;
      whose = e.from && e.from !== 'label' ? `; whose: “${e.from}”` : '';
    }
    let conf = confidence;
    if (!entity && allowed.includes('pupil') && !entitiesIn([l.text, ...q.context].join(' ')).length) {
      // Nobody named anywhere around the field: the form is about the pupil, but say we assumed it.
      entity = 'pupil';
      conf = Math.round(confidence * 0.8 * 100) / 100;
      whose = '; no owner named, taken as the pupil';
    }
    if (!entity) return { ok: false, why: `ambiguous: cannot tell whose ${m.best.attr.replace(/[._]/g, ' ')} “${l.text}” asks for (${allowed.join(', ')})` };
    // A school section's own contact details are the referrer's, unless the label itself says "school".
    if (entity === 'school' && (m.best.attr === 'phone' || m.best.attr === 'email') && !entitiesIn(l.text).includes('school')) entity = 'referrer';
    let key = m.best.keys[entity]!;
    let carerExplicit = true;
    if (key.includes('[n]')) {
      const n = carerIndex(q, values);
      carerExplicit = n !== null;
      key = key.replace('[n]', `[${n ?? 0}]`);
    }
    const ownerInLabel = allowed.length > 1 && entitiesIn(l.text).includes(entity);
    return { ok: true, r: { key, kind: m.best.valueKind, confidence: conf, evidence: evidence + whose, carerExplicit, candidate: m.best, ownerInLabel } };
  }
  // A survey's default "Company" box, when nothing else matched: the school only if its question names the school.
  const org = q.kind === 'text' ? organisationLabelKey(q, label) : null;
  if (org) {
    if (org.key === null) return { ok: false, why: org.why };
    return { ok: true, r: { key: org.key, kind: kindOfKey(org.key), confidence: 0.85, evidence: org.evidence, carerExplicit: false } };
  }
  return { ok: false, why: q.first.tag === 'textarea' ? 'free-text question with no key: yours to answer' : 'no key matches this label' };
}

/** "Is there another parent…", "Does the child have any other carers?", "Anyone else with parental responsibility?" */
const EXISTENCE = /\b(?:(?:is|are) there|do(?:es)? (?:the )?(?:pupil|child|young person|student) have|has (?:the )?(?:pupil|child) (?:got )?)\b.*\b(?:another|other|a second|an additional|additional|more than one)\b.*\b(?:parents?|carers?|guardians?|adults?|persons?|people)\b|\b(?:anyone|anybody|someone|somebody) else\b/;

/** A date the school proposes or would prefer (a meeting, a start), not one that has happened. */
const PROPOSED = /\b(?:proposed|suggested|preferred|requested)\b/;

/**
 * People and places a form asks about that are none of ours: a sibling, another adult, a doctor,
 * other professionals, an emergency contact, another school. Their name or date of birth is never the
 * pupil's, a parent's or our school's.
 */
const OTHER_PARTY = /\b(siblings?|brothers?|sisters?|step ?siblings?|half ?siblings?|emergency contacts?|gp|doctor|health visitor|other (?:adults?|professionals?|agenc(?:y|ies)|people|persons?|children|household members?|family members?)|(?:professionals?|agenc(?:y|ies)) involved|(?:previous|former|new|destination|receiving|next) (?:school|setting|academy)|household members?|lead professional)\b/;

/** The nearest text (label, then sections inwards out) that says whose the field is: someone else's → that text. */
function otherPartyOf(label: string, context: string[]): string | null {
  for (const t of [label, ...context]) {
    // "School age siblings": an age, not the school as the owner.
    const n = normaliseText(t).replace(/\bschool age\b/g, 'schoolage');
    const other = OTHER_PARTY.exec(n);
    const words = n.split(' ');
    const ownAt = words.findIndex((w) => entitiesIn(w).length > 0);
    const ownPos = ownAt < 0 ? -1 : words.slice(0, ownAt).join(' ').length + (ownAt ? 1 : 0);
    if (other && (ownPos < 0 || other.index <= ownPos)) return t;
    if (ownPos >= 0) return null;
  }
  return null;
}

function sourceName(s: LabelSource): string {
  return ({ 'label-for': 'label', 'label-wrap': 'label', 'aria-labelledby': 'aria-labelledby', 'aria-label': 'aria-label', legend: 'legend', 'column-header': 'column header', 'row-header': 'row header', 'cell-left': 'cell to the left', 'text-before': 'text before the field', title: 'title', placeholder: 'placeholder', name: 'field name only' } as const)[s];
}

function nameOf(c: Candidate): string {
  return c.kind === 'fact' ? c.key : Object.values(c.keys).join(' / ');
}

/** Which carer a question is about: a number in its label or sections, its repeated block, or a named relationship. */
function carerIndex(q: Question, values: PrefillValues): number | null {
  for (const t of [...q.labels.map((l) => l.text), ...q.context]) {
    const n = carerNumberIn(t);
    if (n !== null) return n;
  }
  const rel = /\b(mother|father|mum|dad)\b/i.exec([q.labels[0]?.text ?? '', ...q.context].join(' '));
  if (rel) {
    const want = /mother|mum/i.test(rel[1]!) ? /mother|mum/i : /father|dad/i;
    const hits = [0, 1, 2, 3].filter((n) => want.test(String(values[`carer[${n}].relationship`] ?? '')));
    if (hits.length === 1) return hits[0]!;
  }
  // A repeated fieldset that is one compound question ("Pupil's name", "Parent or carer name": First / Last)
  // is no numbered block of carers.
  if (q.first.repeat && !q.compound) return q.first.repeat.index;
  return null;
}

/** A legend that asks something itself ("Parent or carer email" over Enter / Confirm), not a section such as "Parent 1". */
function isQuestionLegend(text: string): boolean {
  return !!matchLabel(text, text).best;
}

/** "Confirm email", "Re-enter email": the same answer again, for the form to compare. */
function isConfirmation(q: Question): boolean {
  return /^(confirm|re-?enter|re-?type|repeat|verify)\b/i.test((q.labels[0]?.text ?? '').trim());
}

function overwriteAllowed(input: PlanInput, q: Question): boolean {
  if (input.overwrite === true) return true;
  return Array.isArray(input.overwrite) && q.members.some((m) => (input.overwrite as number[]).includes(m.index));
}

export function plan(input: PlanInput): Plan {
  const { snapshot: snap, profile } = input;
  const minConfidence = input.minConfidence ?? 0.6;
  const qs = questionsOf(snap);
  const actions: PlanAction[] = [];
  const refusals: PlanRefusal[] = [];
  const refuse = (q: Question, why: string, suggestion?: PlanRefusal['suggestion']) =>
    refusals.push({ fieldIndices: q.members.map((m) => m.index), field: describe(q), why, ...(suggestion ? { suggestion } : {}) });
  const pupils = input.pupils?.length ? input.pupils : [input.values];
  const valueSets = pupils.map((p) => deriveValues({ ...input.values, ...p }));

  // Repeat groups whose blocks sit under different questions (numbers aside): each block is its own question.
  const legendsByGroup = new Map<string, Set<string>>();
  for (const q of qs) if (q.first.repeat && q.compound) legendsByGroup.set(q.first.repeat.group, (legendsByGroup.get(q.first.repeat.group) ?? new Set()).add(normaliseText(q.compound).replace(/\d+/g, '#')));
  const askedApart = new Set([...legendsByGroup].filter(([, ls]) => ls.size > 1).map(([g]) => g));
  interface Pending { q: Question; r: Resolved; pupilIndex: number }
  const pending: Pending[] = [];
  const work = [...qs];
  for (let qi = 0; qi < work.length; qi++) {
    const q = work[qi]!;
    const f = q.first;
    const label = q.labels[0]?.text ?? '';
    const allText = label;
    if (q.members.every((m) => m.type === 'hidden')) { refuse(q, 'hidden field: not shown to the user'); continue; }
    if (q.members.every((m) => m.hidden)) { refuse(q, 'hidden: not shown on the page'); continue; }
    if (q.members.every((m) => m.disabled)) { refuse(q, 'disabled'); continue; }
    if (q.members.every((m) => m.readonly)) { refuse(q, 'read-only'); continue; }
    if (q.kind === 'file') { refuse(q, 'file upload: yours to attach'); continue; }
    if (f.type === 'password') { refuse(q, 'password: never filled'); continue; }
    if (q.kind === 'other') { refuse(q, `a ${f.type} field is not filled`); continue; }
    const optionText = q.kind === 'checkbox' || q.kind === 'checkgroup' ? q.members.map(ownLabel).join(' ') : '';
    const declText = `${allText} ${optionText} ${q.kind === 'checkbox' || q.kind === 'checkgroup' ? (f.legends[f.legends.length - 1] ?? '') : ''}`;
    if (DECLARATION.test(declText)) { refuse(q, 'declaration: yours to confirm'); continue; }
    if (SIGNATURE.test(allText)) { refuse(q, 'signature: yours to sign'); continue; }
    const innerSection = f.legends[f.legends.length - 1] ?? f.heading;
    if (innerSection && DECL_SECTION.test(innerSection) && !(q.labels[0]?.source === 'legend' && q.labels[0].text === innerSection && !DECLARATION.test(innerSection))) {
      refuse(q, `part of “${innerSection}”: yours to complete`);
      continue;
    }
    // "Is there another parent or carer with parental responsibility?", "Anyone else with PR?": whether such a
    // person exists, which no stored value answers (a second carer on file is not a check the school has made).
    if (EXISTENCE.test(normaliseText(label))) { refuse(q, 'asks whether there is someone else: yours to answer'); continue; }
    const sig = questionSignature(q, qs);
    const pupilIndex = pupilRowIndex(q, pupils.length, askedApart);
    const rowValues = valueSets[Math.min(pupilIndex ?? 0, valueSets.length - 1)]!;
    const res = resolve(q, snap, profile, input.mapping, sig, rowValues);
    if (!res.ok && q.kind === 'checkgroup' && /no key matches/.test(res.why)) {
      // "Tick all that apply": each box may be its own yes/no fact (free school meals, child in need…).
      const singles: Question[] = q.members.map((m) => ({ members: [m], kind: 'checkbox', first: m, labels: m.labels.filter((l) => l.source === 'label-for' || l.source === 'label-wrap' || l.source === 'aria-label' || l.source === 'aria-labelledby'), context: q.labels.map((l) => l.text).concat(q.context) }));
      work.splice(qi + 1, 0, ...singles);
      continue;
    }
    if (!res.ok) { refuse(q, res.why, res.suggestion); continue; }
    const otherPeriod = otherPeriodIn(label, res.r.key, rowValues);
    if (otherPeriod) { refuse(q, otherPeriod, { key: res.r.key, confidence: res.r.confidence / 2 }); continue; }
    const beyond = res.r.key === 'support.summary' ? asksBeyondActions(`${label} ${f.hint}`) : null;
    if (beyond) { refuse(q, `asks for more than the school’s actions (“${beyond}”): support.summary would answer only part — yours to write`, { key: res.r.key, confidence: res.r.confidence / 2 }); continue; }
    if (CONSENT.test(declText) && res.r.key !== 'ptt.parent_consent') { refuse(q, 'consent: yours to give'); continue; }
    const fits = fitsKind(q.kind, res.r.kind);
    if (!fits) { refuse(q, `${res.r.key} does not fit a ${({ checkgroup: 'group of tick boxes', checkbox: 'tick box', date3: 'day/month/year field', radio: 'choice of options', select: 'list of options' } as Record<string, string>)[q.kind] ?? q.kind}`, { key: res.r.key, confidence: res.r.confidence / 2 }); continue; }
    if (res.r.confidence < minConfidence) { refuse(q, `not sure enough (${Math.round(res.r.confidence * 100)}%): ${res.r.evidence}`, { key: res.r.key, confidence: res.r.confidence }); continue; }
    if (res.r.kind === 'date' && PROPOSED.test(normaliseText(label))) {
      // A date the school proposes is ahead of today: a stored date that has passed is a meeting held, not one proposed.
      const held = rowValues[res.r.key];
      if (typeof held !== 'string' || !input.today || held < input.today) {
        refuse(q, typeof held === 'string' && input.today ? `a proposed date: the stored ${res.r.key} (${formatDateText(held, 'dmy/')}) has passed — yours to choose` : 'a proposed date: yours to choose');
        continue;
      }
    }
    // "Address" followed by "Address 2" / "Address line 2": the first line of an address written over
    // several boxes, not the whole address in one.
    if (/\.address\.full$/.test(res.r.key) && q.first.tag === 'input') {
      const next = work[qi + 1];
      const nextLine = next ? matchLabel(next.labels[0]?.text ?? '', '').best : null;
      if (nextLine?.kind === 'attr' && nextLine.attr === 'address.line2') res.r = { ...res.r, key: res.r.key.replace(/\.address\.full$/, '.address.line1'), evidence: `${res.r.evidence}; line 1 of an address over several boxes` };
    }
    pending.push({ q, r: res.r, pupilIndex: pupilIndex ?? 0 });
  }

  // Carers named only by their block: number the blocks in order of appearance.
  // A question's own group (the fieldset whose legend is its label: a split date, a radio group) is
  // no block of its own: "Parent's date of birth" belongs with the parent's other fields.
  const unnumbered = pending.filter((p) => /^carer\[/.test(p.r.key) && !p.r.carerExplicit);
  const blockOf = (q: Question) => {
    const own = new Set(q.labels.filter((l) => l.source === 'legend').map((l) => l.text));
    const legends = q.first.legends.filter((l) => !own.has(l) && l !== q.compound);
    const ownGroup = legends.length < q.first.legends.length;
    return legends.length ? legends.join('>') : '#' + (ownGroup ? 'top' : q.first.container.replace(/^$/, 'top'));
  };
  const containers: string[] = [];
  for (const p of unnumbered) {
    const block = blockOf(p.q);
    if (!containers.includes(block)) containers.push(block);
  }
  // Numbered only when the form asks something twice (two surnames, two emails): one carer's questions each in a
  // row or box of their own (a SharePoint list form) are one carer, not one carer per row.
  const attrOf = (k: string) => k.replace(/^carer\[\d+\]\./, '');
  const attrs = unnumbered.map((p) => attrOf(p.r.key));
  const repeats = new Set(attrs).size < attrs.length;
  if (containers.length > 1 && repeats) {
    for (const p of unnumbered) p.r = { ...p.r, key: p.r.key.replace(/^carer\[\d+\]/, `carer[${containers.indexOf(blockOf(p.q))}]`) };
  }

  // "Locality" is the line under the street only beside a town box of the same address; alone it may ask for the town.
  for (const p of [...pending]) {
    if (p.r.candidate?.kind !== 'attr' || p.r.candidate.attr !== 'address.line2' || !/locality/.test(p.r.candidate.phrase)) continue;
    const town = p.r.key.replace(/\.address\.line2$/, '.address.town');
    const section = (o: Pending) => `${o.q.first.heading}|${o.q.first.legends.join('>')}`;
    if (pending.some((o) => o.r.key === town && section(o) === section(p))) continue;
    pending.splice(pending.indexOf(p), 1);
    refuse(p.q, `“${p.q.labels[0]?.text}” with no town box beside it may ask for the town: yours to answer`, { key: p.r.key, confidence: p.r.confidence / 2 });
  }

  // Two questions for one key (and one pupil) is ambiguity: neither is filled.
  const byKey = new Map<string, Pending[]>();
  for (const p of pending) {
    const k = `${p.pupilIndex}|${p.r.key}`;
    byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  for (const p of pending) {
    // "Enter email" then "Confirm email": one answer asked twice, so both take it.
    let same = byKey.get(`${p.pupilIndex}|${p.r.key}`)!.filter((o, i, all) => i === 0 || !(isConfirmation(o.q) && o.q.first.container === all[0]!.q.first.container));
    // The same key asked in different sections by different questions ("School or setting" of the child,
    // "Agency / organisation" of the referrer): one answer each time, not ambiguity.
    const attrOf = (o: Pending) => (o.r.candidate && o.r.candidate.kind !== 'fact' ? o.r.candidate.attr : undefined);
    const sectionOf = (o: Pending) => `${o.q.first.heading}|${o.q.first.legends.join('>')}`;
    if (same.length > 1 && same.every((o) => attrOf(o)) && new Set(same.map(attrOf)).size === same.length && new Set(same.map(sectionOf)).size === same.length) same = [p];
    // "Business phone", "Mobile phone", "Home phone" and the number held is a mobile: it goes in the mobile box only.
    if (same.length > 1 && /\.phone$/.test(p.r.key)) {
      const held = String(valueSets[p.pupilIndex]?.[p.r.key] ?? '').replace(/[\s()-]/g, '');
      const mobiles = same.filter((o) => /\bmobile\b/i.test(o.q.labels[0]?.text ?? ''));
      if (mobiles.length === 1 && /^(07|\+447|\+4407)\d{9}$/.test(held)) {
        if (mobiles[0] !== p) { refuse(p.q, `the ${p.r.key} held is a mobile number: it goes in “${mobiles[0]!.q.labels[0]?.text}”, not here`, { key: p.r.key, confidence: p.r.confidence / 2 }); continue; }
        same = [p];
      }
    }
    // "Your email" and, in the section about you, "Email address": the question that names whose it is
    // takes the answer; the one that only sits in a section is left (it asks the same thing again).
    if (same.length > 1) {
      const named = same.filter((o) => o.r.ownerInLabel);
      if (named.length === 1) {
        if (named[0] !== p) { refuse(p.q, `the same ${p.r.key} is asked in “${named[0]!.q.labels[0]?.text}”, which names whose it is: this one is left`, { key: p.r.key, confidence: p.r.confidence / 2 }); continue; }
        same = [p];
      }
    }
    // "Has the parent agreed?" (radios) and "Date the parent agreed" (a text box): the control that fits the value takes it.
    if (same.length > 1) {
      const best = bestFittingControl(same.map((o) => o.q), p.r.kind, valueSets[p.pupilIndex]?.[p.r.key] ?? null, same.map((o) => o.r.confidence));
      if (best !== null) {
        if (same[best] !== p) { refuse(p.q, `${p.r.key} is asked again in “${same[best]!.q.labels[0]?.text}”, whose control fits it: this one is left`, { key: p.r.key, confidence: p.r.confidence / 2 }); continue; }
        same = [p];
      }
    }
    if (same.length > 1 || (!same.includes(p) && !isConfirmation(p.q))) {
      refuse(p.q, `ambiguous: ${same.length} fields look like ${p.r.key} (${same.map((s) => `“${s.q.labels[0]?.text ?? s.q.first.name}”`).join(', ')})`, { key: p.r.key, confidence: p.r.confidence / 2 });
      continue;
    }
    if (!(p.pupilIndex >= 0 && p.pupilIndex < valueSets.length)) { refuse(p.q, `no pupil chosen for row ${p.pupilIndex + 1}`); continue; }
    const values = valueSets[p.pupilIndex]!;
    const value = values[p.r.key];
    if (value === undefined || value === null || value === '') { refuse(p.q, notHeld(p.r.key, values), { key: p.r.key, confidence: p.r.confidence }); continue; }
    // "Address (if different)": only for a carer who does not live at the pupil's address.
    const carerAddr = /^carer\[(\d+)\]\.address\./.exec(p.r.key);
    // The words may be the field's own label or the legend of its address block (Street / Town / Postcode parts).
    if (carerAddr && [...p.q.labels.map((l) => l.text), p.q.first.legends.at(-1) ?? ''].some((t) => /\bif different\b/i.test(t))) {
      const n = carerAddr[1];
      const same = values[`carer[${n}].lives_with_pupil`] === true || (!!values[`carer[${n}].address.full`] && values[`carer[${n}].address.full`] === values['pupil.address.full']);
      if (same) { refuse(p.q, 'this carer lives at the pupil’s address: an address “if different” stays empty', { key: p.r.key, confidence: p.r.confidence }); continue; }
    }
    // Several dated lines (a support summary, a chronology) asked in a one-line box: the box asks
    // something shorter than what we hold, so it is the person's to answer.
    if (typeof value === 'string' && value.includes('\n') && p.q.first.tag === 'input') { refuse(p.q, `a one-line field cannot take ${p.r.key} (several dated lines): yours to answer`, { key: p.r.key, confidence: p.r.confidence / 2 }); continue; }
    const made = actionsFor(p.q, p.r, value, p.pupilIndex);
    // Holding already what we would write (the page's pre-chosen "M" for a pupil held as M) is no overwrite.
    const holds = !isEmpty(p.q) && made.ok && alreadyHolds(p.q.members, made.actions);
    if (!isEmpty(p.q) && !holds && !overwriteAllowed(input, p.q)) { refuse(p.q, `already filled (“${currentText(p.q)}”): tick overwrite to replace`, { key: p.r.key, confidence: p.r.confidence }); continue; }
    if (!made.ok) { refuse(p.q, `${p.r.key}: ${made.why}`, { key: p.r.key, confidence: p.r.confidence }); continue; }
    const replaces = isEmpty(p.q) || holds ? undefined : currentText(p.q);
    actions.push(...made.actions.map((a) => (replaces ? { ...a, replaces } : a)));
  }

  // Multi-pupil returns: more pupils than rows → add rows with the form's own button.
  const addRows: Plan['addRows'] = [];
  if (pupils.length > 1) {
    const groups = new Map<string, number>();
    for (const q of qs) if (q.first.repeat) groups.set(q.first.repeat.group, Math.max(groups.get(q.first.repeat.group) ?? 0, q.first.repeat.index + 1));
    for (const [group, rows] of groups) {
      const btn = snap.addAnother.find((a) => a.group === group);
      const pupilRows = pending.some((p) => p.q.first.repeat?.group === group && !/^(carer|school|referrer)/.test(p.r.key));
      if (btn && pupilRows && rows < pupils.length) addRows.push({ group, buttonIndex: btn.buttonIndex, count: pupils.length - rows });
    }
  }
  actions.sort((a, b) => a.fieldIndex - b.fieldIndex);
  refusals.sort((a, b) => (a.fieldIndices[0] ?? 0) - (b.fieldIndices[0] ?? 0));
  return { form: profile?.id ?? null, actions, refusals, addRows };
}

function fitsKind(q: QuestionKind, v: ValueKind): boolean {
  if (q === 'checkbox' || q === 'checkgroup') return v === 'bool';
  if (q === 'date3') return v === 'date';
  if (q === 'radio' || q === 'select') return v !== 'date';
  return true;
}

/** For questions in repeated pupil rows: which pupil (row). Null outside such rows. */
function pupilRowIndex(q: Question, pupils: number, askedApart: Set<string>): number | null {
  if (!q.first.repeat) return null;
  // Blocks alike in shape but each under its own question ("Your name", "Pupil's name", "Parent's name") are no rows.
  if (askedApart.has(q.first.repeat.group)) return null;
  // Not the field's name: software numbers its rows from 0 there ("pupils-1-dob" is the second row).
  const rowish = q.context.concat(q.labels.filter((l) => l.source !== 'name').map((l) => l.text));
  for (const t of rowish) {
    const n = pupilNumberIn(t);
    if (n !== null) return n;
  }
  // A repeated block of carers is not a pupil row.
  if (rowish.some((t) => /parent|carer|guardian|contact/i.test(t))) return null;
  return pupils > 1 || q.first.repeat.index > 0 ? q.first.repeat.index : null;
}

type Made = { ok: true; actions: PlanAction[] } | { ok: false; why: string };

function actionsFor(q: Question, r: Resolved, value: PrefillValue, pupilIndex: number): Made {
  const f = q.first;
  const label = q.labels[0]?.text ?? '';
  const base = { key: r.key, confidence: r.confidence, evidence: r.evidence, pupilIndex };
  const hints = [f.hint, ...q.labels.map((l) => l.text), ...f.labels.filter((l) => l.source === 'placeholder' || l.source === 'title').map((l) => l.text)].join(' ');
  const fieldOf = (m: FieldSnapshot): PlanField => ({ label: ownLabel(m) && ownLabel(m) !== label ? `${label} (${ownLabel(m)})` : label, name: m.name, type: m.type });
  switch (q.kind) {
    case 'date3': {
      if (r.kind !== 'date') return { ok: false, why: 'a day/month/year field needs a date' };
      if (!isIsoDate(value)) return { ok: false, why: `not a date: ${String(value)}` };
      const out: PlanAction[] = [];
      for (const m of q.members) {
        const part = m.datePart!;
        if (m.tag === 'select') {
          const want = part === 'month' ? String(Number(String(value).slice(5, 7))) : datePart(value, part, { padded: false });
          const [, mm] = String(value).split('-');
          const monthName = new Date(Date.UTC(2000, Number(mm) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
          const idx = m.options.findIndex((o) => [want, want.padStart(2, '0')].includes(o.value.trim()) || [want, want.padStart(2, '0')].includes(o.text.trim())
            || (part === 'month' && (o.text.toLowerCase() === monthName.toLowerCase() || o.text.toLowerCase() === monthName.slice(0, 3).toLowerCase())));
          if (idx < 0) return { ok: false, why: `no ${part} option for ${want}` };
          out.push({ ...base, fieldIndex: m.index, field: fieldOf(m), value: m.options[idx]!.text, optionIndex: idx, part });
          continue;
        }
        const ph = m.labels.find((l) => l.source === 'placeholder')?.text ?? '';
        // As GOV.UK asks ("For example, 27 3 2007"), unless the field shows DD / MM (as placeholder or its own
        // label), is a two-character box, or the question gives a padded example.
        const ddmm = /^(dd|mm)$/i.test(ph) || m.labels.some((l) => /^(dd|mm)$/i.test(l.text.trim())) || (part !== 'year' && m.maxLength === 2);
        const unpadded = !ddmm && !/\bdd\b|\b0\d[ /.-]\d{1,2}[ /.-]\d{4}\b|\b\d{1,2}[ /.-]0\d[ /.-]\d{4}\b/i.test(hints);
        const twoDigitYear = part === 'year' && (m.maxLength === 2 || /^yy$/i.test(ph));
        out.push({ ...base, fieldIndex: m.index, field: fieldOf(m), value: datePart(value, part, { padded: !unpadded, twoDigitYear }), part });
      }
      return { ok: true, actions: out };
    }
    case 'select':
    case 'radio': {
      if (f.type === 'select-multiple') return { ok: false, why: 'multiple-choice lists are not filled' };
      // Many component libraries draw a list's options only while it is open: nothing to choose from.
      if ((f.widget === 'combobox' || f.widget === 'listbox') && !f.options.length) return { ok: false, why: 'this list shows its options only when opened: yours to choose' };
      const options = optionTexts(q);
      const c = chooseOption(options, r.kind, value, r.options, r.key);
      if (!c.ok) return c;
      // Written into the hidden select, the widget would go on showing its old text: the person chooses, and we say what.
      if (q.kind === 'select' && f.drawnOverSelect) return { ok: false, why: `choose ‘${options[c.index]!.text}’ yourself: this drop-down is drawn by a widget that would not show a value written into it` };
      if (q.kind === 'select') return { ok: true, actions: [{ ...base, fieldIndex: f.index, field: { label, name: f.name, type: f.type }, value: options[c.index]!.text, optionIndex: c.index }] };
      const m = q.members[c.index]!;
      return { ok: true, actions: [{ ...base, fieldIndex: m.index, field: { label, name: m.name, type: 'radio' }, value: options[c.index]!.text, optionIndex: m.index }] };
    }
    case 'checkbox': {
      if (r.kind !== 'bool' || typeof value !== 'boolean') return { ok: false, why: 'a tick box needs a yes/no value' };
      return { ok: true, actions: [{ ...base, fieldIndex: f.index, field: { label, name: f.name, type: 'checkbox' }, value }] };
    }
    case 'checkgroup': {
      // Yes / No as a pair of tick boxes: tick the one that fits.
      if (r.kind !== 'bool' || typeof value !== 'boolean') return { ok: false, why: 'a group of tick boxes is not filled' };
      const options = optionTexts(q);
      const c = chooseOption(options, 'bool', value);
      if (!c.ok) return c;
      const m = q.members[c.index]!;
      return { ok: true, actions: [{ ...base, fieldIndex: m.index, field: { label, name: m.name, type: 'checkbox' }, value: true, optionIndex: m.index }] };
    }
    case 'text': {
      // A box that offers options (a datalist, an autocomplete's listbox) takes one of them, matched
      // as a select's are (punctuation and synonyms aside), or nothing: never a value typed free.
      if (f.options.length && r.kind !== 'date') {
        const c = chooseOption(f.options.map((o) => ({ text: o.text, value: o.value })), r.kind, value, r.options, r.key);
        if (!c.ok) return { ok: false, why: `${c.why} among the options this box offers: yours to choose` };
        return { ok: true, actions: [{ ...base, fieldIndex: f.index, field: { label, name: f.name, type: f.type }, value: f.options[c.index]!.value || f.options[c.index]!.text }] };
      }
      const t = formatText(r.kind, value, { type: f.type, hints, maxLength: f.maxLength, key: r.key });
      if (!t.ok) return t;
      if (f.type === 'email' && r.kind !== 'email') return { ok: false, why: 'an email field takes only an email address' };
      return { ok: true, actions: [{ ...base, fieldIndex: f.index, field: { label, name: f.name, type: f.type }, value: t.value }] };
    }
    default:
      return { ok: false, why: 'not fillable' };
  }
}

export { dateTextFormat };

/**
 * Why a field whose key is known has no value. The pupil's own address comes from a CTF import (the
 * pupil's <Address>); when there is none, or not this part of it, it is never taken from a carer's.
 */
export function notHeld(key: string, values: PrefillValues = {}): string {
  if (/^pupil\.address\./.test(key)) {
    const some = Object.keys(values).some((k) => k.startsWith('pupil.address.') && values[k] !== '' && values[k] != null);
    return some
      ? `not held: the pupil’s stored address has no ${key.slice('pupil.address.'.length)} part (${key}); a carer’s address is never used in its place`
      : `not held: no address is stored for this pupil (${key}; import a CTF that holds it); a carer’s address is never used in its place`;
  }
  return `not held: no value for ${key} is stored`;
}
