import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, QueryState } from '../../components/ui';
import { PairedPlot } from '../../components/charts/charts';
import { ComparisonFacts, GainHistogram } from './Comparison';
import { useScoreGrid } from './ScoreGrid';
import type { Session } from '../training/SessionPage';

export function SessionEvaluation({ session }: { session: Session }) {
  const { t, te } = useI18n();
  const evaluation = useQuery({
    queryKey: ['session', session.id, 'evaluation'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}/evaluation', { params: { path: { id: session.id } } })),
  });
  const grid = useScoreGrid(session.id);
  return (
    <QueryState query={evaluation} isEmpty={(d) => d.instruments.length === 0} empty={t('eval.noInstruments')}>
      {(d) => (
        <div className="stack" data-testid="evaluation">
          <p className="muted">{t('eval.participants', { count: d.participants })}</p>
          {d.instruments.map(({ instrument, prePost, preFollowUp }) => {
            const points = (grid.data?.rows ?? []).flatMap((r) => {
              const pre = r.scores.find((s) => s.instrumentId === instrument.id && s.phase === 'Pre');
              const post = r.scores.find((s) => s.instrumentId === instrument.id && s.phase === 'Post');
              return pre && post ? [{ name: r.employee.fullName, pre: pre.value, post: post.value }] : [];
            });
            return (
              <Card key={instrument.id} title={`${instrument.code} — ${instrument.name} (${te('InstrumentKind', instrument.kind)})`}>
                <h3>{t('eval.prePost')}</h3>
                {prePost.pairedCount === 0 ? (
                  <p className="state empty">{t('eval.noPairs')}</p>
                ) : (
                  <>
                    <ComparisonFacts c={prePost} />
                    <div className="grid-2">
                      <PairedPlot
                        caption={t('eval.pairedCaption', { count: points.length })}
                        data={points}
                        min={instrument.minScore}
                        max={instrument.maxScore}
                        labels={{ pre: te('ScorePhase', 'Pre'), post: te('ScorePhase', 'Post') }}
                      />
                      <GainHistogram c={prePost} caption={t('eval.histogramCaption')} />
                    </div>
                  </>
                )}
                {preFollowUp && preFollowUp.pairedCount > 0 ? (
                  <>
                    <h3>{t('eval.preFollowUp')}</h3>
                    <ComparisonFacts c={preFollowUp} />
                  </>
                ) : null}
              </Card>
            );
          })}
        </div>
      )}
    </QueryState>
  );
}
