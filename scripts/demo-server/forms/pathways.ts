/**
 * The 11 Kent Digital Front Door pathways (attendance-rules.md §5), as modelled forms. Titles and
 * labels are paraphrased; the live forms were not seen. Two are script-controlled (penalty notice,
 * attendance/sickness return); the rest are plain HTML forms.
 */
import {
  addressSection, attendanceSection, carersSection, declarationSection, field as f, pupilSection, referrerSection,
  YES_NO, type SectionSpec,
} from './fields';

export interface PathwaySpec {
  slug: string;
  number: number;
  title: string;
  summary: string;
  /** Inputs owned by the inline state framework (a bare `.value =` is reverted, not submitted). */
  controlled: boolean;
  sections: SectionSpec[];
}

const EXCLUSION_REASONS = [
  'Physical assault against a pupil', 'Physical assault against an adult', 'Verbal abuse or threatening behaviour against a pupil',
  'Verbal abuse or threatening behaviour against an adult', 'Use or threat of use of an offensive weapon or prohibited item', 'Bullying',
  'Racist abuse', 'Abuse against sexual orientation or gender identity', 'Abuse relating to disability', 'Sexual misconduct',
  'Drug and alcohol related', 'Damage', 'Theft', 'Persistent or general disruptive behaviour',
  'Inappropriate use of social media or online technology', 'Wilful and repeated transgression of protective measures', 'Other',
];

const DELETION_GROUNDS = [
  '1(a) Registered at another school', '1(b) Moved to another school after a transfer', '1(c) Dual registration ended',
  '1(d) Attends another school only under a contract', '1(e) Not returned after a permanent exclusion period',
  '1(f) Electively home educated (parent notice received)', '1(g) Moved away: no longer within reasonable distance',
  '1(h) Not returned within 10 school days after leave of absence', '1(i) Continuously absent for 20 school days or more',
  '1(j) Detained for four months or more', '1(k) Died', '1(l) Ceased to be of compulsory school age',
  '1(m) Permanently excluded', '1(n) Not a pupil of compulsory school age transferred', '1(o) Other ground in the regulations',
  '3(a)–3(e) Pupil not of compulsory school age',
];

