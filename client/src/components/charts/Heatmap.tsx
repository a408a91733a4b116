import { useI18n } from '../../i18n';

export interface HeatCell {
  row: string;
  column: string;
  value: number | null;
  title?: string;
}

/** A colour for a value 0..1: white through amber to dark red, with the text colour that reads on it. */
export function heatColour(share: number): { background: string; color: string } {
  const s = Math.max(0, Math.min(1, share));
  // From #fff7ed (light) to #7f1d1d (dark red).
  const from = [255, 247, 237];
  const to = [127, 29, 29];
  const rgb = from.map((f, i) => Math.round(f + (to[i] - f) * s));
  return { background: `rgb(${rgb.join(',')})`, color: s > 0.45 ? '#ffffff' : '#1e293b' };
}

/**
 * A heatmap as a table: rows and columns are headers, every cell shows its number, so the
 * colour only adds to what the text already says.
 */
export function Heatmap({
  rows,
  columns,
  cells,
  max,
  caption,
  format,
}: {
  rows: { key: string; label: string }[];
  columns: { key: string; label: string; title?: string }[];
  cells: HeatCell[];
  max: number;
  caption: string;
  format: (value: number) => string;
}) {
  const { t } = useI18n();
  const byKey = new Map(cells.map((c) => [`${c.row}|${c.column}`, c]));
  return (
    <div className="table-wrap heatmap" data-testid="heatmap" tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tna.unit')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" title={c.title} className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => {
                const cell = byKey.get(`${r.key}|${c.key}`);
                if (!cell || cell.value === null) {
                  return (
                    <td key={c.key} className="num heat-none" title={cell?.title}>
                      <span aria-label={t('tna.noData')}>·</span>
                    </td>
                  );
                }
                const colour = heatColour(max > 0 ? cell.value / max : 0);
                return (
                  <td key={c.key} className="num heat" style={colour} title={cell.title}>
                    {format(cell.value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="legend" aria-hidden="true">
        <span>0</span>
        <span className="legend-bar" />
        <span>{format(max)}</span>
      </div>
    </div>
  );
}
