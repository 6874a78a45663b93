// The longer words that go with some value lists of the registry (valueLists.ts): seed 001's reflection
// questions, what each kind of conference is for, in seed 003's words, and how each reflection answer
// reads where its question is not beside it. Apart from the lists themselves so that the app shell, which checks values against the lists,
// does not carry them: the sheet, the cheat sheet and My conferring load them with their screens.
import {
  type Choice,
  CONFERENCE_TYPES,
  type REFLECTION_ANSWERS,
  type ReflectionQuestion,
  type ValueOf,
} from './valueLists.ts';

/**
 * Seed 001: after listening back to a recorded conference, its five questions in its own words (the
 * seed's "one the best possible one" read without its stray "one").
 */
export const REFLECTION_QUESTIONS = [
  ['pacing', 'How was your pacing?'],
  ['research', 'Did you rush through the research part of the conference?'],
  ['compliment', 'Did you take the time to compliment the student using a paragraph of speech?'],
  [
    'oneStrategy',
    'Did you teach the student ONE (and only one) new strategy that s/he could use not just on the piece of writing in front of him/her but in the future?',
  ],
  [
    'bestPoint',
    'Was your teaching point the best possible one or could you have taught something else that would’ve helped him/her more?',
  ],
] as const satisfies readonly (readonly [ReflectionQuestion, string])[];

const TYPE_HELP: Record<ValueOf<typeof CONFERENCE_TYPES>, string> = {
  compliment: 'Getting to know you as a writer · Sets the tone · Begins the process of conferring',
  rehearsal: 'How to get started · Finding ideas · Choosing paper · Planning',
  expectation:
    'Expectations & classroom procedures · How to solve problems independently · Managing writers tools · Stamina · Good writing habits',
  content: 'Develop a story · Staying focused',
  convention:
    'Stretching words & other spelling strategies · Using classroom resources · Writing for readers',
  table: 'Lead table conferences, especially at the start of the year: several writers at one table',
};

/** Seed 003's types of conferences (and seed 001's table conference), each with what it is for. */
export const CONFERENCE_TYPES_EXPLAINED: readonly (Choice<ValueOf<typeof CONFERENCE_TYPES>> & {
  help: string;
})[] = /* @__PURE__ */ CONFERENCE_TYPES.map((type) => ({ ...type, help: TYPE_HELP[type.value] }));

/** Each reflection answer as it reads in a table, where the question is not beside it ("research: yes"
 * reads "rushed"). */
export const ANSWER_READS: {
  [Q in ReflectionQuestion]: Record<ValueOf<(typeof REFLECTION_ANSWERS)[Q]>, string>;
} = {
  pacing: { rushed: 'rushed', 'about right': 'about right', slow: 'slow' },
  research: { yes: 'rushed', no: 'not rushed' },
  compliment: { yes: 'a paragraph of speech', no: 'no paragraph of speech' },
  oneStrategy: { one: 'ONE', 'more than one': 'more than one', none: 'none' },
  bestPoint: { best: 'the best possible one', 'something else': 'something else would have helped more' },
};
