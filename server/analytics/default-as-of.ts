import type { Tx } from '../db/database.js';

export type AsOfBasis = 'requested' | 'today' | 'fiscal_year_start';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The day releases are judged open or upcoming: the one asked for, else today. When every release of the map
 * closed before today (an archived map, or the demo once its years have passed), today would show nothing, so
 * the first day of the fiscal year being looked at (state FY N starts July 1 of N-1) is used, and said so.
 */
export const resolveAsOf = async (
  tx: Tx,
  requested: string | undefined,
  fiscalYear: number | null,
): Promise<{ as_of: string; as_of_basis: AsOfBasis }> => {
  if (requested) return { as_of: requested, as_of_basis: 'requested' };
  const now = today();
  const [row] = await tx.run<{ latest: string | null }>('analytics/latest-release-close');
  if (fiscalYear === null || !row?.latest || row.latest >= now) return { as_of: now, as_of_basis: 'today' };
  return { as_of: `${fiscalYear - 1}-07-01`, as_of_basis: 'fiscal_year_start' };
};
