import { Link } from 'react-router-dom';

export const NotFoundPage = () => (
  <main className="page" id="main">
    <h1>Page not found</h1>
    <p>
      There is no page at this address. Go to the <Link to="/map">funding map</Link>.
    </p>
  </main>
);
