// A row's "Possible teaching points" as the separate points it lists, so she can teach ONE of them
// (seed 000: name one strength, teach one strategy). Pure.

/** Splits at semicolons and line breaks outside parentheses and quotes. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '“') quoted = true;
    else if (char === '”') quoted = false;
    if ((char === ';' || char === '\n') && depth === 0 && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

const LEAD_IN = /^(examples?:|ex:|e\.g\.)\s*/i;
const ETC = /,?\s*etc\.?$/i;
const SHORT_ITEM_WORDS = 3;

/** "Time transitions, paragraphing, bullets, etc." is a list of short points: one each. */
function listItems(part: string): string[] {
  if (!ETC.test(part)) return [part];
  const body = part.replace(ETC, '');
  const items = body.split(',').map((item) => item.trim());
  const short = items.length > 1 && items.every((i) => i !== '' && i.split(/\s+/).length <= SHORT_ITEM_WORDS);
  return short ? items : [body];
}

function tidy(point: string): string {
  const trimmed = point
    .trim()
    .replace(LEAD_IN, '')
    .replace(/[,.\s]+$/, '')
    .trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export function teachingPointsOf(text: string): string[] {
  const points = topLevelParts(text)
    .map((part) => part.trim().replace(LEAD_IN, ''))
    .flatMap(listItems)
    .map(tidy)
    .filter((point) => /[\p{L}\p{N}]/u.test(point));
  return [...new Set(points)];
}
