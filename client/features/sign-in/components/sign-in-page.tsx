import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useMe, useSignIn } from '../../../api/me.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { SingleSignOn } from './single-sign-on.js';
import '../sign-in.css';

/** Email and password; people without a password get a one-time link from an admin (npm run user -- link). */
export const SignInPage = () => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Shown in place of a view, the view appears once signed in; on /sign-in itself, go to the map.
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => {
          if (pathname === '/sign-in') void navigate('/map');
        },
      },
    );
  };
  return (
    <main className="page sign-in-page" id="main">
      <h1>Sign in to Braid</h1>
      {me?.singleSignOn && <SingleSignOn name={me.singleSignOn.name} />}
      <form onSubmit={submit} className="sign-in-form" aria-label="Sign in">
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
      {signIn.isError && <ProblemAlert error={signIn.error} action="Signing in" />}
      <p className="hint">
        No password yet? Ask an admin of this Braid for a one-time sign-in link; you can set a password once signed in.
      </p>
    </main>
  );
};
