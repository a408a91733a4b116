import { NavLink, Outlet } from 'react-router-dom';
import { useI18n, type Language, type MessageKey } from '../i18n';
import { can, useAuth, useUser, type Role } from '../auth/AuthProvider';

interface NavItem {
  to: string;
  label: MessageKey;
  show: (role: Role) => boolean;
  end?: boolean;
}

const items: NavItem[] = [
  { to: '/', label: 'nav.dashboard', show: (r) => r !== 'Employee', end: true },
  { to: '/me', label: 'nav.myProfile', show: (r) => r === 'Employee', end: true },
  { to: '/employees', label: 'nav.employees', show: (r) => r !== 'Employee' },
  { to: '/organisation', label: 'nav.organisation', show: (r) => r !== 'Employee' },
  { to: '/frameworks', label: 'nav.frameworks', show: () => true },
  { to: '/tna', label: 'nav.tna', show: can.analyse },
  { to: '/plans', label: 'nav.plans', show: can.analyse },
  { to: '/training/programs', label: 'nav.programs', show: () => true },
  { to: '/training/sessions', label: 'nav.sessions', show: can.readSessions },
  { to: '/learning-hours', label: 'nav.compliance', show: can.analyse },
  { to: '/evaluations', label: 'nav.evaluations', show: can.analyse },
  { to: '/surveys', label: 'nav.surveys', show: (r) => r !== 'Employee' },
  { to: '/imports', label: 'nav.imports', show: can.assess },
  { to: '/exports', label: 'nav.exports', show: can.analyse },
  { to: '/admin', label: 'nav.admin', show: can.manage },
  { to: '/me/data', label: 'nav.myData', show: (r) => r === 'Employee' },
];

export function Layout() {
  const { t, te, lang, setLang } = useI18n();
  const user = useUser();
  const { signOut } = useAuth();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            AK
          </span>
          <span>{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul>
            {items
              .filter((item) => item.show(user.role))
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </aside>
      <div className="main-col">
        <header className="topbar">
          <div className="agency" data-testid="agency">
            <span className="muted">{t('topbar.agency')}</span>{' '}
            <strong>{user.agency?.name ?? t('topbar.national')}</strong>
          </div>
          <div className="topbar-right">
            <span className="user">
              {user.displayName} <span className="badge info">{te('UserRole', user.role)}</span>
            </span>
            <label className="lang">
              <span className="visually-hidden">{t('topbar.language')}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
                <option value="id">Bahasa Indonesia</option>
                <option value="en">English</option>
              </select>
            </label>
            <button type="button" className="secondary" onClick={signOut}>
              {t('topbar.signOut')}
            </button>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
