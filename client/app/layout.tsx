import { NavLink, Outlet } from 'react-router-dom';
import { HealthBanner } from '../components/health-banner.js';
import { AccountMenu } from '../features/sign-in/components/account-menu.js';
import { SignInGate } from '../features/sign-in/components/sign-in-gate.js';
import { views } from './navigation.js';

export const Layout = () => (
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
          {views.map((view) => (
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
