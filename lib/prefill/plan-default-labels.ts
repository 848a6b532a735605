/**
 * Survey builders' default contact-row labels ("Company", "Organisation") stand for whatever the question
 * asks: a school only when the question's own text (its legend) names the school ("Please put the name of
 * your school in the Company box"); anywhere else the box is the person's to answer.
 */
import type { Question } from './plan';

const ORGANISATION = /^(company|company name|organi[sz]ation|organi[sz]ation name|business|employer)\s*\*?$/i;

/** 'school.name' when a default organisation label sits under a question naming the school; null when it is not such a label. */
export function organisationLabelKey(q: Question, label: string): { key: string; evidence: string } | { key: null; why: string } | null {
  if (!ORGANISATION.test(label.trim())) return null;
  // The question's own text (its legend), not the page's title ("…your School Liaison Officer"), and one about
  // nobody else (a parent's contact row has a Company box too).
  const legend = q.first.legends.at(-1) ?? '';
  const question = /\bschool\b/i.test(legend) && !/\b(parent|carer|guardian|mother|father|family)\b/i.test(legend) ? legend : '';
  if (question) return { key: 'school.name', evidence: `“${label}” under “${question.slice(0, 80)}”, which names the school` };
  return { key: null, why: `“${label}” is a default box of a contact row and the question does not say whose: yours to answer` };
}
