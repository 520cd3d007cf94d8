import type { MouseEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { roleSatisfies } from '@domain/actor.js';
import { useMe } from '../api/me.js';
import { HealthBanner } from '../components/health-banner.js';
import { AccountMenu } from '../features/sign-in/components/account-menu.js';
import { SignInGate } from '../features/sign-in/components/sign-in-gate.js';
import { views } from './navigation.js';

// The map's canvas is past the header and the map's tools: its own skip link reaches it in one Tab and Enter.
const focusMap = (event: MouseEvent<HTMLAnchorElement>) => {
  const canvas = document.getElementById('map-canvas');
  if (!canvas) return;
  event.preventDefault();
  canvas.focus();
};

/** The header lists only the views the signed-in person may use (the server refuses the rest anyway). */
export const Layout = () => {
  const { data: me } = useMe();
  const shown = views.filter((view) => !view.role || roleSatisfies(me?.actor.role ?? null, view.role));
  const onMap = useLocation().pathname === '/map';
  return (
    <div className="app">
      {onMap && (
        <a className="skip-link" href="#map-canvas" onClick={focusMap}>
          Skip to the map
        </a>
      )}
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
