/**
 * Building blocks of the modelled Kent Digital Front Door forms: field and section types, and the
 * sections most pathways share (referrer, pupil, address, parents/carers, attendance, declaration).
 * Labels are paraphrased from public sources (shared/domain/la-forms.md); `key` is our canonical
 * prefill key where one exists (shared/domain/prefill-keys.md) and only names the field in the echo.
 */
export type FieldKind =
  | 'text' | 'email' | 'tel' | 'date' | 'date3' | 'number' | 'textarea'
  | 'select' | 'radios' | 'checkboxes' | 'checkbox' | 'file';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  options?: readonly string[];
  required?: boolean;
}

export interface SectionSpec {
  legend: string;
  intro?: string;
  fields: FieldSpec[];
  /** Repeated blocks (parents/carers): each copy's legend is `${itemLegend} ${n}`. */
  repeat?: { count: number; itemLegend: string };
  /** A table of pupil rows that can grow ("Add another pupil"); only in script-controlled forms. */
  rows?: { initial: number; max: number; itemLabel: string };
}

export const YES_NO = ['Yes', 'No'] as const;
export const NC_YEARS = ['Reception', ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`)];

const f = (key: string, label: string, kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, label, kind, ...extra });
export { f as field };

export function referrerSection(): SectionSpec {
  return {
    legend: 'Your details',
    fields: [
      f('referrer.name', 'Your full name', 'text', { required: true }),
      f('referrer.role', 'Your role or position in school', 'text'),
      f('school.name', 'Name of school', 'text', { required: true }),
      f('school.dfe_number', 'DfE number (LA/establishment)', 'text', { hint: 'For example 886/1234' }),
      f('referrer.email', 'Your email address', 'email'),
      f('referrer.phone', 'Your telephone number', 'tel'),
    ],
  };
}

export function pupilSection(dob: 'date' | 'date3' | 'text' = 'date'): SectionSpec {
  return {
    legend: 'About the pupil',
    fields: [
      f('pupil.legal_forename', 'Legal first name', 'text', { required: true }),
      f('pupil.middle_names', 'Middle name(s)', 'text'),
      f('pupil.legal_surname', 'Legal surname', 'text', { required: true }),
      f('pupil.preferred_forename', 'Known as (if different)', 'text'),
      dob === 'text'
        ? f('pupil.dob', 'Date of birth', 'text', { hint: 'dd/mm/yyyy', required: true })
        : f('pupil.dob', 'Date of birth', dob, { required: true, hint: dob === 'date3' ? 'For example, 27 3 2013' : undefined }),
      f('pupil.sex', 'Sex', 'radios', { options: ['Male', 'Female'] }),
      f('pupil.upn', 'Unique Pupil Number (UPN)', 'text', { hint: '13 characters, starting with a letter' }),
      f('pupil.nc_year', 'National curriculum year', 'select', { options: NC_YEARS }),
      f('pupil.reg_group', 'Tutor group / class', 'text'),
      f('pupil.ethnicity', 'Ethnicity', 'text'),
      f('pupil.home_language', 'First language', 'text'),
      f('pupil.lac', 'Is the pupil a child in care (looked after)?', 'radios', { options: YES_NO }),
      f('pupil.sen_status', 'SEN status', 'select', { options: ['No special educational needs', 'SEN support', 'Education, health and care plan'] }),
    ],
  };
}

export function addressSection(legend = "Pupil's home address"): SectionSpec {
  return {
    legend,
    fields: [
      f('pupil.address.line1', 'Address line 1', 'text'),
      f('pupil.address.line2', 'Address line 2 (optional)', 'text'),
      f('pupil.address.town', 'Town or city', 'text'),
      f('pupil.address.postcode', 'Postcode', 'text'),
    ],
  };
}

export function carersSection(count = 2): SectionSpec {
  return {
    legend: 'Parents and carers with parental responsibility',
    intro: 'Give details of every parent or carer with parental responsibility. If this information has not been checked in the last 6 months, please check it before you submit.',
    repeat: { count, itemLegend: 'Parent or carer' },
    fields: [
      f('carer[n].title', 'Title', 'select', { options: ['', 'Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr'] }),
      f('carer[n].forename', 'First name', 'text'),
      f('carer[n].surname', 'Surname', 'text'),
      f('carer[n].relationship', 'Relationship to the pupil', 'text'),
      f('carer[n].parental_responsibility', 'Has parental responsibility', 'radios', { options: YES_NO }),
      f('carer[n].lives_with_pupil', 'Lives at the same address as the pupil', 'radios', { options: YES_NO }),
      f('carer[n].address.full', 'Address, if different from the pupil', 'textarea'),
      f('carer[n].phone', 'Telephone', 'tel'),
      f('carer[n].email', 'Email', 'email'),
    ],
  };
}

export function attendanceSection(extra: FieldSpec[] = []): SectionSpec {
  return {
    legend: 'Attendance',
    intro: 'Figures for the current academic year to date, taken from the registration certificate.',
    fields: [
      f('att.period_start', 'Period from', 'date'),
      f('att.period_end', 'Period to', 'date'),
      f('att.sessions_possible', 'Possible sessions', 'number'),
      f('att.sessions_present', 'Sessions attended (including approved educational activity)', 'number'),
      f('att.sessions_authorised', 'Authorised absence sessions', 'number'),
      f('att.sessions_unauthorised', 'Unauthorised absence sessions', 'number'),
      f('att.percentage', 'Attendance %', 'text'),
      ...extra,
    ],
  };
}

export function declarationSection(statements: string[]): SectionSpec {
  return {
    legend: 'Declaration',
    fields: statements.map((s, i) => f(`declaration.${i + 1}`, s, 'checkbox', { required: i === 0 })),
  };
}
