import { indicatorDefinitions } from '@contract/analytics/scorecard-indicators.js';
import type { Indicator, IndicatorId } from '@contract/analytics/scorecard.js';
import { formatShare } from '../../lib/format.js';

// Scorecard figures as people read them: shares as percentages, counts as whole numbers.

export const formatIndicatorValue = (unit: Indicator['unit'], value: number | null): string => {
  if (value === null) return 'no data';
  return unit === 'share' ? formatShare(value) : String(Math.round(value));
};

export type ParsedTarget = { target: number | null } | { error: string };

/**
 * A target typed in a form (percent for shares) as the API stores it (0-1 for shares), null when blank, or
 * why it cannot be one. Nothing is rounded or clamped: "five" or 150% are refused, not saved as something else.
 */
export const targetFromInput = (unit: Indicator['unit'], text: string): ParsedTarget => {
  const cleaned = text.replace(/[%\s,]/g, '');
  if (cleaned === '') return { target: null };
  const value = /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (unit === 'share')
    return value >= 0 && value <= 100
      ? { target: value / 100 }
      : { error: 'Enter a percentage from 0 to 100, or leave it blank for no target.' };
  return Number.isInteger(value) && value >= 0
    ? { target: value }
    : { error: 'Enter a whole number of at least 0, or leave it blank for no target.' };
};

export const targetToInput = (unit: Indicator['unit'], target: number | null): string =>
  target === null ? '' : unit === 'share' ? String(Math.round(target * 1000) / 10) : String(target);

export const statusLabels: Record<Indicator['status'], string> = {
  met: 'Target met',
  not_met: 'Target not met',
  no_target: 'No target set',
  no_data: 'Nothing to measure',
};

/** An indicator's label and unit, from the server's own definitions (hidden indicators included). */
export const describeIndicator = (id: IndicatorId): { label: string; unit: Indicator['unit'] } => {
  const definition = indicatorDefinitions.find((candidate) => candidate.id === id);
  return { label: definition?.label ?? id, unit: definition?.unit ?? 'count' };
};
