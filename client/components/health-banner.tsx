import { useHealth } from '../api/health.js';

/** Says plainly when the server or its database is down, on every page, instead of leaving pages blank. */
export const HealthBanner = () => {
  const { data, isError } = useHealth();
  if (isError)
    return (
      <div className="banner banner-error" role="alert">
        <strong>Braid cannot reach its server.</strong> Pages cannot load or save data until it is back. Check your
        connection; this message goes away by itself.
      </div>
    );
  if (data && !data.neo4j.reachable)
    return (
      <div className="banner banner-error" role="alert">
        <strong>The database is not reachable.</strong> Braid cannot show or change funding data until it is back.
        Nothing you saved is lost; this message goes away by itself.
      </div>
    );
  return null;
};
