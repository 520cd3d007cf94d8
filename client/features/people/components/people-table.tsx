import { roles, type Role } from '@domain/actor.js';
import type { User } from '@contract/auth.js';
import { useMe } from '../../../api/me.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useMakeSignInLink, useRemovePerson, useSetDisabled, useSetRole } from '../api/people.js';

/** Everyone who may sign in, with their role, and what an admin may change (never their own admin role). */
export const PeopleTable = ({ people }: { people: User[] }) => {
  const { data: me } = useMe();
  const setRole = useSetRole();
  const setDisabled = useSetDisabled();
  const remove = useRemovePerson();
  const link = useMakeSignInLink();
  const failed = [setRole, setDisabled, remove, link].find((change) => change.isError);
  return (
    <>
      {failed?.error && <ProblemAlert error={failed.error} action="Changing the person" />}
      {link.data && (
        <p className="success" role="status">
          One-time sign-in link (works once, until {link.data.expiresAt.slice(11, 16)} UTC); copy it now:{' '}
          <code data-testid="sign-in-link">{link.data.url}</code>
        </p>
      )}
      <table className="table people-table">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Signs in with</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((user) => {
            const yourself = me?.actor.kind === 'user' && me.actor.id === user.id;
            return (
              <tr key={user.id}>
                <th scope="row">{user.email}</th>
                <td>
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={yourself || setRole.isPending}
                    title={yourself ? 'Another admin must change your role' : undefined}
                    onChange={(event) => setRole.mutate({ id: user.id, role: event.target.value as Role })}
                  >
                    {roles.map((option) => (
                      <option key={option}>{option}</option>
                    ))}
                  </select>
                </td>
                <td>
                  {[user.hasPassword && 'password', user.singleSignOn && 'single sign-on'].filter(Boolean).join(', ') ||
                    'a link'}
                </td>
                <td>{user.disabled ? 'disabled' : 'active'}</td>
                <td className="button-row-tight">
                  <button type="button" className="small" onClick={() => link.mutate(user.id)} disabled={user.disabled}>
                    Make sign-in link
                  </button>
                  {!yourself && (
                    <>
                      <button
                        type="button"
                        className="small"
                        onClick={() => setDisabled.mutate({ id: user.id, disabled: !user.disabled })}
                      >
                        {user.disabled ? 'Enable' : 'Disable'}
                      </button>
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => {
                          if (window.confirm(`Remove ${user.email}, their sessions and their API tokens?`))
                            remove.mutate(user.id);
                        }}
                      >
                        Remove
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
};
