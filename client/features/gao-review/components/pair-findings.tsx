import { Link } from 'react-router-dom';
import type { GaoComparison, GaoPairFinding, GaoProgram } from '@contract/gao-review.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars } from '../../../lib/format.js';

const names = (items: ReadonlyArray<{ name: string }>) => items.map((item) => item.name).join(', ');

/** Shared terms, then each side's own; a blank side reads "not known", never "none". */
const Comparison = ({ comparison, first, second }: { comparison: GaoComparison; first: string; second: string }) => (
  <dl className="comparison">
    <dt>Shared</dt>
    <dd>{comparison.shared.length > 0 ? names(comparison.shared) : <span className="muted">nothing shared</span>}</dd>
    <dt>Only {first}</dt>
    <dd>
      {comparison.not_known.includes('first') ? (
        <em>not known</em>
      ) : (
        names(comparison.first_only) || <span className="muted">nothing else</span>
      )}
    </dd>
    <dt>Only {second}</dt>
    <dd>
      {comparison.not_known.includes('second') ? (
        <em>not known</em>
      ) : (
        names(comparison.second_only) || <span className="muted">nothing else</span>
      )}
    </dd>
  </dl>
);

const ProgramCell = ({ program }: { program: GaoProgram }) => (
  <>
    <strong>{program.name}</strong>
    <br />
    <span className="muted">{names(program.agencies)}</span>
    {program.streams.length > 1 && <span className="muted"> · {program.streams.length} streams, counted once</span>}
  </>
);

const mapLink = (finding: GaoPairFinding, fiscalYear: number | null) =>
  `/map?sel=${[finding.first.id, finding.second.id].map((id) => `stream:${encodeURIComponent(id)}`).join(',')}&focus=1${fiscalYear ? `&fy=${fiscalYear}` : ''}`;

export const PairFindings = ({
  findings,
  total,
  kind,
  fiscalYear,
}: {
  findings: readonly GaoPairFinding[];
  total: number;
  kind: 'overlap' | 'duplication';
  fiscalYear: number | null;
}) => (
  <SortableTable
    caption={`${total} ${kind === 'duplication' ? 'duplications' : 'overlaps'}${findings.length < total ? ` (largest ${findings.length} shown)` : ''}`}
    captionHidden
    rows={findings}
    rowKey={(finding) => `${finding.first.id}|${finding.second.id}`}
    pageSize={10}
    columns={[
      {
        key: 'first',
        label: 'Program',
        render: (finding) => <ProgramCell program={finding.first} />,
        sortValue: (finding) => finding.first.name,
      },
      {
        key: 'second',
        label: 'and program',
        render: (finding) => <ProgramCell program={finding.second} />,
        sortValue: (finding) => finding.second.name,
      },
      {
        key: 'amount',
        label: 'Dollars',
        numeric: true,
        render: (finding) => formatDollars(finding.amount),
        sortValue: (finding) => finding.amount,
      },
      {
        key: 'objectives',
        label: 'Objectives',
        render: (finding) => <Comparison comparison={finding.objectives} first="first" second="second" />,
      },
      {
        key: 'beneficiaries',
        label: 'Who is served',
        render: (finding) => <Comparison comparison={finding.beneficiaries} first="first" second="second" />,
      },
      {
        key: 'activities',
        label: 'What is bought',
        render: (finding) => (
          <>
            <Comparison comparison={finding.activities} first="first" second="second" />
            {finding.not_known.map((note) => (
              <p key={note} className="muted">
                {note}
              </p>
            ))}
          </>
        ),
      },
      {
        key: 'map',
        label: 'Map',
        render: (finding) => (
          <Link
            to={mapLink(finding, fiscalYear)}
            aria-label={`Show on map: ${finding.first.name} and ${finding.second.name}`}
          >
            Show on map
          </Link>
        ),
      },
    ]}
  />
);
