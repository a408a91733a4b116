import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n';
import { ApiError } from '../api/problem';
import { FormError } from './ui';

const conflict = new ApiError(412, {
  title: 'The resource has changed.',
  detail: 'Someone else changed this record while you were saving. Reload it and apply your change again.',
});

describe('FormError', () => {
  it('says in the user\'s language that someone else changed the record (412) and offers to load it again', async () => {
    const reload = vi.fn();
    render(
      <I18nProvider initial="id">
        <FormError error={conflict} fields={['name']} onReload={reload} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Data telah diubah orang lain. Muat ulang lalu ulangi.');
    expect(screen.queryByText(/Someone else changed/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Muat ulang data terbaru' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows the API\'s title and detail of another refusal, with no reload', () => {
    const refused = new ApiError(409, { title: 'The unit is in use.', detail: 'It still has 2 positions.' });
    render(
      <I18nProvider initial="en">
        <FormError error={refused} fields={[]} onReload={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The unit is in use.');
    expect(screen.getByRole('alert')).toHaveTextContent('It still has 2 positions.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
