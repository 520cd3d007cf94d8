import type { CompetingReason } from '@contract/analytics/competing-releases.js';

/** Why a pair has its level: what the two releases share (+) and what separates them (−). */
export const PairReasons = ({ reasons }: { reasons: readonly CompetingReason[] }) => (
  <ul className="pair-reasons">
    {reasons.map((reason) => (
      <li key={`${reason.kind}:${reason.text}`} className={reason.sense}>
        <span aria-hidden="true">{reason.sense === 'shares' ? '+' : '−'}</span>
        <span className="visually-hidden">{reason.sense === 'shares' ? 'Shared: ' : 'Separates: '}</span>
        {reason.text}
      </li>
    ))}
  </ul>
);
