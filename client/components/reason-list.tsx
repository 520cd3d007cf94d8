import './reason-list.css';
/** Plain-language reasons from the analytics, one per line. */
export const ReasonList = ({ reasons }: { reasons: readonly string[] }) => (
  <ul className="reason-list">
    {reasons.map((reason) => (
      <li key={reason}>{reason}</li>
    ))}
  </ul>
);
