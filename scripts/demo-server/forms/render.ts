/**
 * Renders a modelled DFD pathway as a GOV.UK-like form. Two naming variants of every form:
 * `squiz` (the default; Kelsi probably runs Squiz Matrix, so `name="q30819:q7"`, nothing semantic)
 * and `semantic` (`name="pupil_upn"`). Labels are always real `<label for>` / `<legend>` /
 * `aria-labelledby`, which is what prefill must match on.
 */
import { html, raw, type Raw } from '../html';
import type { FieldSpec, SectionSpec } from './fields';
import type { PathwaySpec } from './pathways';

export type Naming = 'squiz' | 'semantic';

export const formIdOf = (p: PathwaySpec) => 30000 + p.number * 117;

interface Namer {
  /** The next question's base name and id. */
  next(key: string, carer?: number): { name: string; id: string };
  labels: Map<string, string>;
}

function makeNamer(p: PathwaySpec, naming: Naming): Namer {
  const formId = formIdOf(p);
  let q = 0;
  return {
    labels: new Map(),
    next(key, carer) {
      q++;
      if (naming === 'squiz') return { name: `q${formId}:q${q}`, id: `q${formId}_q${q}` };
      const k = key.replace('[n]', carer === undefined ? '' : String(carer + 1)).replace(/[.[\]]+/g, '_');
      return { name: k, id: `f_${k}` };
    },
  };
}

function fieldHtml(field: FieldSpec, namer: Namer, controlled: boolean, legendPrefix: string, carer?: number): Raw {
  const { name, id } = namer.next(field.key, carer);
  const bind = controlled ? raw(' data-bind') : '';
  const req = field.required ? html` <span class="req">(required)</span>` : '';
  const reqAttr = field.required ? raw(' aria-required="true"') : '';
  const hintId = `${id}-hint`;
  const hint = field.hint ? html`<div class="govuk-hint" id="${hintId}">${field.hint}</div>` : '';
  const described = field.hint ? html` aria-describedby="${hintId}"` : '';
  const label = `${legendPrefix}${field.label}`;
  switch (field.kind) {
    case 'radios':
    case 'checkboxes': {
      const type = field.kind === 'radios' ? 'radio' : 'checkbox';
      (field.options ?? []).forEach(() => namer.labels.set(name, label));
      return html`<div class="govuk-form-group"><fieldset class="govuk-fieldset"${described}><legend class="govuk-fieldset__legend">${field.label}${req}</legend>${hint}
<div class="govuk-${type === 'radio' ? 'radios' : 'checkboxes'}">${(field.options ?? []).map(
        (o, i) => html`<div class="govuk-${type === 'radio' ? 'radios' : 'checkboxes'}__item"><input class="govuk-${type === 'radio' ? 'radios' : 'checkboxes'}__input" type="${type}" id="${id}_${i}" name="${name}" value="${o}"${bind}${reqAttr}><label class="govuk-label" for="${id}_${i}">${o}</label></div>`,
      )}</div></fieldset></div>`;
    }
    case 'checkbox':
      namer.labels.set(name, label);
      return html`<div class="govuk-form-group govuk-checkboxes__item"><input class="govuk-checkboxes__input" type="checkbox" id="${id}" name="${name}" value="Yes"${bind}${reqAttr}><label class="govuk-label" for="${id}">${field.label}${req}</label></div>`;
    case 'date3': {
      const part = (suffix: string, text: string, width: number) => {
        namer.labels.set(`${name}_${suffix}`, `${label} (${text})`);
        return html`<div class="govuk-date-input__item"><label class="govuk-label govuk-date-input__label" for="${id}_${suffix}">${text}</label><input class="govuk-input govuk-input--width-${width}" id="${id}_${suffix}" name="${name}_${suffix}" type="text" inputmode="numeric"${bind}></div>`;
      };
      return html`<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group"${described}><legend class="govuk-fieldset__legend">${field.label}${req}</legend>${hint}
<div class="govuk-date-input">${part('day', 'Day', 2)}${part('month', 'Month', 2)}${part('year', 'Year', 4)}</div></fieldset></div>`;
    }
    case 'select':
      namer.labels.set(name, label);
      return html`<div class="govuk-form-group"><label class="govuk-label" for="${id}">${field.label}${req}</label>${hint}<select class="govuk-select" id="${id}" name="${name}"${described}${bind}${reqAttr}>${(field.options ?? []).map((o) => html`<option value="${o}">${o || 'Please select'}</option>`)}</select></div>`;
    case 'textarea':
      namer.labels.set(name, label);
      return html`<div class="govuk-form-group"><label class="govuk-label" for="${id}">${field.label}${req}</label>${hint}<textarea class="govuk-textarea" id="${id}" name="${name}" rows="4"${described}${bind}${reqAttr}></textarea></div>`;
    case 'file':
      namer.labels.set(name, label);
      return html`<div class="govuk-form-group"><label class="govuk-label" for="${id}">${field.label}</label>${hint}<input class="govuk-file-upload" type="file" id="${id}" name="${name}"${described}></div>`;
    default: {
      namer.labels.set(name, label);
      const width = field.kind === 'number' ? 'govuk-input--width-5' : field.kind === 'date' ? 'govuk-input--width-10' : '';
      return html`<div class="govuk-form-group"><label class="govuk-label" for="${id}">${field.label}${req}</label>${hint}<input class="govuk-input ${width}" type="${field.kind}" id="${id}" name="${name}"${described}${bind}${reqAttr}></div>`;
    }
  }
}

