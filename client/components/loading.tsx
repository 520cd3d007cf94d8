import './loading.css';
export const Loading = ({ what }: { what: string }) => (
  <p className="loading" role="status" aria-live="polite">
    Loading {what}…
  </p>
);
