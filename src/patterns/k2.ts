// Seed 002, "Common assessment patterns and responses K-2", transcribed row by row as in the source.
import { type Pattern, type Row, type Topic, toPatterns } from './types.ts';

const ROWS: Row[] = [
  [
    'The student writes “all about” a topic',
    'Include parts in pieces that develop meaning',
    'Strategies for focusing a draft (Ask, “What’s Important?” and selecting parts that help develop the meaning.',
  ],
  [
    'The student includes parts in a generally focused piece that don’t connect to meaning.',
    'Delete parts that don’t connect to meaning.',
    'Touch each part, ask if it is connected to what’s important.',
  ],
  [
    'The student writes a series of undeveloped section in her drafts.',
    'Develop parts in drafts.',
    '“Stretch” out parts by envisioning them in your head.',
  ],
  [
    'The student develops parts in pieces, but not always the ones that are central to communicating meaning.',
    'Develop parts that contribute most to meaning.',
    'Ask, “Which parts are the ones that feel important/ really help me get my point across?” Stretch them if they’re undeveloped.',
  ],
  [
    'The student moves abruptly from one part to another pieces.',
    'Develop repertoire of transitions.',
    'Time transitions, section headings, topic sentences, etc.',
  ],
  [
    'The student has a partial repertoire of detail in her repertoire.',
    'Develop repertoire of genre-specific details.',
    'Lessons on action, thoughts and feelings, dialogue, etc. in narrative; facts, definitions, quotes, etc. in nonfiction.',
  ],
  [
    'The student includes a smattering of a kind of detail, but doesn’t yet create strings of them in a section.',
    'Elaborate using strings of details.',
    'Underline details and say more.',
  ],
  [
    'The student writes with very general kinds of details.',
    'Write details with precision.',
    'e.g. actions: envision what your body parts are doing; facts, ask, “What exactly to I know about this fact?”',
  ],
  [
    'The student reads her writing with voice, but doesn’t cue the reader to do the same.',
    'Develop repertoire of ways to give voice to a text',
    'Punctuation, such as exclamation marks, ellipses,; font treatment.',
  ],
  [
    'The student overuses voice techniques.',
    'Use voice techniques strategically',
    'Reread draft, matching voice intonation to punctuation/font treatments.',
  ],
  [
    'The student uses endmarks inconsistently, or not at all',
    'Use beginning and end of sentence markers with precision.',
    'Read aloud for sentence endings.',
  ],
  ['The student overuses the word “and.”', 'Punctuate compound sentences correctly.', 'Editing for “ands.”'],
  [
    'The student writes dependent clause fragments.',
    'Punctuate complex sentences with precision.',
    'Read aloud for commas after subordinate conjunctions.',
  ],
  [
    'The student has trouble coming up with topics to write about.',
    'Develop repertoire of strategies for finding worthwhile topics.',
    'Writing territories; writing off of everyday life.',
  ],
  [
    'The student jumps into drafting without rehearing his topic; consequently the draft is skimpy and undeveloped.',
    'Brainstorm scenes/points to be made in a draft; develop repertoire of strategies for gathering details for sections before drafting.',
    'Examples: Talk out piece before drafting; sketch parts of piece before drafting; read sources for details before drafting.',
  ],
  [
    'The student rehearses her writing, but jumps into a draft without planning how it will go.',
    'Develop repertoire of planning strategies.',
    'Sketching across pages; talking out each part; writing a simple plan.',
  ],
  [
    'The student does/does not rehearse her writing before drafting, but is unable to answer the question, “What do I want to say to readers in my draft?”',
    'Write to learn to discover meaning.',
    'Answer the question, “What do I want to say in my draft?”',
  ],
  [
    'The student is having trouble with writing text (avoids putting text on the page, asks for help with spelling words, etc.)',
    'Develop repertoire of strategies for getting words on page.',
    'Sounding out words; how to use the word wall; ask someone else how to spell a word, etc.',
  ],
  [
    'The student is “done” as soon as she writes a draft.',
    'Add words, phrases, sentences to drafts.',
    'Reread, stop pause and ask, “What else could I say?”; peer conferring.',
  ],
  [
    'The student makes simple revisions, but not the major one a draft needs because there is not room to do so on drafts.',
    'Develop a repertoire of revision tools.',
    'Using post-it notes; spiderlegs; asterisks; arrows, etc.',
  ],
  [
    'The student revises, but not always the most important parts.',
    'Strategic revision',
    'Put stars next to most important parts and develop those further if necessary.',
  ],
  [
    'The student edits by reading aloud to herself.',
    'Develop repertoire of editing strategies.',
    'Read a draft out loud to yourself or to a classmate in an editing conference.',
  ],
  [
    'The student complains that writing is boring.',
    'Develop a repertoire of purposes for writing.',
    'Introduce student to genres that (hopefully) give the student the chance to write for meaningful purposes.',
  ],
  [
    'When given a choice, the student tends to write in the same genre over and over.',
    'Develop a repertoire of purposes for writing.',
    'Introduce student to other writing genres give the student the opportunity to write for new purposes.',
  ],
  [
    'The student doesn’t know who to share her writing with.',
    'Develop a sense of audience.',
    'Identify an audience that the student can share her writing with when completed.',
  ],
  [
    'The student always share his writing with the same audience.',
    'Extend range of audiences.',
    'Identify other audiences that the student can share his writing with.',
  ],
];

const TOPICS: Topic[] = [
  ['Meaning and focus', 4],
  ['Structure', 1],
  ['Elaboration/craft', 3],
  ['Voice', 2],
  ['Conventions', 3],
  ['Rehearsal: ideas and plans', 4],
  ['Drafting: getting words down', 1],
  ['Revision', 3],
  ['Editing', 1],
  ['Purpose, genre and audience', 4],
];

export const K2_PATTERNS: Pattern[] = toPatterns('K-2', 'k2', ROWS, TOPICS);
