// The conferring cheat sheet, in the words of seeds 002 and 003.

/** Seed 002, Part 1: begin with an open-ended question, and give the student some wait time. */
export const OPENING_QUESTIONS = [
  'How’s it going?',
  'What’s up with your writing today?',
  'Could you tell me about the writing work you’re doing?',
];

/** Seed 002: "What might students talk about?" */
export const STUDENTS_MIGHT = [
  'Students might name the genre they’re writing',
  'Students might describe where they are in the writing process',
  'Students might discuss what they think is going well in their writing',
  'Students might name a problem they’re having with their writing',
  'Students might describe how they’re solving a problem',
  'Students might explain how they’re crafting their writing',
  'Students might discuss the meaning they’re trying to get across in their drafts',
  'Students might talk about how they’re using conventions',
  'Students might name the goals they’re trying to achieve',
  'Students might talk about their history and growth as writers',
];

/** Seed 002, scenario 3: specific questions to support a student who doesn't say much. */
export const FOLLOW_UP_QUESTIONS = [
  'What’s going well for you as a writer today?',
  'What are you doing to make a good piece of writing?',
  'What are you doing that feels a bit hard?',
  'What recent mini-lessons are you trying?',
  'Are you working on a writing goal?',
];

/** Seed 000: ask the child's goal first, then follow up. */
export const CHILDS_GOAL_QUESTION = 'What is your goal as a writer?';

/** Seed 000: bring the child into the decision; if she names her topic, ask about her process. */
export const CHILDS_GOAL_FOLLOW_UPS = [
  'What are you trying to do in your work today?',
  'So what are you doing to write that piece well?',
];

/** Seed 000: speak in general terms. */
export const GENERAL_STRATEGY =
  'Name the strategy in general terms, so the child can use it anytime, in this piece and the next.';

/** Seed 002: the five scenarios that may happen after we ask our opening question, in full. */
export const SCENARIOS: { what: string; because?: string[]; moves: string[] }[] = [
  {
    what: 'The student tells you something he’s doing that you want to get behind because . . .',
    because: [
      'The student has a problem that must be solved before he can move forward',
      'The student is trying out a recent mini-lesson',
      'The student is doing something you know he needs to get better at',
      'The student is trying to do something that you want students in his grade to learn to do',
      'The student is showing a lot of energy for what she’s doing',
    ],
    moves: [
      'To get students to talk with more precision: ask them to “say more”',
      'Ask follow-up questions',
      'Name what they’re doing',
    ],
  },
  {
    what: 'The student tells you something she’s doing that you don’t want to get behind because what she’s doing . . .',
    because: [
      'Would be better addressed at another part of the writing process',
      'Reveals she’s skipped a stage in the writing process',
      'Isn’t something she really needs right now as a writer, based on what you’ve learned about her so far',
      'Is something that she’s actually doing well, and you don’t see the need to teach her more about it',
    ],
    moves: ['To redirect these conferences, ask students, “What else are you doing as a writer?”'],
  },
  {
    what: 'The student initially doesn’t say much about what he’s doing.',
    moves: [
      'Ask students to look at their writing',
      ...FOLLOW_UP_QUESTIONS.map((q) => `Support students with specific questions: ${q}`),
      'Name what you’ve observed',
      'Suggest possibilities',
      'Refer to a chart of recent mini-lessons',
      'Take a tour of the student’s writing',
    ],
  },
  {
    what: 'Ultimately, the student doesn’t talk about something you want to get behind—or doesn’t talk about what he’s doing at all.',
    moves: [
      'Read the student’s writing to figure out what he’s doing with these lenses: Do I see the student is trying out a recent mini-lesson?',
      'Do I see the student is working on one of his writing goals?',
    ],
  },
  {
    what: 'The student says she’s “done.”',
    moves: [
      'Read the student’s writing to figure out what he’s doing with these lenses: Do I see the student is trying out a recent mini-lesson?',
      'Do I see the student is working on one of his writing goals?',
      'Be prepared to encounter some resistance, and be ready to explain the importance of revision!',
    ],
  },
];

/** Seed 002, Part 3: teach the student how to do what she's doing even better, in the seed's words. */
export const TEACHING_MOVES: { name: string; how: string }[] = [
  {
    name: 'Name a strength',
    how: 'We give clear, precise feedback to the student: respond to the content of student writing; name the students’ strengths; name one “next step” you want the student to take.',
  },
  {
    name: 'Cue',
    how: 'Cue the student that we’re about to start teaching by saying, “There’s something I want to teach you today . . .”, or, “Something writers do is . . .”, and then name what we’re going to teach.',
  },
  {
    name: 'Explain',
    how: 'Give an explanation of what we’re teaching: a definition of what you’re teaching and an explanation of why it’s important to learn. You might include a metaphor to support your explanation.',
  },
  {
    name: 'Demonstrate',
    how: 'Show the student an example of what you’re teaching: demonstrate a writing strategy, show writer’s notebooks or drafts, share a mentor text, or ask students to study a mentor text. Describe a strategy the student can use.',
  },
  {
    name: 'Try it',
    how: 'Coach the student as she tries the strategy: “I’d like you to try this out right now . . .” To coach, prompt the student by using the strategy you taught. Beware of asking “leading questions” that guide students to write what you think they should write.',
  },
  {
    name: 'Link',
    how: 'Link the conference to the student’s independent work, reminding them that they can use what we’ve just taught them in their writing from now on.',
  },
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