export const PATHWAYS: readonly PathwaySpec[] = [
  {
    slug: 'notify-suspension-or-exclusion', number: 1, controlled: false,
    title: 'Notify of a suspension or permanent exclusion',
    summary: 'Tell the local authority about every suspension or permanent exclusion, without delay.',
    sections: [
      referrerSection(), pupilSection('date'), addressSection(), carersSection(2),
      {
        legend: 'The suspension or exclusion',
        fields: [
          f('excl.type', 'Type', 'radios', { options: ['Suspension (fixed period)', 'Permanent exclusion'], required: true }),
          f('excl.start_date', 'First day of the suspension or exclusion', 'date'),
          f('excl.days', 'Number of school days', 'number'),
          f('excl.lunchtime', 'Is this a lunchtime suspension?', 'radios', { options: YES_NO }),
          f('excl.reason_1', 'Main reason', 'select', { options: ['', ...EXCLUSION_REASONS] }),
          f('excl.reason_2', 'Second reason (optional)', 'select', { options: ['', ...EXCLUSION_REASONS] }),
          f('excl.parents_notified', 'Date parents were told in writing', 'date'),
          f('excl.sw_vsh_notified', 'Social worker or Virtual School Head told (if relevant)', 'radios', { options: ['Yes', 'No', 'Not applicable'] }),
          f('excl.day6', 'Arrangements for provision from the sixth day', 'textarea'),
          f('excl.letter', 'Upload the letter to parents', 'file'),
        ],
      },
      declarationSection(['I confirm the headteacher has authorised this notification.']),
    ],
  },
  {
    slug: 'notify-child-missing-education', number: 2, controlled: false,
    title: 'Notify of a potential child missing education',
    summary: 'Refer a pupil whose whereabouts are unknown after reasonable enquiries, within 10 school days of last attendance.',
    sections: [
      referrerSection(), pupilSection('text'), addressSection('Last known address'), carersSection(2),
      {
        legend: 'Absence and enquiries',
        fields: [
          f('att.last_attended_date', 'Date the pupil last attended', 'date', { required: true }),
          f('att.first_absence_date', 'First day of the current absence', 'date'),
          f('att.consecutive_absence_days', 'Number of consecutive school days absent', 'number'),
          f('cme.enquiries', 'Enquiries made so far', 'checkboxes', {
            options: ['Telephone calls to parents', 'Letters or emails to parents', 'Home visit', 'Emergency contacts', 'Schools of siblings', 'Other agencies (health, social care, police)'],
          }),
          f('support.home_visit_dates', 'Dates of home visits', 'text'),
          f('cme.enquiries_made', 'Outcome of enquiries', 'textarea'),
          f('cme.forwarding_address_known', 'Is a forwarding address known?', 'radios', { options: YES_NO }),
          f('deletion.destination_school', 'Destination school or area, if known', 'text'),
          f('cme.social_care', 'Known to children\'s social care?', 'radios', { options: ['Yes', 'No', 'Not known'] }),
          f('deletion.ground', 'Intended ground for deletion', 'select', { options: ['', '1(g) Moved away', '1(h) Not returned after leave of absence', '1(i) Continuously absent for 20 school days'] }),
        ],
      },
      declarationSection(['I confirm reasonable enquiries have been made and recorded.']),
    ],
  },
  {
    slug: 'notify-attendance-or-sickness-return', number: 3, controlled: true,
    title: 'Notify of an attendance or sickness return',
    summary: 'Termly return of pupils continuously absent for 10 school days (G, N, O, U) or off sick for 15 school days.',
    sections: [
      referrerSection(),
      {
        legend: 'Return period',
        fields: [
          f('return.academic_year', 'Academic year', 'select', { options: ['', '2024/25', '2025/26', '2026/27', '2027/28'], required: true }),
          f('return.term', 'Term the pupils met the criteria in', 'select', { options: ['', 'Term 1', 'Term 2', 'Term 3', 'Term 4', 'Term 5', 'Term 6'], required: true }),
          f('return.nil', 'No pupils to report this term (nil return)', 'checkbox'),
        ],
      },
      {
        legend: 'Pupils',
        intro: 'Add one row for each pupil. Give the full legal name and home address.',
        rows: { initial: 1, max: 20, itemLabel: 'Pupil' },
        fields: [
          f('pupil.legal_forename', 'Legal first name', 'text'),
          f('pupil.legal_surname', 'Legal surname', 'text'),
          f('pupil.dob', 'Date of birth', 'date'),
          f('pupil.upn', 'UPN', 'text'),
          f('pupil.address.full', 'Home address', 'text'),
          f('pupil.address.postcode', 'Postcode', 'text'),
          f('return.type', 'Return type', 'select', { options: ['', 'Attendance: 10+ school days unauthorised', 'Sickness: 15+ consecutive school days', 'Sickness: 15+ school days in the year'] }),
          f('return.from', 'Absent from', 'date'),
          f('return.to', 'Absent to', 'date'),
          f('pupil.lac', 'In care?', 'select', { options: ['', 'Yes', 'No'] }),
          f('pupil.ehcp', 'EHCP?', 'select', { options: ['', 'Yes', 'No'] }),
          f('pupil.cp_plan', 'CP plan?', 'select', { options: ['', 'Yes', 'No'] }),
        ],
      },
      declarationSection(['I confirm these pupils meet the criteria for a return under regulation 13.']),
    ],
  },
  {
    slug: 'notify-deletion-from-admission-register', number: 4, controlled: false,
    title: 'Notify of a deletion from the admission register',
    summary: 'Tell the local authority when a pupil is removed from the admission register, and on which ground.',
    sections: [
      referrerSection(), pupilSection('date'), addressSection(), carersSection(2),
      {
        legend: 'Deletion',
        fields: [
          f('deletion.ground', 'Ground for deletion', 'select', { options: ['', ...DELETION_GROUNDS], required: true }),
          f('deletion.date', 'Date of deletion', 'date', { required: true }),
          f('att.last_attended_date', 'Date the pupil last attended', 'date'),
          f('deletion.destination_school', 'Name of destination school', 'text'),
          f('deletion.destination_la', 'Destination local authority', 'text'),
          f('deletion.new_address', 'New address', 'textarea'),
          f('deletion.person_residing_with', 'Name of the person the pupil will live with', 'text'),
          f('deletion.date_from', 'Date from which the pupil will live there', 'date'),
          f('deletion.ehe_notice_date', 'Date of the parent\'s home education notice (ground 1(f))', 'date'),
          f('pupil.ehcp', 'Does the pupil have an EHC plan?', 'radios', { options: YES_NO }),
        ],
      },
      declarationSection(['I confirm the register has been kept up to the date of deletion.']),
    ],
  },
  {
    slug: 'notify-part-time-timetable', number: 5, controlled: false,
    title: 'Notify of a part-time timetable',
    summary: 'Tell the local authority about a temporary part-time timetable (also flexi-schooling arrangements).',
    sections: [
      referrerSection(), pupilSection('text'), addressSection(), carersSection(1),
      {
        legend: 'The timetable',
        fields: [
          f('ptt.start_date', 'Start date', 'date', { required: true }),
          f('ptt.end_date', 'Planned end date', 'date'),
          f('ptt.review_date', 'Next review date', 'date'),
          f('ptt.hours_per_week', 'Hours in school per week', 'number'),
          f('ptt.reason', 'Reason', 'select', { options: ['', 'Medical needs', 'Reintegration after a long absence', 'Special educational needs', 'Flexi-schooling', 'Other (not behaviour)'] }),
          f('ptt.parent_consent', 'Has a parent agreed to the timetable?', 'radios', { options: YES_NO }),
          f('ptt.plan', 'Plan for a return to full-time education', 'textarea'),
          f('ptt.risk_assessment', 'A risk assessment has been completed', 'checkbox'),
          f('pupil.social_care', 'Is the pupil open to social care?', 'radios', { options: YES_NO }),
        ],
      },
    ],
  },
  {
    slug: 'invite-kpas-formal-attendance-meeting', number: 6, controlled: false,
    title: 'Invite a KPAS officer to a formal attendance meeting',
    summary: 'Ask for an attendance officer at a formal meeting with parents when enforcement is being considered.',
    sections: [
      referrerSection(), pupilSection('date'), carersSection(2), attendanceSection(),
      {
        legend: 'The meeting',
        fields: [
          f('support.formal_meeting_date', 'Proposed date of the meeting', 'date', { required: true }),
          f('meeting.time', 'Proposed time', 'text', { hint: 'For example 14:30' }),
          f('meeting.venue', 'Venue', 'text'),
          f('meeting.unauthorised', 'Are the absences unauthorised and enforcement being considered?', 'radios', { options: YES_NO }),
          f('meeting.champion', 'Will the Senior Attendance Champion attend?', 'radios', { options: YES_NO }),
          f('support.summary', 'Support offered so far', 'textarea'),
        ],
      },
    ],
  },
  {
    slug: 'request-penalty-notice', number: 7, controlled: true,
    title: 'Request a penalty notice',
    summary: 'Ask the local authority to issue a penalty notice for unauthorised absence, under the Kent code of conduct.',
    sections: [
      referrerSection(), pupilSection('date3'), addressSection(), carersSection(2),
      attendanceSection([
        f('att.unauth_last_100', 'Unauthorised sessions in the last 100 possible sessions', 'number'),
        f('att.code_count.G', 'Sessions coded G (holiday not authorised)', 'number'),
        f('att.late_after_close', 'Sessions coded U (late after the register closed)', 'number'),
      ]),
      {
        legend: 'Reason for the request',
        fields: [
          f('pn.reason', 'Reason', 'radios', {
            required: true,
            options: ['Unauthorised leave of absence for a holiday', 'Unauthorised absence (parentally condoned)', 'Persistent late arrival after the register closed', 'Excluded pupil in a public place'],
          }),
          f('att.holiday_from', 'Holiday: first day absent', 'date'),
          f('att.holiday_to', 'Holiday: last day absent', 'date'),
          f('pn.leave_requested', 'Did the parent ask for leave in advance?', 'radios', { options: YES_NO }),
          f('support.notice_to_improve_date', 'Date the notice to improve was issued', 'date'),
          f('pn.nti_unauthorised', 'Unauthorised sessions during the notice to improve period', 'number'),
          f('support.early_help', 'Is there an Early Help plan?', 'radios', { options: YES_NO }),
          f('support.summary', 'Support offered to the family', 'textarea'),
          f('pupil.sibling_school_age', 'Does the pupil have a sibling of school age?', 'radios', { options: YES_NO }),
          f('pn.sibling_requested', 'Is a penalty notice requested for the sibling too? If not, why not?', 'text'),
        ],
      },
      {
        legend: 'Evidence',
        fields: [
          f('att.registration_certificate', 'Registration certificate for this academic year', 'file'),
          f('pn.nti_copy', 'Copy of the notice to improve', 'file'),
          f('pn.leave_request_copy', 'Leave request and the school\'s reply (holidays)', 'file'),
        ],
      },
      declarationSection([
        'I confirm the headteacher has authorised this request.',
        'I confirm the pupil is not a child in care.',
        'I confirm parents were told a penalty notice could be issued.',
      ]),
    ],
  },
  {
    slug: 'request-statutory-attendance-intervention', number: 8, controlled: false,
    title: 'Request statutory attendance intervention',
    summary: 'Refer a pupil for statutory intervention when support has not improved attendance.',
    sections: [
      referrerSection(), pupilSection('date'), addressSection(), carersSection(2), attendanceSection(),
      {
        legend: 'Support already in place',
        fields: [
          f('support.attendance_contract', 'Has an attendance contract been offered?', 'radios', { options: YES_NO }),
          f('support.formal_meeting_date', 'Date of the formal attendance meeting', 'date'),
          f('support.early_help', 'Is there an Early Help assessment or plan?', 'radios', { options: YES_NO }),
          f('support.summary', 'Support provided and its outcome', 'textarea', { required: true }),
          f('att.registration_certificate', 'Registration certificate', 'file'),
        ],
      },
    ],
  },
  {
    slug: 'request-exclusion-intervention-advice', number: 9, controlled: false,
    title: 'Request exclusion intervention advice',
    summary: 'Ask for advice about a pupil at risk of exclusion.',
    sections: [
      referrerSection(), pupilSection('date'),
      {
        legend: 'Your concern',
        fields: [
          f('advice.concern', 'What would you like advice about?', 'textarea', { required: true }),
          f('excl.days_this_year', 'School days suspended this academic year', 'number'),
          f('advice.ptt', 'Is the pupil on a part-time timetable?', 'radios', { options: YES_NO }),
          f('advice.managed_move', 'Has a managed move been considered?', 'radios', { options: YES_NO }),
          f('advice.agencies', 'Other agencies involved', 'textarea'),
        ],
      },
    ],
  },
  {
    slug: 'request-pru-single-registration', number: 10, controlled: false,
    title: 'Request single registration at a Pupil Referral Unit',
    summary: 'Ask for a pupil to be registered only at a PRU. The pupil must meet at least one criterion.',
    sections: [
      {
        legend: 'Criteria',
        fields: [
          f('pru.criteria', 'Which criteria does the pupil meet?', 'checkboxes', {
            options: ['Permanently excluded', 'Medical needs preventing attendance at school', 'Placement agreed by the in-year fair access panel', 'Other (explain below)'],
          }),
        ],
      },
      referrerSection(), pupilSection('date'), addressSection(), carersSection(2),
      {
        legend: 'Placement',
        fields: [
          f('pru.name', 'Preferred PRU', 'select', { options: ['', 'North Kent PRU (demo)', 'East Kent PRU (demo)', 'West Kent PRU (demo)', 'Mid Kent PRU (demo)'] }),
          f('pru.start_date', 'Proposed start date', 'date'),
          f('pru.current_placement', 'Current placement and timetable', 'textarea'),
          f('pru.reasons', 'Why single registration is needed', 'textarea'),
        ],
      },
    ],
  },
  {
    slug: 'request-kpas-advice', number: 11, controlled: false,
    title: 'Request KPAS advice or involvement (KCC professionals only)',
    summary: 'For Kent County Council professionals only; schools use the other pathways.',
    sections: [
      {
        legend: 'Your details',
        fields: [
          f('referrer.name', 'Your full name', 'text', { required: true }),
          f('referrer.team', 'Team or service', 'text'),
          f('referrer.email', 'Work email address', 'email'),
          f('referrer.phone', 'Telephone', 'tel'),
        ],
      },
      pupilSection('text'),
      {
        legend: 'Request',
        fields: [
          f('school.name', 'School the pupil attends', 'text'),
          f('advice.concern', 'What advice or involvement do you need?', 'textarea', { required: true }),
        ],
      },
    ],
  },
];

export function pathwayBySlug(slug: string): PathwaySpec | undefined {
  return PATHWAYS.find((p) => p.slug === slug);
}
