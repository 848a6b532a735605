/**
 * The planner on forms written by people who had not read it (test/fixtures/blind/forms, round 1, and
 * test/fixtures/blind/forms-round2…forms-round4, other authors): at least 90% of the fields with a key filled with
 * the expected value across all blind forms, none filled wrongly, and no declaration, signature,
 * upload, consent or keyless free text filled.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_ROUNDS, blindFiles, scoreForm, type FormScore } from './blind-score';

const ROUNDS = Object.entries(BLIND_ROUNDS).map(([round, dir]) => ({ round, scores: blindFiles(dir).map((f) => scoreForm(f, dir)) }));
const ALL: FormScore[] = ROUNDS.flatMap((r) => r.scores);
const rate = (scores: FormScore[]) => {
  const keyed = scores.reduce((n, s) => n + s.keyed, 0);
  return { keyed, correct: scores.reduce((n, s) => n + s.correct, 0) };
};

describe('blind forms', () => {
  it('has the blind fixtures of both rounds to test against', () => {
    expect(ROUNDS.find((r) => r.round === 'round1')!.scores.length).toBeGreaterThanOrEqual(6);
    expect(ROUNDS.find((r) => r.round === 'round2')!.scores.length).toBeGreaterThanOrEqual(8);
  });

  for (const { round, scores } of ROUNDS) {
    it.each(scores.map((s) => [s.file, s] as const))(`${round} %s: nothing filled wrongly, nothing filled that is the person’s to answer`, (_f, s) => {
      expect(s.wrong).toEqual([]);
      expect(s.forbidden).toEqual([]);
    });
  }

  it('fills at least 90% of the fields that have a key, across all blind forms', () => {
    const { keyed, correct } = rate(ALL);
    expect(keyed).toBeGreaterThan(380);
    expect(correct / keyed).toBeGreaterThanOrEqual(0.9);
  });

  it('does not rest on round 1 alone: round 2 (written after the planner) is at 90% or more on its own', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round2')!.scores);
    expect(keyed).toBe(219);
    expect(correct / keyed).toBeGreaterThanOrEqual(0.9);
    expect(correct).toBeGreaterThanOrEqual(219);
  });

  it('round 4 (Jotform sub-labels, Material cards, placeholder-only selects; first try 132/170) holds its score on its own', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round4')!.scores);
    expect(keyed).toBe(170);
    expect(correct).toBeGreaterThanOrEqual(170);
  });

  it('round 5 (Google-Forms ARIA widgets, Civica multi-input rows, Wufoo sub-labels; first try on this planner 121/171, 8 wrong) keeps 0 wrong and its floor', () => {
    // The one field left: the author's values give deletion ground "1c" for a home-education option written in words;
    // reg 9(1)(c) is dual registration ended (home education is 1(f)), so the planner refuses rather than guess.
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round5')!.scores);
    expect(keyed).toBe(171);
    expect(correct).toBeGreaterThanOrEqual(170);
  });

  it('round 6 (SharePoint list form, Oracle APEX, Kelsi paper tables, MoJ add-another, Salesforce flow, Contact Form 7; first try 210/233, 5 wrong; 223 with round 8’s Salesforce-like lessons) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round6')!.scores);
    expect(keyed).toBe(233);
    expect(correct).toBeGreaterThanOrEqual(229);
  });

  it('round 7 (Zoho sub-labels under boxes, Drupal webform composites, SmartSurvey contact rows, Typeform, AEM, Form.io; first try 171/215, 17 wrong; 203 with round 8’s lessons) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round7')!.scores);
    expect(keyed).toBe(215);
    expect(correct).toBeGreaterThanOrEqual(204);
  });

  it('round 8 (ASP.NET <font>/<b> labels, Formstack, Cognito, Verint, Ninja Forms; first try 167/198, 0 wrong; 168 on the next planner, still unseen; 198 after its lessons) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round8')!.scores);
    expect(keyed).toBe(198);
    expect(correct).toBeGreaterThanOrEqual(198);
  });

  it('round 9 (Kendo DropDownLists over hidden selects, Vuetify menus, SurveyMonkey contact rows, a pdf.js annotation layer, select2, MudBlazor table; first try 126/180, 2 wrong) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round9')!.scores);
    expect(keyed).toBe(180);
    expect(correct).toBeGreaterThanOrEqual(171);
  });

  it('round 10 (Qualtrics, FrontPage 2000, Django formset, Rails simple_form, Alchemer, Squarespace; first try 162/203, 2 wrong, 1 free-text filled) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round10')!.scores);
    expect(keyed).toBe(203);
    expect(correct).toBeGreaterThanOrEqual(202);
  });

  it('round 11 (Elementor, Chakra UI, NHS.UK frontend, HubSpot, Joomla RSForm, Laravel + Tailwind; first try 181/193, 0 wrong; 187 on the merged planner, still unseen by anyone who changed it) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round11')!.scores);
    expect(keyed).toBe(193);
    expect(correct).toBeGreaterThanOrEqual(187);
  });

  it('round 12 (Ant Design, Power Pages, Carbon, WPForms, Sitecore Forms, Tally; first try 141/166, 0 wrong; 150 on the merged planner, still unseen by anyone who changed it) keeps 0 wrong and its floor', () => {
    const { keyed, correct } = rate(ROUNDS.find((r) => r.round === 'round12')!.scores);
    expect(keyed).toBe(166);
    expect(correct).toBeGreaterThanOrEqual(150);
  });
});
