import { NavLink, Outlet } from 'react-router-dom';
import { roleSatisfies } from '@domain/actor.js';
import { useMe } from '../api/me.js';
import { HealthBanner } from '../components/health-banner.js';
import { AccountMenu } from '../features/sign-in/components/account-menu.js';
import { SignInGate } from '../features/sign-in/components/sign-in-gate.js';
import { views } from './navigation.js';

/** The header lists only the views the signed-in person may use (the server refuses the rest anyway). */
export const Layout = () => {
  const { data: me } = useMe();
  const shown = views.filter((view) => !view.role || roleSatisfies(me?.actor.role ?? null, view.role));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand" aria-label="Braid">
          Braid
        </span>
        <nav aria-label="Views">
          <ul>
            {shown.map((view) => (
              <li key={view.path}>
                <NavLink to={view.path}>{view.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
      </header>
      <HealthBanner />
      <SignInGate>
        <Outlet />
      </SignInGate>
    </div>
  );
};
