import { cleanText } from './clean-text.js';

const scale: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9 };

// A whole cell that is one dollar figure: "303000", "$1,000,000", "$5 million total", "$1.5M".
const singleAmount = /^\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(k|thousand|m|million|b|billion)?(?:\s+total)?$/i;

/**
 * A dollar amount when the cell states exactly one, otherwise undefined. "Pending", blanks, ranges, caps written
 * as sentences and zero all stay unknown: the sources use 0 and blanks for "not given", and Braid never turns
 * "not given" into zero.
 */
export const readAmount = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const text = cleanText(value);
  const match = text.match(singleAmount);
  if (!match) return undefined;
  const amount = Number(match[1]!.replace(/,/g, '')) * (match[2] ? (scale[match[2].toLowerCase()] ?? 1) : 1);
  return Number.isFinite(amount) && amount > 0 ? Math.round(amount * 100) / 100 : undefined;
};
