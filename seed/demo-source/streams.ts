import type { Row } from '../synthetic/bundle.js';
import { AS_OF, STATE_NAME, YEARS, boards, type BoardSeed, type FiscalYear } from './lakeland.js';
import { applicant, type ProgramSeed } from './program.js';
import { spendingOf } from './spending.js';

// Programs -> funding stream rows: one per fiscal year, with the federal allotment above a formula program
// and the local workforce boards' allocations below it, linked by passes_through_id (child -> parent).

const LATEST_YEAR = YEARS[YEARS.length - 1] ?? 2026;

/** The state a program runs in: its name (for allotment names) and its local workforce boards. */
export interface StreamContext {
  stateName: string;
  boards: readonly BoardSeed[];
}

const lakeland: StreamContext = { stateName: STATE_NAME, boards };

export const streamId = (key: string, year: number): string => `${key}-fy${year}`;
export const allotmentId = (key: string, year: number): string => `${key}-allotment-fy${year}`;
export const allocationId = (key: string, boardId: string, year: number): string => `${key}-${boardId}-fy${year}`;

/** Notes say where the beneficiaries and activities come from, since source_url is the program's own page. */
export const withRolesSource = (program: ProgramSeed, notes: string): string =>
  program.rolesSource ? `${notes} Beneficiaries and activities: ${program.rolesSource}.` : notes;

const roundThousands = (value: number): number => Math.round(value / 1000) * 1000;

const expiresOf = (program: ProgramSeed, year: number): string | undefined =>
  program.expires ?? (program.availableYears ? `${year + program.availableYears}-06-30` : undefined);

const baseRow = (program: ProgramSeed, id: string, year: FiscalYear, amount: number): Row => ({
  id,
  name: `${program.name} FY${year}`,
  source: program.source,
  assistance_listing: program.listing,
  fiscal_year: year,
  amount,
  ...spendingOf(id, amount, LATEST_YEAR - year, program.spending),
  flexibility: program.flexibility,
  match_percent: program.matchPercent,
  eligible_applicants: program.eligible,
  objective_ids: program.objectiveIds,
  sector_ids: program.sectorIds ?? [],
  region_ids: program.regionIds ?? [],
  beneficiary_ids: program.beneficiaryIds ?? [],
  activity_ids: program.activityIds ?? [],
  expires: expiresOf(program, year),
  source_url: program.sourceUrl,
  as_of: AS_OF,
  notes: withRolesSource(program, program.notes),
});

const allotmentRow = (
  program: ProgramSeed,
  year: FiscalYear,
  amount: number,
  stateRow: Row,
  stateName: string,
): Row => ({
  ...baseRow(program, allotmentId(program.key, year), year, amount),
  name: `${program.name}: ${stateName} allotment FY${year}`,
  agency_id: program.allottedBy,
  obligated: amount,
  expended: stateRow.expended,
  eligible_applicants: [applicant.state],
  notes: withRolesSource(
    program,
    `${stateName} allotment, illustrative: ${program.nationalNote ?? 'scaled from the national figure'}.`,
  ),
});

const allocationRows = (
  program: ProgramSeed,
  year: FiscalYear,
  amount: number,
  stateId: string,
  localBoards: readonly BoardSeed[],
): Row[] =>
  localBoards.map((board) => {
    const id = allocationId(program.key, board.id, year);
    return {
      ...baseRow(program, id, year, roundThousands(amount * (program.localShare ?? 0) * board.share)),
      name: `${program.name}: ${board.name} allocation FY${year}`,
      agency_id: board.id,
      eligible_applicants: program.localEligible ?? program.eligible,
      region_ids: board.regionIds,
      passes_through_id: stateId,
      notes: withRolesSource(
        program,
        `Illustrative local allocation (${Math.round(board.share * 100)}% of the local share).`,
      ),
    };
  });

/** All stream rows of one program. */
export const programStreams = (program: ProgramSeed, context: StreamContext = lakeland): Row[] =>
  YEARS.flatMap((year) => {
    const amount = program.amounts[year];
    if (amount === undefined) return [];
    const id = streamId(program.key, year);
    const stateRow: Row = {
      ...baseRow(program, id, year, amount),
      agency_id: program.agencyId,
      passes_through_id: program.allottedBy
        ? allotmentId(program.key, year)
        : program.passesThrough && streamId(program.passesThrough, year),
    };
    return [
      ...(program.allottedBy ? [allotmentRow(program, year, amount, stateRow, context.stateName)] : []),
      stateRow,
      ...(program.localShare ? allocationRows(program, year, amount, id, context.boards) : []),
    ];
  });
