import type { Indicator } from '@contract/analytics/scorecard.js';
import { formatIndicatorValue, statusLabels } from '../indicator-format.js';

const statusClass: Record<Indicator['status'], string> = { met: 'ok', not_met: 'danger', no_target: '', no_data: '' };

/** One indicator: its value, the user's target, whether it is met, and the figures behind it. */
export const IndicatorCard = ({ indicator }: { indicator: Indicator }) => (
  <article className={`indicator-card status-${indicator.status}`} aria-labelledby={`indicator-${indicator.id}`}>
    <h3 id={`indicator-${indicator.id}`}>{indicator.label}</h3>
    <p className="indicator-value">{formatIndicatorValue(indicator.unit, indicator.value)}</p>
    <p>
      <span className={`badge ${statusClass[indicator.status]}`}>{statusLabels[indicator.status]}</span>
      {indicator.target !== null && (
        <span className="muted">
          {' '}
          target {indicator.better === 'higher' ? 'at least' : 'at most'}{' '}
          {formatIndicatorValue(indicator.unit, indicator.target)}
        </span>
      )}
    </p>
    <p className="muted">{indicator.detail}</p>
    <p className="hint">{indicator.description}</p>
  </article>
);
