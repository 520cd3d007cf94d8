// A cell whose text starts with one of these runs as a formula when a CSV is opened in a spreadsheet
// (OWASP "CSV injection"). Exports put a ' in front, which spreadsheets show as text; imports take it off again.

export const formulaTrigger = /^[=+\-@\t\r]/;

/** The text as a CSV cell that a spreadsheet shows as text, never runs. */
export const neutraliseFormula = (text: string): string => (formulaTrigger.test(text) ? `'${text}` : text);

/** Undoes `neutraliseFormula`, so a CSV export imports back to the same text. */
export const restoreNeutralised = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** Trimmed text, except that whitespace in front of a formula character stays: trimming must not make a formula. */
export const trimCell = (text: string): string => {
  const trimmed = text.trim();
  return formulaTrigger.test(trimmed) && trimmed !== text.trimEnd() ? text.trimEnd() : trimmed;
};
