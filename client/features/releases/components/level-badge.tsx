import type { CompetingLevel } from '@contract/analytics/competing-releases.js';
import { levelHints, levelLabels, severityBand } from '../competing-levels.js';

export const LevelBadge = ({ level }: { level: CompetingLevel }) => (
  <span className={`badge level-${level}`} title={levelHints[level]}>
    {levelLabels[level]}
  </span>
);

export const WithinDepartmentBadge = () => (
  <span className="badge within-department" title="Both releases come from one department: it can fix this alone.">
    Within one department
  </span>
);

/** A 0-1 severity as a bar coloured by band, with the figure beside it. */
export const SeverityBar = ({ severity }: { severity: number }) => {
  const band = severityBand(severity);
  return (
    <span className={`severity severity-${band}`}>
      <span className="severity-track" aria-hidden="true">
        <span className="severity-fill" style={{ width: `${Math.round(severity * 100)}%` }} />
      </span>{' '}
      {Math.round(severity * 100)}%<span className="visually-hidden"> ({band})</span>
    </span>
  );
};
