import '../share-links.css';
import { useCan } from '../../../api/me.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useShareLinks } from '../api/list-share-links.js';
import { useRevokeShareLink } from '../api/revoke-share-link.js';
import { NewShareLinkForm } from './new-share-link-form.js';

/** Read-only links for partnerships: editors create and revoke them, admins see every one and its state. */
export const ShareLinksPage = () => {
  const isAdmin = useCan('admin');
  const links = useShareLinks(isAdmin);
  const revoke = useRevokeShareLink();
  return (
    <main className="page" id="main">
      <h1>Share links</h1>
      <p className="lede">
        A link opens one view, read-only, without an account, until it expires or is revoked. Braid keeps a record of
        who created and revoked each.
      </p>
      <NewShareLinkForm />
      {!isAdmin && (
        <p className="muted">
          Admins see every link and its state here, and revoke any of them. Copy a link when you create it: it is shown
          once.
        </p>
      )}
      {isAdmin && links.isPending && <Loading what="the share links" />}
      {links.isError && <ProblemAlert error={links.error} action="Loading the share links" />}
      {revoke.isError && <ProblemAlert error={revoke.error} action="Revoking the link" />}
      {links.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">View</th>
              <th scope="col">Created by</th>
              <th scope="col">Expires</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.data.items.map((link) => (
              <tr key={link.id}>
                <td>{link.name}</td>
                <td>
                  {link.view}
                  {link.target ? ` ${link.target}` : ''}
                </td>
                <td>{link.created_by}</td>
                <td>{link.expires_at.slice(0, 10)}</td>
                <td>{link.status}</td>
                <td>
                  {link.status === 'active' && (
                    <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(link.id)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
};
