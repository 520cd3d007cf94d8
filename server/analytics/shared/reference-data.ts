import type { AgencyWithDepartment, Ref } from '../../contract/analytics/refs-and-filters.js';
import type { AgencyRow, ReferenceRows } from '../../repositories/analytics-input-rows.js';

// The map's small tables (agencies, objectives, sectors, regions), read once per request, so analytics can
// read large inputs as ids and name only what they show. Departments are worked out here, once.

const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((row) => [row.id, row]));

export class ReferenceData {
  private readonly agencyRows: Map<string, AgencyRow>;
  private readonly objectiveRows: Map<string, Ref & { category: string | null }>;
  private readonly sectorRows: Map<string, Ref>;
  private readonly regionRows: Map<string, Ref>;
  private readonly solutionRows: Map<string, ReferenceRows['solutions'][number]>;
  private readonly departments = new Map<string, AgencyRow>();

  constructor(rows: ReferenceRows) {
    this.agencyRows = byId(rows.agencies);
    this.objectiveRows = byId(rows.objectives);
    this.sectorRows = byId(rows.sectors);
    this.regionRows = byId(rows.regions);
    this.solutionRows = byId(rows.solutions);
  }

  hasAgency = (id: string): boolean => this.agencyRows.has(id);
  hasSector = (id: string): boolean => this.sectorRows.has(id);
  hasRegion = (id: string): boolean => this.regionRows.has(id);
  hasObjective = (id: string): boolean => this.objectiveRows.has(id);

  /** The top-level ancestor through PART_OF; an agency without parent (or caught in a cycle) is its own. */
  departmentRow(id: string): AgencyRow {
    const known = this.departments.get(id);
    if (known) return known;
    const self = this.agencyRows.get(id) ?? { id, name: id, acronym: null, parent_id: null };
    const seen = new Set<string>([id]);
    let top = self;
    while (top.parent_id && !seen.has(top.parent_id)) {
      const parent = this.agencyRows.get(top.parent_id);
      if (!parent) break;
      seen.add(parent.id);
      top = parent;
    }
    if (top.parent_id && seen.has(top.parent_id)) top = self;
    this.departments.set(id, top);
    return top;
  }

  department = (id: string): Ref => {
    const { id: departmentId, name } = this.departmentRow(id);
    return { id: departmentId, name };
  };

  agency = (id: string): AgencyWithDepartment => {
    const row = this.agencyRows.get(id);
    return { id, name: row?.name ?? id, acronym: row?.acronym ?? null, department: this.department(id) };
  };

  /** The agency and every agency below it through PART_OF. */
  subtree(rootId: string): string[] {
    return [...this.agencyRows.keys()].filter((id) => this.isWithin(id, rootId));
  }

  isWithin(id: string, rootId: string): boolean {
    const seen = new Set<string>();
    for (
      let current: string | null = id;
      current && !seen.has(current);
      current = this.agencyRows.get(current)?.parent_id ?? null
    ) {
      if (current === rootId) return true;
      seen.add(current);
    }
    return false;
  }

  objective = (id: string): Ref => ({ id, name: this.objectiveRows.get(id)?.name ?? id });
  objectiveWithCategory = (id: string): Ref & { category: string | null } =>
    this.objectiveRows.get(id) ?? { id, name: id, category: null };
  sector = (id: string): Ref => this.sectorRows.get(id) ?? { id, name: id };
  region = (id: string): Ref => this.regionRows.get(id) ?? { id, name: id };
  solution = (id: string): Ref & { category: string | null } => {
    const row = this.solutionRows.get(id);
    return { id, name: row?.name ?? id, category: row?.category ?? null };
  };
  solutionObjectives = (id: string): Ref[] => (this.solutionRows.get(id)?.objective_ids ?? []).map(this.objective);
}
