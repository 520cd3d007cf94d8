import { analyticFigures, type AnalyticName, type FigureDefinition } from '../../contract/figures.js';
import type { FigureProvenance, FigureTableProvenance } from '../../contract/provenance.js';
import type { EntityName } from '../../domain/catalog.js';

/** The provenance of every figure of one analytic: the tables it rests on, and the latest as-of among them. */
export const describeFigures = (
  analytic: AnalyticName,
  tables: ReadonlyMap<EntityName, FigureTableProvenance>,
): FigureProvenance[] =>
  Object.entries<FigureDefinition>(analyticFigures[analytic]).map(([figure, definition]) => {
    const rested = definition.tables.flatMap((name) => tables.get(name) ?? []);
    const dates = rested.flatMap((table) => (table.as_of_latest === null ? [] : [table.as_of_latest])).sort();
    return { figure, title: definition.title, as_of: dates.at(-1) ?? null, tables: rested };
  });
