import type { ReactNode } from 'react';
import { useMe } from '../../../api/me.js';
import { Loading } from '../../../components/loading.js';
import { SignInPage } from './sign-in-page.js';

/** Anonymous visitors see the sign-in page instead of a view, unless this Braid lets the public read. */
export const SignInGate = ({ children }: { children: ReactNode }) => {
  const { data, isPending } = useMe();
  if (isPending) return <Loading what="who you are" />;
  if (data && data.actor.role === null && !data.publicRead) return <SignInPage />;
  return <>{children}</>;
};
