import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../App';
import { session } from '../../auth/session';
import { renderApp } from '../../test/render';
import { json, problem, requests, setFetch } from '../../test/fetchMock';

const me = { id: 'u1', userName: 'asesor', displayName: 'Asesor', email: null, role: 'Assessor', agency: { id: 'a1', code: 'LAMSEL', name: 'Lampung Selatan', region: 'x', kind: 'PemerintahKabupaten' }, employee: null };
const program = { id: 'p1', code: 'EGOV', title: 'E-Government', form: 'Technical', jp: 32 };
const trainingSession = {
  id: 's1', agencyId: 'a1', program, code: 'ANGKATAN-1', title: null, startDate: '2026-04-07', endDate: '2026-04-10', meetingDays: ['2026-04-07'],
  location: null, onlineLink: null, organiser: null, capacity: 10, placesTaken: 2, waitlisted: 0, status: 'Running', cancellationReason: null, eTag: '"1"',
};
const instrument = { id: 'i1', sessionId: 's1', code: 'TEST', name: 'Tes', kind: 'Test', competencyId: null, minScore: 0, maxScore: 100, eTag: '"1"' };
const grid = {
  sessionId: 's1',
  instruments: [instrument],
  rows: [
    { enrollmentId: 'e1', employee: { id: 'x1', nip: '197212061998101462', fullName: 'Ahmad Gunawan', employeeType: 'Pns' }, scores: [{ instrumentId: 'i1', phase: 'Pre', value: 40 }] },
    { enrollmentId: 'e2', employee: { id: 'x2', nip: '196904111997091245', fullName: 'Ahmad Hakim', employeeType: 'Pns' }, scores: [] },
  ],
};

function api(put?: (body: unknown) => Response) {
  setFetch(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/v1/me') return json(me);
    if (pathname === '/api/v1/training-sessions/s1') return json(trainingSession);
    if (pathname === '/api/v1/training-sessions/s1/scores' && request.method === 'GET') return json(grid);
    if (pathname === '/api/v1/training-sessions/s1/scores' && request.method === 'PUT' && put) return put(await request.json());
    return problem(404, 'Not found.');
  });
}

async function openScores() {
  session.signIn('t', new Date(Date.now() + 3600_000).toISOString());
  renderApp(<AppRoutes />, { route: '/training/sessions/s1?tab=scores' });
  return screen.findByTestId('score-grid', {}, { timeout: 5000 });
}

describe('score grid', () => {
  it('shows recorded scores and refuses values off the instrument scale before calling the API', async () => {
    api();
    const table = await openScores();
    expect(within(table).getByLabelText('Nilai Pre TEST untuk Ahmad Gunawan')).toHaveValue('40');
    await userEvent.type(within(table).getByLabelText('Nilai Post TEST untuk Ahmad Gunawan'), '150');
    expect(within(table).getByText('Harus antara 0 dan 100.')).toBeInTheDocument();
    expect(within(table).getByLabelText('Nilai Post TEST untuk Ahmad Gunawan')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Simpan nilai (1)' })).toBeDisabled();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    session.signOut();
  });

  it("puts the API's message for entries[i] beside the cell that was sent as entry i", async () => {
    let sent: unknown;
    api((body) => {
      sent = body;
      return problem(400, 'One or more validation errors occurred.', undefined, { 'entries[1].value': ['This enrolment is Dropped: only participants holding a place are scored.'] });
    });
    const table = await openScores();
    await userEvent.type(within(table).getByLabelText('Nilai Post TEST untuk Ahmad Gunawan'), '75');
    await userEvent.type(within(table).getByLabelText('Nilai Pre TEST untuk Ahmad Hakim'), '55');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan nilai (2)' }));
    await waitFor(() => expect(within(table).getByText(/only participants holding a place/)).toBeInTheDocument());
    expect(sent).toEqual({
      entries: [
        { enrollmentId: 'e1', instrumentId: 'i1', phase: 'Post', value: 75 },
        { enrollmentId: 'e2', instrumentId: 'i1', phase: 'Pre', value: 55 },
      ],
    });
    const cell = within(table).getByLabelText('Nilai Pre TEST untuk Ahmad Hakim');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(within(table).getByLabelText('Nilai Post TEST untuk Ahmad Gunawan')).not.toHaveAttribute('aria-invalid');
    session.signOut();
  });
});
