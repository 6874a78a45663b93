// The conferring cheat sheet, in the words of seeds 002 and 003.

export const OPENING_QUESTIONS = [
  'How’s it going?',
  'What’s up with your writing today?',
  'Could you tell me about the writing work you’re doing?',
  'What are you trying to do in your work today?',
];

/** Seed 002: the five scenarios that may happen after the opening question, with what to do. */
export const SCENARIOS: { what: string; moves: string[] }[] = [
  {
    what: 'The student tells you something he’s doing that you want to get behind.',
    moves: ['Ask them to “say more”', 'Ask follow-up questions', 'Name what they’re doing'],
  },
  {
    what: 'The student tells you something she’s doing that you don’t want to get behind.',
    moves: ['Redirect: “What else are you doing as a writer?”'],
  },
  {
    what: 'The student initially doesn’t say much about what he’s doing.',
    moves: [
      'Ask the student to look at the writing',
      'What’s going well for you as a writer today?',
      'What are you doing to make a good piece of writing?',
      'What are you doing that feels a bit hard?',
      'What recent mini-lessons are you trying?',
      'Are you working on a writing goal?',
      'Name what you’ve observed; suggest possibilities; refer to a chart of recent mini-lessons; take a tour of the writing',
    ],
  },
  {
    what: 'The student doesn’t talk about something you want to get behind, or about what he’s doing at all.',
    moves: [
      'Read the writing: is the student trying out a recent mini-lesson?',
      'Is the student working on one of his writing goals?',
    ],
  },
  {
    what: 'The student says she’s “done.”',
    moves: [
      'Read the writing through the same lenses (mini-lesson? writing goal?)',
      'Be ready for resistance, and to explain the importance of revision',
    ],
  },
];

/** Seed 002, Part 3: teaching the student how to do what she's doing even better. */
export const TEACHING_MOVES: { name: string; how: string }[] = [
  { name: 'Name a strength', how: 'Respond to the content; name what the student does well, precisely.' },
  { name: 'Cue', how: '“There’s something I want to teach you today…” or “Something writers do is…”' },
  { name: 'Explain', how: 'Define what you are teaching and why it matters; a metaphor can help.' },
  {
    name: 'Demonstrate',
    how: 'Demonstrate a strategy, show a notebook or draft, share or study a mentor text.',
  },
  {
    name: 'Try it',
    how: '“I’d like you to try this out right now…” Coach with the strategy; avoid leading questions.',
  },
  { name: 'Link', how: 'Remind the student to use this in their writing from now on.' },
];

/** Seed 003: conference language for the teacher, and sentence starters for the student. */
export const TEACHER_LANGUAGE = [
  'How is your writing going?',
  'How can I help you with your writing?',
  'Tell me more about…',
  'What do you plan to do next in your writing?',
  'How do you feel about this piece of writing?',
  'Do you have any questions/concerns about your writing?',
  'Is this easy/hard for you as a writer?',
  'Last time we talked about… how did that go?',
  'We’ve been working on… can you show me where you tried that?',
  'I’m trying to picture it like a movie in my mind…',
];

export const STUDENT_STARTERS = [
  'My writing is about…',
  'I am working on…',
  'I need help…',
  'I am not sure how…',
  'I think the strongest part of my writing is…',
  'I think the part I need to work on is…',
];

/** Seed 003: common problems students bring, with the strategies to teach. */
export const COMMON_PROBLEMS: { problem: string; strategies: string[] }[] = [
  {
    problem: 'I don’t know what to write about.',
    strategies: [
      'Think about important people',
      'Think about important places',
      'Think about the last day or two',
      'Look around the room',
      'Re-read your work',
      'Think about… What have I done recently? What is important to me?',
    ],
  },
  {
    problem: 'How do you spell…?',
    strategies: [
      'Stretch out the words and write the sounds you hear',
      'Use your ABC chart',
      'Use the word wall',
      'Quietly ask someone who is near you',
      'Give it a try and go on',
    ],
  },
  {
    problem: 'I’m done!',
    strategies: [
      '“When you think you’re done, you’ve just begun.”',
      'Writers are never done… Look at Dr. Seuss',
      'Read over your work and add to the words or pictures.',
      'Start a new piece',
    ],
  },
];
