import '../briefing.css';
import type { BriefingSection } from '@contract/briefing.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useAnalyticsFilters } from '../../../lib/use-analytics-filters.js';
import { briefingPdfUrl, useBriefing } from '../api/get-briefing.js';

const Section = ({ section }: { section: BriefingSection }) => (
  <section className="briefing-section" aria-labelledby={`briefing-${section.id}`}>
    <h2 id={`briefing-${section.id}`}>{section.title}</h2>
    <ul className="plain-list">
      {section.items.map((item) => (
        <li key={`${item.label}|${item.source}`}>
          <strong>{item.label}:</strong> {item.value}
          {item.detail && <div>{item.detail}</div>}
          <div className="briefing-source">
            Source: <a href={item.source}>{item.source}</a>
            {item.as_of && <>, data as of {item.as_of}</>}
          </div>
        </li>
      ))}
    </ul>
    {section.note && <p className="briefing-note">{section.note}</p>}
  </section>
);

/** The one-to-two page briefing of a fiscal year: prints cleanly (briefing.css), or download the PDF. */
export const BriefingPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const fiscalYear = typeof filters.fiscal_year === 'number' ? filters.fiscal_year : undefined;
  const result = useBriefing(fiscalYear);
  const briefing = result.data;
  return (
    <main className="page briefing" id="main">
      <div className="briefing-controls">
        <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={briefing?.fiscal_year} show={[]} />
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <a href={briefingPdfUrl(briefing?.fiscal_year ?? null)}>Download PDF</a>
      </div>
      {result.isPending && <Loading what="the briefing" />}
      {result.isError && <ProblemAlert error={result.error} action="Loading the briefing" />}
      {briefing && (
        <article aria-labelledby="briefing-title">
          <h1 id="briefing-title">{briefing.title}</h1>
          <p className="briefing-meta">
            Made {briefing.made_on}. Data as of {briefing.data_as_of ?? 'not recorded'}.
            {briefing.previous_fiscal_year !== null && <> Compared with FY{briefing.previous_fiscal_year}.</>}
          </p>
          {briefing.sections.length === 0 && <p>There is no funding data.</p>}
          <div className="briefing-columns">
            {briefing.sections.map((section) => (
              <Section key={section.id} section={section} />
            ))}
          </div>
        </article>
      )}
    </main>
  );
};
