import { useSearchParams } from 'react-router-dom';

// The provider's button, and why a single sign-on was refused: the server sends the browser back with a code
// (never free text in the URL, so no one can put their own words on Braid's page).

const refusals: Record<string, string> = {
  'no-role': 'Your account at the provider gives you no role in Braid. Ask an admin of this Braid for access.',
  disabled: 'Your account is disabled in Braid. Ask an admin of this Braid.',
  'email-taken':
    'Someone with your email is already a user of Braid under another sign-in, so yours was not linked. Ask an admin.',
  refused: 'Braid could not check the answer of the sign-in provider. Try again; if it happens again, tell an admin.',
  'no-sign-in': 'That sign-in took too long or was already used. Try again.',
  unreachable: 'Braid cannot reach the sign-in provider right now. Try again in a moment.',
  'not-configured': 'This Braid has no single sign-on: sign in with your email.',
};

export const SingleSignOn = ({ name }: { name: string }) => {
  const [params] = useSearchParams();
  const refusal = params.get('sso');
  return (
    <div className="single-sign-on">
      {refusal && (
        <p role="alert" className="problem">
          {refusals[refusal] ?? 'Single sign-on did not work. Try again.'}
        </p>
      )}
      {/* A plain link: the server sends the browser on to the provider. */}
      <a className="single-sign-on-link" href="/api/auth/oidc/start">
        Sign in with {name}
      </a>
      <p className="hint">or with your email and password:</p>
    </div>
  );
};
