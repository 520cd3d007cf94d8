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
  cells: Map<string, number>;
  total: number;
}

export interface Heatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  max: number;
}

/** Objectives in the analytic's order (most departments first); agencies by total dollars, largest first. */
export const toHeatmap = (objectives: readonly DuplicatedObjective[], maxRows = 25, maxColumns = 20): Heatmap => {
  const rows = objectives.slice(0, maxRows).map((objective) => ({
    objective: { id: objective.id, name: objective.name },
    cells: new Map(objective.agencies.map((agency) => [agency.id, agency.amount])),
    total: objective.total_amount,
  }));
  const columns = new Map<string, HeatmapColumn>();
  for (const objective of objectives.slice(0, maxRows))
    for (const agency of objective.agencies) {
      const column = columns.get(agency.id) ?? {
        id: agency.id,
        label: agency.acronym ?? agency.name,
        title: agency.name,
        total: 0,
      };
      column.total += agency.amount;
      columns.set(agency.id, column);
    }
  const ordered = [...columns.values()].sort((a, b) => b.total - a.total).slice(0, maxColumns);
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
