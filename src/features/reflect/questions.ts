// Seed 001's reflection questions as the teacher answers them (the Reflect screen) and reads her answers
// back (My conferring): each question's own answers, the words for each as it reads today (old "yes" /
// "not yet" answers included, by data/reflections.ts's rule), and a short name for the answer she aims
// for. Pure.
import type { ReflectionAnswer, ReflectionQuestion } from '../../data/index.ts';
import type { ReadAnswer } from '../../data/reflections.ts';
import type { ChipOption } from '../../ui/ChipGroup.tsx';

/** The chips under each question: the answers that fit it. */
export const REFLECTION_OPTIONS: { [Q in ReflectionQuestion]: readonly ChipOption<ReflectionAnswer<Q>>[] } = {
  pacing: [
    { value: 'rushed', label: 'Rushed' },
    { value: 'about right', label: 'About right' },
    { value: 'slow', label: 'Slow' },
  ],
  research: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  compliment: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  oneStrategy: [
    { value: 'one', label: 'ONE' },
    { value: 'more than one', label: 'More than one' },
    { value: 'none', label: 'None' },
  ],
  bestPoint: [
    { value: 'best', label: 'The best possible one' },
    { value: 'something else', label: 'Something else would have helped more' },
  ],
};

/** Each answer as it reads in My conferring's tables, by question. */
export const ANSWER_WORDS: { [Q in ReflectionQuestion]: Record<NonNullable<ReadAnswer<Q>>, string> } = {
  pacing: {
    rushed: 'rushed',
    'about right': 'about right',
    slow: 'slow',
    'not about right': 'not about right (an earlier “not yet”)',
  },
  research: { yes: 'rushed', no: 'not rushed' },
  compliment: { yes: 'a paragraph of speech', no: 'no paragraph of speech' },
  oneStrategy: {
    one: 'ONE',
    'more than one': 'more than one',
    none: 'none',
    'not one': 'not ONE (an earlier “not yet”)',
  },
  bestPoint: { best: 'the best possible one', 'something else': 'something else would have helped more' },
};

/** The answer she aims for, named short enough to label a bar (the table reads the whole question). */
export const AIMED_FOR_LABEL: Record<ReflectionQuestion, string> = {
  pacing: 'Pacing about right',
  research: 'Research not rushed',
  compliment: 'Compliment in a paragraph',
  oneStrategy: 'ONE strategy',
  bestPoint: 'Best possible point',
};

/** What an old "not yet" said, where today's chips cannot show it: the screen says it in words. */
export const EARLIER_ANSWER: Partial<Record<ReflectionQuestion, Partial<Record<string, string>>>> = {
  pacing: { 'not about right': 'Answered earlier as “not yet”: not about right. Rushed or slow?' },
  oneStrategy: { 'not one': 'Answered earlier as “not yet”: not ONE. More than one, or none?' },
};
