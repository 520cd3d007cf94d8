import { Link } from 'react-router-dom';
import { useMe, useSignOut } from '../../../api/me.js';

/** Who is signed in, with which role, and the way out (or in). */
export const AccountMenu = () => {
  const { data } = useMe();
  const signOut = useSignOut();
  if (!data) return null;
  const { actor } = data;
  if (actor.role === null)
    return (
      <div className="account-menu">
        <Link to="/sign-in">Sign in</Link>
      </div>
    );
  return (
    <div className="account-menu" data-testid="account-menu">
      <span>
        Signed in as <strong>{actor.label}</strong> ({actor.role})
      </span>
      {actor.kind === 'user' && (
        <button type="button" className="small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </button>
      )}
    </div>
  );
};
