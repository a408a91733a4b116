import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider, type Language } from '../i18n';
import { AuthProvider } from '../auth/AuthProvider';
import { makeQueryClient } from '../App';

export function renderApp(ui: ReactElement, { route = '/', lang = 'id' as Language } = {}) {
  const client = makeQueryClient();
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={lang}>
        <AuthProvider>
          <MemoryRouter initialEntries={[route]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>{ui}</MemoryRouter>
        </AuthProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}
