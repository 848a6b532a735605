/**
 * The canonical prefill keys (shared/domain/prefill-keys.md) as the planner sees them: what kind of
 * value each holds, whose it is, and the label phrases that name it (la-forms.md §7). Phrases are
 * normalised text; a leading `=` means the phrase must be the whole label (after entity and filler
 * words are removed), because on its own it is too common to trust inside a longer question.
 */
export type Entity = 'pupil' | 'carer' | 'school' | 'referrer';
export type ValueKind = 'text' | 'date' | 'int' | 'number' | 'bool' | 'sex' | 'nc_year' | 'sen_status' | 'enum' | 'email' | 'phone';

/** A thing a label can ask about; `keys` says which canonical key it is for each entity. */
export interface AttrSpec {
  attr: string;
  kind: ValueKind;
  phrases: string[];
  /** Entity → key template (`carer[n]` is filled with the carer's index). One entity: no doubt whose. */
  keys: Partial<Record<Entity, string>>;
  /** The attr applies only when the form's context (title, legends, headings) matches. */
  context?: RegExp;
  /** Labels that contain a phrase but ask something else ("Social worker told?"). */
  unless?: RegExp;
}

const P = (...x: string[]) => x;

export const ATTRS: AttrSpec[] = [
  // People: names
  { attr: 'forename', kind: 'text', phrases: P('first name', 'forename', 'forenames', 'given name', 'given names', 'christian name', 'first names', 'legal forename', 'legal first name', 'legal first names', '=first'), keys: { pupil: 'pupil.legal_forename', carer: 'carer[n].forename' } },
  { attr: 'surname', kind: 'text', phrases: P('surname', 'last name', 'family name', 'legal surname', 'legal last name', '=last'), keys: { pupil: 'pupil.legal_surname', carer: 'carer[n].surname' } },
  { attr: 'middle', kind: 'text', phrases: P('middle name', 'middle names', 'other names', '=middle'), keys: { pupil: 'pupil.middle_names' } },
  { attr: 'preferred_forename', kind: 'text', phrases: P('preferred name', 'known as', 'preferred first name', 'preferred forename', 'name known by', 'known as if different'), keys: { pupil: 'pupil.preferred_forename' } },
  { attr: 'preferred_surname', kind: 'text', phrases: P('preferred surname', 'preferred last name'), keys: { pupil: 'pupil.preferred_surname' } },
  { attr: 'referrer_name', kind: 'text', phrases: P('contact name', 'name of contact', 'school contact', 'contact person', 'name of person making', 'person making this referral', 'person making this notification', 'person making this request', 'person completing this form', 'name of person completing', 'name of referrer', 'referrer name', 'requested by', 'completed by', 'referred by', 'name of person notifying', 'person notifying', '=your name'), keys: { referrer: 'referrer.name' } },
  { attr: 'full_name', kind: 'text', phrases: P('=name', '=full name', '=legal name', '=full legal name', '=name in full', '=print name', '=names'), keys: { pupil: 'pupil.full_legal_name', referrer: 'referrer.name', school: 'school.name' } },
  { attr: 'title', kind: 'text', phrases: P('=title', '=salutation', '=prefix'), keys: { carer: 'carer[n].title' } },
  { attr: 'dob', kind: 'date', phrases: P('date of birth', 'dob', 'd o b', 'birth date', 'birthdate', 'date of birth dd mm yyyy', 'when born'), keys: { pupil: 'pupil.dob', carer: 'carer[n].dob' } },
  { attr: 'sex', kind: 'sex', phrases: P('sex', 'gender', 'm f', 'sex m f', 'gender m f', 'legal sex'), keys: { pupil: 'pupil.sex' } },
  // Pupil identity and characteristics
  { attr: 'upn', kind: 'text', phrases: P('upn', 'unique pupil number', 'unique pupil no', 'unique pupil ref', 'unique pupil reference', 'pupil number upn', 'unique pupil number upn'), keys: { pupil: 'pupil.upn' } },
  { attr: 'former_upn', kind: 'text', phrases: P('former upn', 'previous upn', 'former unique pupil number'), keys: { pupil: 'pupil.former_upn' } },
  { attr: 'admission_number', kind: 'text', phrases: P('admission number', 'adm no', 'ad no', 'admission no', 'admissions number'), keys: { pupil: 'pupil.admission_number' } },
  { attr: 'nc_year', kind: 'nc_year', phrases: P('ncy', 'nc year', 'year group', 'national curriculum year', 'national curriculum year group', 'current year group', '=school year', '=year', 'curriculum year', '=yr'), keys: { pupil: 'pupil.nc_year' } },
  { attr: 'reg_group', kind: 'text', phrases: P('tutor group', 'reg group', 'registration group', 'form group', '=form', '=class', 'tutor group class', 'class tutor group', 'tutor group or class', 'class or tutor group', 'form class'), keys: { pupil: 'pupil.reg_group' } },
  { attr: 'ethnicity', kind: 'text', phrases: P('ethnicity', 'ethnic origin', 'ethnic group', 'ethnic background'), keys: { pupil: 'pupil.ethnicity' } },
  { attr: 'home_language', kind: 'text', phrases: P('home language', 'first language', 'main language', 'language spoken at home', 'main language spoken at home'), keys: { pupil: 'pupil.home_language' } },
  { attr: 'lac', kind: 'bool', phrases: P('looked after', 'child in care', 'cic', 'lac', 'in care', 'child looked after', 'looked after child', 'children in care', 'incare'), keys: { pupil: 'pupil.lac' } },
  { attr: 'previously_lac', kind: 'bool', phrases: P('previously looked after', 'previously in care', 'child previously looked after', 'pla'), keys: { pupil: 'pupil.previously_lac' } },
  { attr: 'ehcp', kind: 'bool', phrases: P('ehcp', 'ehc plan', 'education health and care plan', 'education health care plan', 'have an ehc plan', 'have an ehcp'), keys: { pupil: 'pupil.ehcp' } },
  { attr: 'sen_status', kind: 'sen_status', phrases: P('sen status', 'send status', '=sen', '=send', 'sen stage', 'special educational needs status', 'special educational needs', 'senstatus', 'sen provision'), keys: { pupil: 'pupil.sen_status' } },
  { attr: 'fsm', kind: 'bool', phrases: P('free school meals', 'fsm', 'eligible for free school meals', 'fsm eligible'), keys: { pupil: 'pupil.fsm' } },
  { attr: 'pupil_premium', kind: 'bool', phrases: P('pupil premium', '=pp', 'pupil premium eligible'), keys: { pupil: 'pupil.pupil_premium' } },
  { attr: 'cin', kind: 'bool', phrases: P('child in need', 'cin', 'child in need plan'), keys: { pupil: 'pupil.cin' } },
  { attr: 'cp_plan', kind: 'bool', phrases: P('child protection plan', 'child protection', 'cp plan', 'subject to a child protection plan', 'on a child protection plan', 'cpp'), keys: { pupil: 'pupil.cp_plan' } },
  { attr: 'social_worker', kind: 'text', phrases: P('social worker', 'allocated social worker', 'social worker name', 'name of social worker', 'social worker name and contact', 'social worker name contact'), keys: { pupil: 'pupil.social_worker' }, unless: /\b(told|notified|informed|contacted|aware)\b|\?/i },
  { attr: 'compulsory_school_age', kind: 'bool', phrases: P('compulsory school age', 'of compulsory school age'), keys: { pupil: 'pupil.compulsory_school_age' } },
  // Addresses and contact
  { attr: 'address.line1', kind: 'text', phrases: P('address line 1', 'address 1', 'building and street', 'house number and street', 'house name or number and street', 'street address', 'address line one', '=street', 'line 1', 'line 1 of 2', 'line 1 of 3'), keys: { pupil: 'pupil.address.line1', school: 'school.address.line1' } },
  { attr: 'address.line2', kind: 'text', phrases: P('address line 2', 'address 2', 'address line two', 'line 2', 'line 2 of 2', 'line 2 of 3',
    // A locality (Royal Mail's "dependent locality": a village or district within the post town) is the line under the street;
    // the planner takes it only beside a town box (without one, "Locality" may be asking for the town).
    '=locality', '=dependent locality'), keys: { pupil: 'pupil.address.line2', school: 'school.address.line2' } },
  { attr: 'address.town', kind: 'text', phrases: P('town', 'town or city', 'city', 'town city', 'city or town', 'post town'), keys: { pupil: 'pupil.address.town', school: 'school.address.town' } },
  { attr: 'address.postcode', kind: 'text', phrases: P('postcode', 'post code', 'postal code', 'zip'), keys: { pupil: 'pupil.address.postcode', carer: 'carer[n].address.postcode', school: 'school.address.postcode', referrer: 'school.address.postcode' } },
  { attr: 'address.full', kind: 'text', phrases: P('=address', '=home address', '=current address', '=current residence', '=full address', '=last known address', '=address if different', '=home address if different', '=address and postcode', '=residential address', '=current home address', '=address if different from the'), keys: { pupil: 'pupil.address.full', carer: 'carer[n].address.full', school: 'school.address.full', referrer: 'school.address.full' } },
  { attr: 'phone', kind: 'phone', phrases: P('telephone', 'phone', 'tel', 'telephone number', 'phone number', 'contact number', 'tel no', 'contact telephone', 'mobile', 'mobile number', 'daytime telephone', 'contact telephone number', 'telephone no', 'direct line'), keys: { carer: 'carer[n].phone', referrer: 'referrer.phone', school: 'school.phone' } },
  { attr: 'email', kind: 'email', phrases: P('email', 'e mail', 'email address', 'e mail address', 'work email', 'work email address', 'contact email'), keys: { carer: 'carer[n].email', referrer: 'referrer.email', school: 'school.email' } },
  // Carers
  { attr: 'relationship', kind: 'text', phrases: P('relationship', 'relationship to pupil', 'relationship to child', 'relationship to the', 'relationship to', 'relation to'), keys: { carer: 'carer[n].relationship' } },
  { attr: 'parental_responsibility', kind: 'bool', phrases: P('parental responsibility', 'has parental responsibility', '=pr', 'holds parental responsibility', 'with parental responsibility'), keys: { carer: 'carer[n].parental_responsibility' } },
  { attr: 'lives_with_pupil', kind: 'bool', phrases: P('lives with', 'lives at the same address', 'address as pupil', 'same address as', 'lives at same address', 'lives with the', 'living with', 'resides with', 'lives at the same address as the', 'live at the child address', 'live at the pupil address', 'lives at the pupil address', 'lives at the child address'), keys: { carer: 'carer[n].lives_with_pupil' }, unless: /\bname\b|\bdate\b|\bwho\b|\baddress of\b/i },
  // School and referrer
  { attr: 'urn', kind: 'text', phrases: P('urn', 'unique reference number', 'school urn'), keys: { school: 'school.urn' } },
  { attr: 'dfe_number', kind: 'text', phrases: P('dfe number', 'dfe no', 'la estab', 'la establishment', 'la establishment number', 'dfe', 'establishment number', 'lcc school no', 'school number', 'dfe establishment number', 'la estab number', 'dfe number la establishment', 'dfe la estab', 'la est no', 'estab no'), keys: { school: 'school.dfe_number' } },
  { attr: 'school_name', kind: 'text', phrases: P('school pupil attends', 'name of school', 'school name', 'school attended', 'current school', 'school the attends', 'school attends', '=school', 'name of school or academy', 'school or academy', 'name of the school', 'school academy name', '=establishment', 'establishment name', 'name of establishment', 'school or setting', 'name of setting', 'setting name', 'school or setting name', 'school are you from', 'school you are from'), keys: { school: 'school.name' } },
  // The referrer's (or school contact's) organisation is the school; asked of nobody named, it is not filled.
  { attr: 'organisation', kind: 'text', phrases: P('=organisation', '=agency', 'agency organisation', 'agency or organisation', 'organisation name', 'name of organisation', 'organisation or agency', '=employer'), keys: { referrer: 'school.name', school: 'school.name' } },
  { attr: 'role', kind: 'text', phrases: P('=role', 'job title', '=position', '=designation', 'role in', 'role or position', 'position in', 'role position', 'role or job title', 'your role', 'contact role', 'position held', 'job role'), keys: { referrer: 'referrer.role' } },
];

