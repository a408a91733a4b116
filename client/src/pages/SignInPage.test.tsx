import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../App';
import { session } from '../auth/session';
import { renderApp } from '../test/render';
import { json, problem, requests, setFetch } from '../test/fetchMock';

const me = {
  id: 'u1',
  userName: 'admin.kalianda',
  displayName: 'Admin BKPSDM Lampung Selatan',
  email: null,
  role: 'AgencyAdmin',
  agency: { id: 'a1', code: 'LAMSEL', name: 'Pemerintah Kabupaten Lampung Selatan', region: 'Lampung Selatan', kind: 'PemerintahKabupaten' },
  employee: null,
};

describe('sign-in', () => {
  it('asks for both fields before calling the API', async () => {
    setFetch(() => json({}));
    renderApp(<AppRoutes />, { route: '/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(2);
    expect(screen.getByLabelText('Nama pengguna')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
  });

  it('shows the problem the API gives for a wrong password', async () => {
    setFetch(() => problem(401, 'Not signed in.', 'The user name or password is wrong.'));
    renderApp(<AppRoutes />, { route: '/sign-in' });
    await userEvent.type(screen.getByLabelText('Nama pengguna'), 'admin.kalianda');
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The user name or password is wrong.');
    expect(session.token()).toBeNull();
  });

  it('signs in, then shows role-aware navigation with the agency', async () => {
    setFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/auth/token') {
        expect(await request.json()).toEqual({ userName: 'admin.kalianda', password: 'Demo#2026' });
        return json({ accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 3600, expiresAt: new Date(Date.now() + 3600_000).toISOString() });
      }
      expect(request.headers.get('Authorization')).toBe('Bearer token-1');
      if (url.pathname === '/api/v1/me') return json(me);
      return problem(404, 'Not found.');
    });
    renderApp(<AppRoutes />, { route: '/sign-in?next=/frameworks' });
    await userEvent.type(screen.getByLabelText('Nama pengguna'), 'admin.kalianda');
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'Demo#2026');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));

    await waitFor(() => expect(screen.getByTestId('agency')).toHaveTextContent('Pemerintah Kabupaten Lampung Selatan'));
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(nav).toHaveTextContent('Pegawai');
    expect(nav).toHaveTextContent('Analisis kebutuhan');
    expect(nav).not.toHaveTextContent('Profil saya');
    expect(screen.getByText('Admin instansi')).toBeInTheDocument();
    session.signOut();
  });

  it('shows an employee only their own pages', async () => {
    session.signIn('token-2', new Date(Date.now() + 3600_000).toISOString());
    setFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/me') return json({ ...me, role: 'Employee', employee: { id: 'e1', displayName: 'Siti', nip: '1' } });
      if (url.pathname === '/api/v1/employees/e1') return problem(503, 'Service temporarily unavailable.', 'The database cannot be reached right now.');
      return problem(404, 'Not found.');
    });
    renderApp(<AppRoutes />, { route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(nav).toHaveTextContent('Profil saya');
    expect(nav).not.toHaveTextContent('Ekspor data');
    expect(nav).not.toHaveTextContent('Analisis kebutuhan');
    // The dashboard sends an employee to their profile, whose error state offers a retry.
    expect(await screen.findByText('Layanan sementara tidak tersedia. Coba lagi beberapa saat.', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    session.signOut();
  });
});
