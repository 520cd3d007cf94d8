import { cleanParagraphs, cleanText } from './clean-text.js';

// A release's `description`: what the source says it funds, for whom and where, kept so the competing-releases
// analytic can compare two releases by more than their titles. Capped: a few paragraphs say what a program
// funds; the rest of a long notice (legal citations, scoring rubrics) only adds noise to the comparison.

export const descriptionLimit = 4000;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Portals paste HTML into text fields (`<br />`, `&amp;`): kept as plain text, a tag as a line break. */
const plainText = (value: unknown): unknown =>
  typeof value === 'string'
    ? value
        .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, '\n')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => entities[name] ?? ' ')
    : value;

/** The aim first (unlabelled), then labelled parts (`Eligibility: ...`); blanks and repeats left out. */
export const releaseDescription = (aim: unknown, parts: Array<[label: string, value: unknown]>): string | undefined => {
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (line: string, key: string) => {
    if (key === '' || seen.has(key.toLowerCase())) return;
    seen.add(key.toLowerCase());
    lines.push(line);
  };
  const first = cleanParagraphs(plainText(aim));
  add(first, first);
  for (const [label, value] of parts) {
    const text = cleanText(plainText(value));
    add(`${label}: ${text}`, text);
  }
  const joined = lines.join('\n');
  if (joined === '') return undefined;
  return joined.length <= descriptionLimit ? joined : `${joined.slice(0, descriptionLimit - 1).trimEnd()}…`;
};
