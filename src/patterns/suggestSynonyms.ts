// The classroom's words for what seed 002's tables say in their own: a teacher jots "says she's finished",
// "no periods anywhere", "jumps from the bus to the beach"; the table says "done", "endmarks", "moves
// abruptly". Each group is one meaning; a jotting and a row that both hold a phrase of the group meet on
// it. Phrases are matched before stop words go (so "nothing else to write" and "and then" can be one),
// the longest first, with folding and stemming, so plurals and tenses need no entry of their own.
// Hand-written from classroom talk and the table's own wording; the seeds' spellings stay ("rehearing").

/** A group's phrases are written as comma-separated lists, a few lines a group. */
function phrasesOf(groups: Record<string, string | readonly string[]>): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(groups).map(([meaning, lines]) => [
      meaning,
      [lines]
        .flat()
        .flatMap((line) => line.split(','))
        .map((phrase) => phrase.trim())
        .filter(Boolean),
    ]),
  );
}

export const CLASSROOM_WORDS: Record<string, readonly string[]> = phrasesOf({
  // Meaning and focus
  allAbout: [
    'all about, everything about, about everything, everything, every fact, all the facts, list',
    'list of everything, whole day, whole summer, whole weekend, whole trip, whole year, bed to bed',
    'too broad, too big a topic, too many topics, lots of topics, no focus, not focused, unfocused',
    'no angle, covers',
  ],
  focus: 'focus, focusing, zoom in, zoomed in, narrow, narrow down, small moment, angle',
  offTopic: [
    'don’t connect, not connected, aren’t connected, off topic, random, doesn’t belong, doesn’t fit',
    'unrelated, tangent, side story, sidetracked, wanders, nothing to do with, extra parts',
  ],
  undeveloped: [
    'undeveloped, underdeveloped, not developed, thin, skimpy, sparse, bare, bare bones, short',
    'too short, one line, one sentence, one sentence each, few words, not much, tiny, brief, summary',
    'summarizes, stretch, stretch out, rushed, rushes through, not enough',
  ],
  important: [
    'important, most important, what’s important, matters, matters most, main part, main event',
    'big moment, heart, heart of the story, climax, key part, central, point across, best part',
    'exciting part',
  ],
  meaning: [
    'meaning, want to say, what do I want to say, point of, message, theme, so what, why it matters',
    'really about, lesson, big idea, readers to know, wants readers to',
  ],
  // Structure
  abrupt: [
    'abrupt, abruptly, jump, jumps around, skip, skips around, all over the place, hard to follow',
    'confusing, confuse, confused, sequence, order, out of order, transition, transition words',
    'time transitions, time jumps, flow, doesn’t flow, choppy, one part to another, section headings',
    'topic sentences, no paragraphs, between parts, between pages',
  ],
  part: 'part, section, page, scene, chapter, paragraph',
  // Elaboration and craft
  detail: [
    'detail, describe, description, descriptive, sensory, show don’t tell, example, evidence',
    'specifics',
  ],
  elaborate: 'elaborate, elaboration, say more, add more, tell more, more about, expand',
  detailKinds: [
    'kind of detail, kinds of detail, type of detail, types of details, one kind, same kind of detail',
    'repertoire of detail, partial repertoire, genre-specific details',
  ],
  dialogue: [
    'dialogue, dialog, talking, talk, speech, speech marks, speech bubbles, quotation marks, quotes',
    'conversation, characters talk',
  ],
  feelings: 'feelings, feel, emotions, thoughts, thinking, inner thinking, inside, wondered',
  action: 'action, actions, doing, what happened, body parts',
  facts: 'facts, information, info, definitions, quotes, statistics, numbers, research',
  strings: [
    'smattering, strings, string of details, here and there, a bunch, bunch together, then stops',
    'moves on, one detail, doesn’t build, build on, underline',
  ],
  general: [
    'general, generic, vague, precise, precision, specific, exact, exactly, fun, nice, good, cute',
    'cool, awesome, stuff, things, a lot, plain',
  ],
  // Voice
  voice: 'voice, voices, expression, tone, drama, dramatic, intonation, sarcastic, funny voice',
  cue: 'cue, cue the reader, on the page, in the writing, doesn’t show, can’t hear',
  exclamation: 'exclamation, exclamation marks, exclamation points, exclaim',
  font: [
    'font, font treatment, bold, all caps, bubble letters, big letters, italics, ellipses, ellipsis',
    'dots',
  ],
  overuse: [
    'overuse, overuses, too many, too much, way too many, every single, after every, on every',
    'everywhere, all the time',
  ],
  // Conventions
  endmarks: [
    'endmarks, end marks, end punctuation, period, periods, full stop, full stops, sentence endings',
    'end of sentence, sentence markers, run-on, run-ons, run on sentences, on and on, never stops',
    'capitals, capital letters, uppercase, lowercase, question marks, punctuation, punctuate',
    'one long sentence',
  ],
  ands: 'and then, and so, ands, the word and, starts with and, with and, too many ands',
  compound: 'compound, compound sentences, comma splice, splice, fanboys, conjunction',
  fragments: [
    'fragment, fragments, incomplete sentences, not complete sentences, half sentences',
    'dependent clause, clause, subordinate, complex sentences, starts with because, starts with when',
    'starts sentences with because, starts sentences with when',
  ],
  // Rehearsal, planning and drafting
  noTopic: [
    'topic, topics, idea, ideas, no ideas, don’t know what to write, doesn’t know what to write about',
    'nothing to write about, can’t think, think of, come up with, coming up with, what to write',
    'blank page, blank, empty page, stuck, writer’s block, choose a topic, choosing, territories',
    'writing territories, heart map, everyday life',
  ],
  rehearse: [
    'rehearse, rehearsing, rehearing, rehearsal, talk out, talk it out, talking out, tell it across',
    'tell across, told the story, tells the story, story out loud, touch and tell, sketch, sketching',
    'picture plan, notebook, notebook work, gather, gathering, brainstorm, oral, out loud first',
  ],
  rushIn: [
    'jump into, jumps into, jumps right into, dives in, right away, straight into, just started',
    'just wrote, started drafting, before drafting, without planning',
  ],
  plan: [
    'plan, planning, outline, web, webs, flow chart, flow charts, graphic organizer, organizer',
    'storyboard, boxes and bullets, bullet points',
  ],
  sketchyPlan: 'sketchy, sketchy plan, simple plan, vague plan, thin plan, plan is too short',
  spelling: [
    'spell, spelling, how to spell, how do you spell, sound out, sounding out, sounds, letters',
    'first letter, stretch out words, stretch words, word wall, abc chart, alphabet, phonics',
  ],
  wordsOnPage: [
    'words on page, words on the page, getting words, writing text, putting text, won’t write',
    'doesn’t write, only draws, draws, drawing, pictures, labels, avoid, avoids, refuses',
  ],
  trouble: 'trouble, struggles, struggling, hard time, difficulty',
  // Revision and editing
  done: [
    'done, all done, finished, finish, complete, nothing else, nothing else to write',
    'nothing more to add, nothing to add, what else, final copy, final draft, ready to publish',
    'start something new, start a new one, new piece',
  ],
  noRoom: [
    'no room, not room, no space, not enough room, out of room, squeeze, squeezing, margin, margins',
    'between the lines, post-it, post-its, sticky notes, spider legs, spiderlegs, flaps, arrows',
    'asterisks, carets, revision tools, cross out, crosses out, erase, erases',
  ],
  revise: 'revise, revision, revising, revised, changes, changing',
  smallRevision: [
    'simple revisions, small changes, word changes, fixing words, changing words, one word',
    'just words',
  ],
  edit: [
    'edit, editing, edits, proofread, proofreading, fix, fixes, check, checklist, mistakes, errors',
    'typos',
  ],
  aloud: [
    'aloud, out loud, read aloud, reads aloud, reading aloud, whisper, whispering, to herself',
    'to himself, to themselves, reads it to herself, reads it to himself, reads to self',
  ],
  // Purpose, genre and audience
  boring: [
    'boring, bored, dull, hates writing, hate writing, doesn’t like writing, do I have to',
    'don’t want to write, unmotivated, not motivated, checked out, doesn’t care, pointless',
    'no purpose, purpose, purposes, complains, sighs, groans, whines',
  ],
  genre: [
    'genre, genres, comic, comics, superhero, fantasy, poetry, poem, poems, list books, graphic novel',
    'fan fiction, how-to',
  ],
  same: [
    'same, always, again, another, over and over, every time, every piece, only ever',
    'never anything else',
  ],
  audience: [
    'audience, audiences, share, shares, sharing, share with, reads it to, reads to, mom, dad',
    'parents, family, friend, best friend, partner, teacher, classmate, classmates, whole class',
  ],
  noAudience: [
    'doesn’t know who, no idea who, who is this for, who it’s for, who would read, for no one, no one',
    'nobody, no audience',
  ],
});

/**
 * Meanings that lean on others, looked for too with a smaller weight, so the second and third rows shown
 * are the next things a teacher would consider: a jotting's "boring" is the child complaining, or the
 * piece thin (details, elaboration); a piece that jumps around may want a plan of how it will go; a part
 * that is thin wants details; "done" too soon wants more said; no ideas may want rehearsal; a 3-8 speller
 * edits.
 */
export const LEANS_ON: Record<string, readonly string[]> = {
  boring: ['detail', 'elaborate'],
  allAbout: ['focus'],
  abrupt: ['plan'],
  undeveloped: ['detail', 'elaborate'],
  general: ['detail'],
  done: ['elaborate'],
  noTopic: ['rehearse'],
  spelling: ['edit'],
  sketchyPlan: ['plan'],
  noAudience: ['audience'],
};

/** Two meanings that, found together, make a third: a plan that is vague or thin is a sketchy plan. */
export const TOGETHER: readonly [string, string, string][] = [
  ['plan', 'general', 'sketchyPlan'],
  ['plan', 'undeveloped', 'sketchyPlan'],
];
