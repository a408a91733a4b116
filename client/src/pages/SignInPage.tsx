import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useI18n, type Language } from '../i18n';
import { useAuth } from '../auth/AuthProvider';
import { session } from '../auth/session';
import { Field, FormError } from '../components/ui';

export function SignInPage() {
  const { t, lang, setLang } = useI18n();
  const { token, signIn } = useAuth();
  const [params] = useSearchParams();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ userName?: boolean; password?: boolean }>({});
  const [busy, setBusy] = useState(false);

  const next = params.get('next');
  if (token) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = { userName: !userName.trim(), password: !password };
    setMissing(check);
    if (check.userName || check.password) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(userName.trim(), password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in">
      <main className="sign-in-card">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            AK
          </span>
          <span>{t('app.name')}</span>
        </div>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {session.wasExpired() ? <p className="state warn">{t('signIn.expired')}</p> : null}
        <form onSubmit={submit} noValidate>
          <Field label={t('signIn.userName')} name="userName" error={error} message={missing.userName ? t('form.required') : null}>
            {(p) => <input {...p} autoComplete="username" value={userName} onChange={(e) => setUserName(e.target.value)} />}
          </Field>
          <Field label={t('signIn.password')} name="password" error={error} message={missing.password ? t('form.required') : null}>
            {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <FormError error={error} fields={['userName', 'password']} />
          <button type="submit" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
        <label className="lang">
          {t('topbar.language')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </main>
    </div>
  );
}
