import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { Heatmap, heatColour } from './Heatmap';

describe('Heatmap', () => {
  it('shows every value as text in a table of units by competencies', () => {
    render(
      <I18nProvider initial="id">
        <Heatmap
          caption="Kesenjangan"
          rows={[{ key: 'u1', label: 'BKPSDM' }, { key: 'u2', label: 'Dinas Kesehatan' }]}
          columns={[{ key: 'c1', label: 'M.01' }, { key: 'c2', label: 'M.02' }]}
          cells={[
            { row: 'u1', column: 'c1', value: 0.5 },
            { row: 'u2', column: 'c2', value: 1.25 },
            { row: 'u2', column: 'c1', value: null },
          ]}
          max={2}
          format={(v) => v.toFixed(2)}
        />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Kesenjangan' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('BKPSDM');
    expect(within(rows[1]).getByText('0.50')).toBeInTheDocument();
    expect(within(rows[2]).getByText('1.25')).toBeInTheDocument();
    expect(within(rows[2]).getByLabelText('belum dinilai')).toBeInTheDocument();
  });

  it('puts white text on dark cells and dark text on light ones', () => {
    expect(heatColour(0).color).toBe('#1e293b');
    expect(heatColour(1).color).toBe('#ffffff');
    expect(heatColour(1).background).toBe('rgb(127,29,29)');
  });
});
