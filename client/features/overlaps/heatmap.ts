import type { DuplicatedObjective } from '@contract/analytics/duplicated-objectives.js';

// Agency x objective dollars for the duplicated objectives: the heatmap's data, and its colour scale.

export interface HeatmapColumn {
  id: string;
  label: string;
  title: string;
  total: number;
}

export interface HeatmapRow {
  objective: { id: string; name: string };
  /** Each agency's dollars, money passed down from another agency's stream counted once (under that agency). */
  cells: Map<string, number>;
  /** Money an agency administers that was passed down to it from another agency's stream on the row. */
  passedThrough: Map<string, number>;
  total: number;
}

export interface Heatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  max: number;
}

/**
 * Objectives in the analytic's order (most departments first); every agency among them, by total dollars,
 * largest first (the table scrolls in its own box, so none is left off). Pass-through money is counted once,
 * as every total in Braid counts it: a row's cells add up to the objective's total.
 */
export const toHeatmap = (objectives: readonly DuplicatedObjective[], maxRows = 25): Heatmap => {
  const shown = objectives.slice(0, maxRows);
  const rows = shown.map((objective) => ({
    objective: { id: objective.id, name: objective.name },
    cells: new Map(objective.agencies.map((agency) => [agency.id, agency.amount - agency.passed_through_amount])),
    passedThrough: new Map(
      objective.agencies
        .filter((agency) => agency.passed_through_amount > 0)
        .map((agency) => [agency.id, agency.passed_through_amount]),
    ),
    total: objective.total_amount,
  }));
  const columns = new Map<string, HeatmapColumn>();
  for (const objective of shown)
    for (const agency of objective.agencies) {
      const column = columns.get(agency.id) ?? {
        id: agency.id,
        label: agency.acronym ?? agency.name,
        title: agency.name,
        total: 0,
      };
      column.total += agency.amount - agency.passed_through_amount;
      columns.set(agency.id, column);
    }
  const ordered = [...columns.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const max = Math.max(0, ...rows.flatMap((row) => [...row.cells.values()]));
  return { columns: ordered, rows, max };
};

/**
 * A blue whose depth grows with the square root of the amount. The scale skips the middle blues, where neither
 * dark nor white text has enough contrast: light cells (dark text) go to 62% lightness, dark ones (white text)
 * start at 45%.
 */
export const heatColor = (amount: number, max: number): { background: string; color: string } => {
  if (amount <= 0 || max <= 0) return { background: 'transparent', color: 'inherit' };
  const share = Math.sqrt(amount / max);
  if (share < 0.5) return { background: `hsl(212 70% ${Math.round(95 - share * 2 * 33)}%)`, color: '#1d2733' };
  return { background: `hsl(212 70% ${Math.round(45 - (share - 0.5) * 2 * 20)}%)`, color: '#ffffff' };
};
