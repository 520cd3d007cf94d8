import { cleanText } from './clean-text.js';

/** Lowercase words joined by `-`: "Labor & Industry" -> "labor-industry". Stable for the same name. */
export const slugify = (value: unknown): string =>
  cleanText(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A source identifier made safe for a Braid id (letters, digits, `. _ : -`), keeping its case and dots so that
 * `fpi-17.258-fy2023` still reads as Assistance Listing 17.258.
 */
export const idPart = (value: unknown): string =>
  cleanText(value)
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '');
