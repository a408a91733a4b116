import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';

export const palette = {
  primary: '#1d4ed8',
  required: '#b45309',
  current: '#047857',
  muted: '#64748b',
  bad: '#b91c1c',
};

/** A chart as a figure: the caption names it for screen readers, the table beside it holds its numbers. */
export function Figure({ caption, children, height = 280 }: { caption: string; children: React.ReactElement; height?: number }) {
  return (
    <figure className="chart" aria-label={caption}>
      <div style={{ width: '100%', height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  );
}

export interface RadarPoint {
  name: string;
  required: number;
  current: number | null;
}

export function RequiredCurrentRadar({ data, max, labels, caption }: { data: RadarPoint[]; max: number; labels: { required: string; current: string }; caption: string }) {
  return (
    <Figure caption={caption} height={340}>
      <RadarChart data={data.map((d) => ({ ...d, current: d.current ?? 0 }))} outerRadius="72%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fontSize: 11, fill: '#1e293b' }} />
        <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} tick={{ fontSize: 10 }} />
        <Radar name={labels.required} dataKey="required" stroke={palette.required} fill={palette.required} fillOpacity={0.15} isAnimationActive={false} />
        <Radar name={labels.current} dataKey="current" stroke={palette.current} fill={palette.current} fillOpacity={0.35} isAnimationActive={false} />
        <Legend />
        <Tooltip />
      </RadarChart>
    </Figure>
  );
}

export function SimpleBars({
  data,
  dataKey,
  nameKey,
  caption,
  color = palette.primary,
  domain,
  format,
  height,
  layout = 'horizontal',
}: {
  data: Record<string, unknown>[];
  dataKey: string;
  nameKey: string;
  caption: string;
  color?: string;
  domain?: [number, number];
  format?: (value: number) => string;
  height?: number;
  layout?: 'horizontal' | 'vertical';
}) {
  const vertical = layout === 'vertical';
  return (
    <Figure caption={caption} height={height ?? (vertical ? Math.max(200, data.length * 26 + 40) : 260)}>
      <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" domain={domain} tickFormatter={format} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey={nameKey} width={170} tick={{ fontSize: 11 }} />
          </>
        ) : (
          <>
            <XAxis dataKey={nameKey} tick={{ fontSize: 11 }} />
            <YAxis domain={domain} tickFormatter={format} tick={{ fontSize: 11 }} allowDecimals />
          </>
        )}
        <Tooltip formatter={(v: number) => (format ? format(v) : v)} />
        <Bar dataKey={dataKey} fill={color} isAnimationActive={false} />
      </BarChart>
    </Figure>
  );
}

export interface PairedPoint {
  name: string;
  pre: number;
  post: number;
}

/** Each participant as a point (before, after); points above the diagonal improved. */
export function PairedPlot({ data, min, max, labels, caption }: { data: PairedPoint[]; min: number; max: number; labels: { pre: string; post: string }; caption: string }) {
  return (
    <Figure caption={caption} height={320}>
      <ScatterChart margin={{ left: 8, right: 16, top: 8, bottom: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="pre" name={labels.pre} domain={[min, max]} label={{ value: labels.pre, position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" dataKey="post" name={labels.post} domain={[min, max]} label={{ value: labels.post, angle: -90, position: 'insideLeft' }} />
        <ZAxis range={[50, 50]} />
        <ReferenceLine segment={[{ x: min, y: min }, { x: max, y: max }]} stroke={palette.muted} strokeDasharray="4 4" />
        <Tooltip cursor={{ strokeDasharray: '3 3' }} />
        <Scatter data={data} fill={palette.primary} isAnimationActive={false} />
      </ScatterChart>
    </Figure>
  );
}
