import { isWebAddress } from '../domain/fields.js';

// Portal exports carry zero-width spaces, non-breaking spaces and stray line breaks pasted from word processors;
// they would make equal titles differ and ids unstable.
const invisible = /[\u200B-\u200D\u2060\uFEFF]/g;

/** A cell as one tidy line of text ('' for null, undefined and blanks). */
export const cleanText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  return String(value).replace(invisible, '').replace(/\s+/g, ' ').trim();
};

/** Text that keeps its line breaks (descriptions, notes), otherwise cleaned like `cleanText`. */
export const cleanParagraphs = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(invisible, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
};

/** A list cell split on `;` (and on line breaks, which some exports use instead), blanks and repeats dropped. */
export const splitList = (value: unknown, separator: RegExp = /[;\n]/): string[] => {
  if (value === null || value === undefined) return [];
  const items = String(value)
    .split(separator)
    .map((item) => cleanText(item))
    .filter((item) => item !== '');
  return [...new Set(items)];
};

/** A link from a source, if it is a web address (http or https); anything else is no link at all. */
export const cleanWebAddress = (value: unknown): string | undefined => {
  const text = cleanText(value);
  return isWebAddress(text) ? text : undefined;
};