/** The returns pathway's growing table of pupils; rows are cloned from a <template> by the script. */
function rowsHtml(section: SectionSpec, namer: Namer, naming: Naming, formId: number): Raw {
  const rows = section.rows!;
  const cols = section.fields.map((f, c) => ({ f, c, q: naming === 'squiz' ? `q${formId}:q${900 + c}` : `pupils[__ROW__][${f.key.replace(/^[a-z]+\./, '').replace(/\./g, '_')}]` }));
  const cell = (col: (typeof cols)[number], row: string) => {
    const name = col.q.includes('__ROW__') ? col.q.replace('__ROW__', row) : `${col.q}[${row}]`;
    const id = `r${row}c${col.c}`;
    namer.labels.set(name, `${rows.itemLabel} ${row === '__ROW__' ? '' : Number(row) + 1}: ${col.f.label}`);
    const labelled = raw(`aria-labelledby="colh${col.c} rowh${row}"`);
    if (col.f.kind === 'select') {
      return html`<td><select id="${id}" name="${name}" ${labelled} data-bind>${(col.f.options ?? []).map((o) => html`<option value="${o}">${o}</option>`)}</select></td>`;
    }
    return html`<td><input id="${id}" name="${name}" type="${col.f.kind === 'date' ? 'date' : 'text'}" ${labelled} data-bind></td>`;
  };
  const row = (r: string) => html`<tr data-row="${r}"><th scope="row" id="rowh${r}">${rows.itemLabel} ${r === '__ROW__' ? '__N__' : Number(r) + 1}</th>${cols.map((c) => cell(c, r))}</tr>`;
  const initial = Array.from({ length: rows.initial }, (_, i) => row(String(i)));
  const template = row('__ROW__');
  return html`<div class="table-scroll"><table class="govuk-table" id="pupil-rows" data-max="${rows.max}">
<thead><tr><th></th>${cols.map((c) => html`<th scope="col" id="colh${c.c}">${c.f.label}</th>`)}</tr></thead>
<tbody>${initial}</tbody></table></div>
<template id="pupil-row-template">${template}</template>
<p><button type="button" class="govuk-button govuk-button--secondary" data-action="add-row">Add another pupil</button>
<button type="button" class="govuk-button govuk-button--secondary" data-action="remove-row">Remove last pupil</button></p>`;
}

export interface RenderedForm {
  body: Raw;
  /** Field name → label, for the "received" echo page. */
  labels: Map<string, string>;
}

export function renderPathwayForm(p: PathwaySpec, naming: Naming, action: string): RenderedForm {
  const namer = makeNamer(p, naming);
  const formId = formIdOf(p);
  const sections = p.sections.map((s) => {
    if (s.rows) {
      return html`<fieldset class="govuk-fieldset section"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${s.legend}</legend>${s.intro ? html`<p class="govuk-body">${s.intro}</p>` : ''}${rowsHtml(s, namer, naming, formId)}</fieldset>`;
    }
    if (s.repeat) {
      const blocks = Array.from({ length: s.repeat.count }, (_, n) =>
        html`<fieldset class="govuk-fieldset repeat"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${s.repeat!.itemLegend} ${n + 1}</legend>${s.fields.map((f) => fieldHtml(f, namer, p.controlled, `${s.repeat!.itemLegend} ${n + 1}: `, n))}</fieldset>`,
      );
      return html`<fieldset class="govuk-fieldset section"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${s.legend}</legend>${s.intro ? html`<p class="govuk-body">${s.intro}</p>` : ''}${blocks}</fieldset>`;
    }
    return html`<fieldset class="govuk-fieldset section"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${s.legend}</legend>${s.intro ? html`<p class="govuk-body">${s.intro}</p>` : ''}${s.fields.map((f) => fieldHtml(f, namer, p.controlled, ''))}</fieldset>`;
  });
  const hasFile = p.sections.some((s) => s.fields.some((f) => f.kind === 'file'));
  const body = html`<form id="form_email_${formId}" class="sq-form" method="post" action="${action}"${hasFile ? raw(' enctype="multipart/form-data"') : ''}${p.controlled ? raw(' data-controlled="true" novalidate') : ''}>
<div class="govuk-error-summary" role="alert" tabindex="-1" hidden><h2 class="govuk-error-summary__title">There is a problem</h2><ul class="govuk-error-summary__list"></ul></div>
<input type="hidden" name="SQ_FORM_${formId}_PAGE" value="1">
${sections}
<button type="submit" class="govuk-button" name="form_email_${formId}_submit" value="Submit">Submit</button>
</form>`;
  return { body, labels: namer.labels };
}
