import { Link, useSearchParams } from 'react-router-dom';
import { useMatch } from '../../../api/analytics/get-match.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { ShareButton } from '../../../components/share-button.js';
import { useAnalyticsFilters } from '../../../lib/use-analytics-filters.js';
import { subjectFromParams, subjectParams } from '../finder-subject.js';
import { BraidPlan } from './braid-plan.js';
import { MatchedStreams } from './matched-streams.js';
import { PartnershipRequests } from './partnership-requests.js';
import { ScoreChart } from './score-chart.js';
import { StreamExplanation } from './stream-explanation.js';
import { SubjectPicker } from './subject-picker.js';
import '../finder.css';

/** Funding finder: ranked funding for a partnership or a described need, with reasons, deadlines and braiding. */
export const FinderPage = () => {
  const [params, setParams] = useSearchParams();
  const [filters] = useAnalyticsFilters();
  const subject = subjectFromParams(params);
  const fiscalYear = typeof filters.fiscal_year === 'number' ? filters.fiscal_year : undefined;
  const match = useMatch(subject, fiscalYear);
  const selectedStream = params.get('stream');
  const request = params.get('request');
  const set = (changes: Record<string, string | null>, replaceAll = false) =>
    setParams((previous) => {
      const next = new URLSearchParams(replaceAll ? (previous.get('fy') ? { fy: previous.get('fy')! } : {}) : previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const stream = match.data?.streams.find((candidate) => candidate.id === selectedStream);
  const partnershipId = subject && 'partnership' in subject ? subject.partnership : null;
  // A finder link names its partnership as its target; the rest of the query (year, stream, request) it keeps.
  const shareQuery = new URLSearchParams(params);
  shareQuery.delete('partnership');
  return (
    <main className="page" id="main">
      <h1>Funding finder</h1>
      <p className="lede">Which funding streams fit a partnership’s needs, why, and which releases to apply to next.</p>
      {partnershipId && match.data && (
        <ShareButton
          view="finder"
          defaultName={`Funding for ${match.data.profile.partnership?.name ?? partnershipId}`}
          query={shareQuery.toString()}
          target={partnershipId}
        />
      )}
      <SubjectPicker
        key={params.toString()}
        subject={subject}
        onChoose={(chosen) => set(subjectParams(chosen), true)}
      />
      {!subject && <p>Choose a partnership or describe a need to see the funding that fits.</p>}
      {match.isPending && subject && <Loading what="matching funding" />}
      {match.isError && <ProblemAlert error={match.error} action="Finding funding" />}
      {match.data && (
        <>
          <section className="card" aria-labelledby="ranked-heading">
            <h2 id="ranked-heading">
              Funding for{' '}
              {match.data.profile.partnership?.name ?? `a need in ${match.data.profile.region?.name ?? 'the state'}`}
              {match.data.filters.fiscal_year ? `, FY ${match.data.filters.fiscal_year}` : ''}
            </h2>
            <p className="muted">
              Releases are shown as open or upcoming as of {match.data.as_of}
              {match.data.as_of_basis === 'fiscal_year_start' &&
                ', the first day of the fiscal year: every release in the map closed before today'}
              .
            </p>
            {partnershipId && (
              <p>
                <Link
                  to={`/map?sel=partnership:${encodeURIComponent(partnershipId)}&focus=3&fy=${match.data.filters.fiscal_year ?? ''}`}
                >
                  See this partnership on the funding map
                </Link>
              </p>
            )}
            {match.data.streams.length === 0 ? (
              <p>
                No stream is eligible. {match.data.near_misses.length > 0 && 'The nearest misses are listed below.'}
              </p>
            ) : (
              <>
                <MatchedStreams
                  streams={match.data.streams}
                  selected={selectedStream}
                  onSelect={(id) => set({ stream: id })}
                />
                <ScoreChart streams={match.data.streams} />
              </>
            )}
            <FigureSource provenance={match.data.provenance} figure="ranked" />
          </section>
          {stream && <StreamExplanation stream={stream} />}
          {partnershipId && match.data.requests.length > 0 && (
            <section className="card" aria-labelledby="requests-heading">
              <h2 id="requests-heading">Requests</h2>
              <PartnershipRequests
                requests={match.data.requests}
                selected={request}
                onPlan={(id) => set({ request: id })}
              />
              <FigureSource provenance={match.data.provenance} figure="requests" />
            </section>
          )}
          {partnershipId && request && <BraidPlan partnershipId={partnershipId} solutionId={request} />}
          {match.data.near_misses.length > 0 && (
            <section className="card" aria-labelledby="near-heading">
              <h2 id="near-heading">Near misses</h2>
              <ul>
                {match.data.near_misses.map((miss) => (
                  <li key={`${miss.request_key}:${miss.id}`}>
                    <strong>{miss.name}</strong> ({miss.agency.name}): {miss.reason}
                  </li>
                ))}
              </ul>
              <FigureSource provenance={match.data.provenance} figure="near-misses" />
            </section>
          )}
        </>
      )}
    </main>
  );
};
