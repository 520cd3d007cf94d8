import type { AnalyticsFilters } from '../api/analytics/analytics-query.js';
import { useFilterOptions } from '../api/analytics/get-filter-options.js';
import { ProvenanceNote } from './provenance-note.js';
import './analytics-filter-bar.css';

interface AnalyticsFilterBarProps {
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
  /** The fiscal year the analytic resolved (the default is the latest). */
  appliedYear: number | null | undefined;
  allowAllYears?: boolean;
  /** Which of agency, sector and region this analytic takes. */
  show?: Array<'agency' | 'sector' | 'region'>;
}

const asOptions = (rows: Array<{ id: string; name: string }> | undefined) =>
  (rows ?? []).map((row) => ({ value: row.id, label: row.name })).sort((a, b) => a.label.localeCompare(b.label));

/** Fiscal year, agency, sector and region: the filters the analytics share, in the URL. */
export const AnalyticsFilterBar = ({
  filters,
  onChange,
  appliedYear,
  allowAllYears = false,
  show = ['agency', 'sector', 'region'],
}: AnalyticsFilterBarProps) => {
  // One small answer, not the whole map and three tables.
  const options = useFilterOptions().data;
  const years = options?.fiscal_years ?? (appliedYear ? [appliedYear] : []);
  const agencies = asOptions(options?.agencies);
  const sectors = asOptions(options?.sectors);
  const regions = asOptions(options?.regions);
  const year = filters.fiscal_year ?? appliedYear ?? '';
  const select = (
    label: string,
    value: string | undefined,
    options: Array<{ value: string; label: string }>,
    onSelect: (value: string | undefined) => void,
    all: string,
  ) => (
    <label className="inline">
      {label}{' '}
      <select value={value ?? ''} onChange={(event) => onSelect(event.target.value || undefined)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <label className="inline">
        Fiscal year{' '}
        <select
          value={String(year)}
          onChange={(event) =>
            onChange({ fiscal_year: event.target.value === 'all' ? 'all' : Number(event.target.value) })
          }
        >
          {allowAllYears && <option value="all">All years</option>}
          {years.map((option) => (
            <option key={option} value={option}>
              FY {option}
            </option>
          ))}
        </select>
      </label>
      {show.includes('agency') &&
        select('Agency', filters.agency_id, agencies, (agency_id) => onChange({ agency_id }), 'All agencies')}
      {show.includes('sector') &&
        select('Sector', filters.sector_id, sectors, (sector_id) => onChange({ sector_id }), 'All sectors')}
      {show.includes('region') &&
        select('Region', filters.region_id, regions, (region_id) => onChange({ region_id }), 'All regions')}
      <ProvenanceNote />
    </div>
  );
};
