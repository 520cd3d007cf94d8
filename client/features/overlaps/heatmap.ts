import type { DuplicatedObjective } from '../../../server/analytics/duplicated-objectives.schema.js';

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

/** A blue whose depth grows with the square root of the amount; text turns white on the darker half. */
export const heatColor = (amount: number, max: number): { background: string; color: string } => {
  if (amount <= 0 || max <= 0) return { background: 'transparent', color: 'inherit' };
  const share = Math.sqrt(amount / max);
  const lightness = Math.round(95 - share * 62);
  return { background: `hsl(212 70% ${lightness}%)`, color: lightness < 60 ? '#ffffff' : '#1d2733' };
};
