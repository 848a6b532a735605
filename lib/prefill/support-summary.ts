/**
 * support.summary is the school's chronology of what it has done (calls, meetings, visits, notices). Only a
 * question that asks for that alone takes it: one that also asks for the background, the events or concerns that
 * led to the referral, or the family's circumstances ("Background information: describe the events leading to
 * this referral and the support already put in place") is the person's to write — the chronology would answer
 * part of it and read as the whole answer.
 */
import { normaliseText } from './match';

const BEYOND_ACTIONS = /\b(?:background|history|events?|circumstances|concerns?|worries|reasons? (?:for|why)|why (?:is|are|the)|what happened|situation|presenting|leading (?:up )?to|led to|describe the (?:child|pupil|family)|about the (?:child|pupil|family)|views?|wishes)\b/;

/** The words that ask for more than the school's actions, or null when the question asks for the actions only. */
export function asksBeyondActions(label: string): string | null {
  return BEYOND_ACTIONS.exec(normaliseText(label))?.[0] ?? null;
}