/** Keys without an entity: attendance, support and pathway facts. */
export interface FactSpec {
  key: string;
  kind: ValueKind;
  phrases: string[];
  context?: RegExp;
  unless?: RegExp;
  /** enum option synonyms: value → regex over the option's text. */
  options?: Record<string, RegExp>;
}

/** A count in days, not sessions ("Unauthorised absence (days)"); "sessions (half days)" are sessions. */
const IN_DAYS = /^(?!.*\bsessions?\b)(?!.*\bhalf[- ]?days?\b).*\bdays?\b/i;

/** "In the last / most recent / previous 100 sessions": a count over a window, not the period's total. */
const LAST_100 = /\b(?:last|recent|latest|past|previous) (?:100|hundred)\b/i;
const IN_DAYS_OR_LAST_100 = new RegExp(`${IN_DAYS.source}|${LAST_100.source}`, 'i');

const ATT = /attendance|absence|register|sessions|period|figures|penalty|return|cme|missing/i;
const SUSP = /suspension|exclu/i;
const PTT = /part[- ]time|timetable/i;
const DEL = /deletion|delet|off[- ]?roll|removed? from|admission register|cme|missing|\bground\b.*\bname\b.*\bremoved\b/i;

export const FACTS: FactSpec[] = [
  { key: 'att.period_start', kind: 'date', phrases: P('period from', 'period start', 'start of period', 'figures from', '=from', '=date from', 'period start date', 'attendance from', 'attendance period from', 'start date of period', '=from date', 'period covered from', 'dates covered from', 'figures cover from', 'start of attendance period'), context: ATT },
  { key: 'att.period_end', kind: 'date', phrases: P('period to', 'period end', 'end of period', 'figures to', '=to', '=date to', 'period end date', 'attendance to', 'attendance period to', 'end date of period', '=to date', 'period covered to', 'dates covered to', 'figures cover to', 'end of attendance period'), context: ATT },
  { key: 'att.sessions_possible', kind: 'int', phrases: P('possible sessions', 'sessions possible', 'number of possible sessions', 'total possible sessions', 'possible attendances', 'total sessions possible', 'sessionspossible'), unless: IN_DAYS_OR_LAST_100 },
  { key: 'att.sessions_present', kind: 'int', phrases: P('sessions attended', 'attended sessions', 'sessions present', 'present sessions', 'number of sessions attended', 'sessions attended including approved educational activity', '=attendances', 'sessionsattended', 'sessions attended including aea', '=present', '=sessions present'), unless: IN_DAYS },
  { key: 'att.sessions_aea', kind: 'int', phrases: P('approved educational activity', 'aea sessions', 'sessions of approved educational activity', 'off site educational activity'), unless: IN_DAYS },
  { key: 'att.sessions_authorised', kind: 'int', phrases: P('authorised absence', 'authorised absences', 'authorised sessions', 'authorised absence sessions', 'sessions authorised', 'sessionsauthorised', 'sessions of authorised absence', 'number of authorised absences', 'authorised absence sessions'), unless: IN_DAYS },
  { key: 'att.sessions_unauthorised', kind: 'int', phrases: P('unauthorised absence', 'unauthorised absences', 'unauthorised sessions', 'u a sessions', 'ua sessions', 'unauthorised absence sessions', 'unauth sessions', 'sessions unauthorised', 'sessionsunauthorised', 'sessions of unauthorised absence', 'number of unauthorised absences', 'no u a sessions', 'number of unauthorised sessions', 'total unauthorised sessions', 'unauthorised absence sessions'), unless: /during|notice to improve|since|\b(?:last|recent|latest|past|previous) (?:100|hundred)\b|within|\blast \d+ (?:school )?(?:weeks?|days?|months?)\b|\bnti\b|^(?!.*\bsessions?\b)(?!.*\bhalf[- ]?days?\b).*\bdays?\b/i },
  { key: 'att.unauth_days', kind: 'int', phrases: P('u a days', 'no u a days', 'unauthorised days', 'days of unauthorised absence', 'number of unauthorised days'), },
  { key: 'att.unauth_last_100', kind: 'int', phrases: P('last 100', 'last 100 sessions', 'last 100 school sessions', 'last 100 possible sessions', 'unauthorised sessions in the last 100', 'in the last 100 possible sessions', 'previous 100 sessions', 'last hundred sessions',
    'recent 100', 'most recent 100 sessions', 'latest 100', 'past 100', 'previous 100'), },
  { key: 'att.percentage', kind: 'number', phrases: P('attendance %', 'attendance percentage', 'present %', '% attendance', 'percentage attendance', 'attendance rate', 'overall attendance', 'overall attendance %', '=attendance', 'current attendance', 'current attendance %', 'attendance % this year', 'percentage of sessions attended', 'attendance % year to date', '=att %', 'attendance this academic year %', 'attendance this school year %', 'attendance this year %', 'attendance so far', 'attendance so far this year'), context: /./ },
  { key: 'att.late_before_close', kind: 'int', phrases: P('coded l', 'code l', 'late before', 'late before the register closed', 'late before registers closed', 'sessions late before register closed'), },
  { key: 'att.late_after_close', kind: 'int', phrases: P('coded u', 'code u', 'late after', 'late after the register closed', 'late after registers closed', 'sessions late after register closed', 'lates after registration closed',
    // U: arrived after the register closed.
    'after the register closed', 'after register closed', 'after registers closed', 'after registration closed', 'arrived after the register closed'), },
  { key: 'att.first_absence_date', kind: 'date', phrases: P('first absence', 'first day of absence', 'first day of the current absence', 'date absence started', 'first date of absence', 'absent since', 'date of first absence', 'absence start date', 'date absence began', 'first day absent'), unless: /holiday|leave|suspen|exclu/i },
  { key: 'att.last_attended_date', kind: 'date', phrases: P('last attended', 'date last attended', 'last date of attendance', 'last day of attendance', 'date of last attendance', 'last day attended', 'last seen in school', 'date the last attended', 'last attended school', 'last attend school', 'last attend',
    'last day in school', 'last day at school', 'last date in school', 'last date at school', 'last day in attendance'),
    // "Date of the last attendance meeting / review": a meeting about attendance, not a day attended.
    unless: /\b(meeting|review|panel|visit|conversation|call)s?\b/i },
  { key: 'att.consecutive_absence_days', kind: 'int', phrases: P('consecutive days', 'consecutive school days', 'number of consecutive school days absent', 'consecutive days absent', 'consecutive school days absent', 'days continuously absent', 'continuous days absent', 'number of consecutive days', 'school days missed consecutively', 'days in a row', 'school days in a row'), },
  { key: 'support.notice_to_improve_date', kind: 'date', phrases: P('notice to improve', 'date of notice to improve', 'notice to improve issued', 'notice to improve date', 'date the notice to improve was issued', 'date notice to improve issued', 'date notice to improve sent', 'nti date', 'date of nti', 'date nti issued'), unless: /\bsessions?\b|\bnumber\b|how many|\bcopy\b/i },
  { key: 'support.formal_meeting_date', kind: 'date', phrases: P('formal attendance meeting', 'date of formal attendance meeting', 'date of the formal attendance meeting', 'formal meeting date', 'attendance meeting date', 'date of attendance meeting', 'proposed date of the meeting', 'meeting date'), },
  { key: 'support.attendance_contract', kind: 'bool', phrases: P('attendance contract', 'parenting contract', 'attendance contract offered', 'has an attendance contract been offered'), },
  { key: 'support.early_help', kind: 'bool', phrases: P('early help', 'eha', 'early help assessment', 'early help plan', 'early help assessment or plan'), },
  { key: 'support.home_visit_dates', kind: 'text', phrases: P('home visit', 'home visits', 'dates of home visits', 'home visit dates', 'date of home visit', 'dates of home visit'), },
  { key: 'support.summary', kind: 'text', phrases: P('support offered', 'support provided', 'actions taken', 'support offered so far', 'support provided and its outcome', 'support offered to the family', 'interventions', 'support and interventions', 'what support has been offered', 'summary of support', 'support already in place', 'support given', 'actions taken by the school', 'interventions tried', 'strategies used', 'support put in place', 'already put in place', 'support in place',
    // The school's chronology of what it did (prefill-keys.md: the summary is "from the chronology: dated lines");
    // a chronology of an incident or of events is not it.
    'chronology of school actions', 'chronology of actions', 'chronology of actions taken', 'chronology of support', 'chronology of interventions', 'school actions',
    'school done to support', 'done to support attendance', 'school already tried', 'what has the school tried', 'school already done'),
    // What is asked for, or why it is needed now, is not what has been done.
    unless: /\b(requesting|seeking|would you like|asking for|why)\b/i },
  { key: 'pn.reason', kind: 'enum', phrases: P('reason for request', 'reason for the request', '=reason', 'reason for penalty notice', 'grounds for the penalty notice', 'penalty notice reason', 'reason for requesting a penalty notice', 'type of offence', 'offence'), context: /penalty/i,
    options: { holiday: /holiday|term[- ]time leave|code g\b/i, unauthorised_absence: /unauthori[sz]ed absence|condoned|irregular attendance|persistent absence|truan/i, late_after_close: /late/i, exclusion_public_place: /exclu/i } },
  { key: 'pn.threshold_met_date', kind: 'date', phrases: P('threshold met', 'date threshold met', 'date the threshold was met', 'threshold reached', 'threshold for a penalty notice was met', 'penalty notice threshold met', 'threshold for a penalty notice was reached', 'penalty notice threshold reached', 'date threshold reached', 'date the threshold was reached'), },
  { key: 'deletion.ground', kind: 'enum', phrases: P('ground for deletion', 'reason for deletion', 'grounds for deletion', 'deletion ground', 'regulation', 'reason for removal', 'ground for removal', 'intended ground for deletion', 'reason for leaving', 'regulation 8 reason', 'deletion reason', 'on which ground', 'which ground'), context: DEL },
  { key: 'deletion.date', kind: 'date', phrases: P('date of deletion', 'deletion date', 'date removed', 'date of removal', 'date removed from roll', 'date off roll', 'date taken off roll', 'date of removal from the register', 'date of deletion from the register', 'when name removed', 'when name deleted', 'when removed from admission register', 'when deleted from admission register'), context: DEL },
  { key: 'deletion.destination_school', kind: 'text', phrases: P('destination school', 'name of destination school', 'new school', 'school moving to', 'school the pupil is moving to', 'destination school or area', 'destination school or area if known', 'name of new school'), },
  { key: 'cme.enquiries_made', kind: 'text', phrases: P('enquiries made', 'outcome of enquiries', 'enquiries', 'details of enquiries', 'what enquiries have been made', 'reasonable enquiries', 'checks made'), context: /missing|cme|whereabouts|enquir/i },
  { key: 'excl.type', kind: 'enum', phrases: P('=type', 'type of exclusion', 'exclusion type', 'suspension or permanent exclusion', 'type of suspension', 'suspension or exclusion'), context: SUSP,
    options: { suspension: /suspen|fixed/i, permanent: /permanent/i } },
  { key: 'excl.start_date', kind: 'date', phrases: P('start date', 'first day of the suspension', 'first day of the suspension or exclusion', 'first day of exclusion', 'date of exclusion', 'exclusion start date', 'date suspension starts', 'suspension start date', 'date of suspension', 'exclusion date', 'start date of suspension'), context: SUSP },
  { key: 'excl.days', kind: 'number', phrases: P('number of school days', 'number of days', 'length of suspension', '=days', '=school days', 'length in days', 'number of days suspended', 'duration days', 'no of school days', 'no of days', 'how many school days', 'how many days'), context: SUSP },
  { key: 'ptt.start_date', kind: 'date', phrases: P('start date', 'date started', 'timetable start date', 'date part time timetable started', 'date the timetable starts', 'start date of part time timetable', 'timetable start', 'when did timetable start', 'when did start'), context: PTT },
  { key: 'ptt.end_date', kind: 'date', phrases: P('end date', 'planned end date', 'expected end date', 'timetable end date', 'date the timetable will end'), context: PTT },
  { key: 'ptt.review_date', kind: 'date', phrases: P('review date', 'next review date', 'date of review', 'date of next review', 'reviewed', 'when will it be reviewed', 'date to be reviewed'), context: PTT },
  { key: 'ptt.hours_per_week', kind: 'number', phrases: P('hours per week', 'hours in school per week', 'number of hours', 'hours a week', 'weekly hours', 'hours each week', 'hours of education per week'), context: PTT },
  { key: 'ptt.reason', kind: 'text', phrases: P('reason', 'reason for the timetable', 'reason for part time timetable', 'reason for the part time timetable', '=reasons', 'why on part time timetable', 'why part time timetable'), context: PTT },
  { key: 'ptt.parent_consent', kind: 'bool', phrases: P('parent agreed', 'parental consent', 'parent consent', 'has a parent agreed', 'parents agreed', 'parent agreed to the timetable', 'parents consented', 'parent carer agreed', 'agreed by parents'), context: PTT },
];

/** Keys whose value is a date (for the seam's value checks and formatting). */
export function kindOfKey(key: string): ValueKind {
  const generic = key.replace(/\[\d+\]/, '[n]');
  const fact = FACTS.find((f) => f.key === generic);
  if (fact) return fact.kind;
  for (const a of ATTRS) if (Object.values(a.keys).includes(generic)) return a.kind;
  if (/^att\.code_count\./.test(key)) return 'int';
  return 'text';
}
