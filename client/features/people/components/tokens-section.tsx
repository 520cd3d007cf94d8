import { useState, type FormEvent } from 'react';
import type { User } from '@contract/auth.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useCreateToken, useRevokeToken, useTokens } from '../api/tokens.js';

/** API tokens: each acts as its person with their current role; the secret is shown once, at creation. */
export const TokensSection = ({ people }: { people: User[] }) => {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email || (people[0]?.email ?? ''), name }, { onSuccess: () => setName('') });
  };
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <form className="card people-form" onSubmit={submit} aria-label="New API token">
        <label>
          For
          <select aria-label="For" value={email} onChange={(event) => setEmail(event.target.value)}>
            {people.map((user) => (
              <option key={user.id}>{user.email}</option>
            ))}
          </select>
        </label>
        <label>
          Token name
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
        </label>
        <div className="button-row">
          <button type="submit" className="primary" disabled={create.isPending}>
            Create token
          </button>
        </div>
        {create.isError && <ProblemAlert error={create.error} action="Creating the token" />}
        {create.data && (
          <p className="success" role="status">
            Token {create.data.name} created. Copy it now, it is shown only once:{' '}
            <code data-testid="new-token">{create.data.token}</code>
          </p>
        )}
      </form>
      {tokens.isError && <ProblemAlert error={tokens.error} action="Loading the tokens" />}
      {revoke.isError && <ProblemAlert error={revoke.error} action="Revoking the token" />}
      {tokens.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Person</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.items.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{token.email}</td>
                <td>{token.createdAt.slice(0, 10)}</td>
                <td>{token.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never'}</td>
                <td>
                  <button
                    type="button"
                    className="small danger"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(token.id)}
                  >
                    Revoke {token.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
