import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Card, FormActions, FormError, QueryState, Stat } from '../../components/ui';
import { SimpleBars, palette } from '../../components/charts/charts';
import { refreshQueries } from '../../lib/query';
import type { Session } from './SessionPage';

/** Kirkpatrick level 1: the session's questionnaire, its anonymised results, and answers typed in from paper forms. */
export function Reaction({ session }: { session: Session }) {
  const { t, num, pct } = useI18n();
  const user = useUser();
  const [configuring, setConfiguring] = useState(false);
  const [entering, setEntering] = useState(false);
  const reaction = useQuery({
    queryKey: ['session', session.id, 'reaction'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}/reaction', { params: { path: { id: session.id } } })),
  });
  const manage = can.manage(user.role);
  return (
    <QueryState query={reaction}>
      {(d) => {
        const questionnaire = d.questionnaire;
        if (!questionnaire) {
          // Sessions made before questionnaires existed have none until an admin sets one up.
          return (
            <Card title={t('reaction.title')}>
              <p className="state empty">{t('reaction.notSetUp')}</p>
              {manage ? (
                configuring ? (
                  <Configure sessionId={session.id} eTag={null} items={[]} scale={DefaultScale} onClose={() => setConfiguring(false)} />
                ) : (
                  <button type="button" onClick={() => setConfiguring(true)}>
                    {t('reaction.setUp')}
                  </button>
                )
              ) : null}
            </Card>
          );
        }
        const results = d.results;
        if (!results) {
          // A participant sees the statements and whether they have answered, never the results.
          return (
            <Card title={t('reaction.title')}>
              <p className="muted">{t('reaction.help', { points: questionnaire.scalePoints })}</p>
              <p>{d.answered ? t('reaction.youAnswered') : t('reaction.youHaveNotAnswered')}</p>
              <ol>
                {questionnaire.items.map((i, k) => (
                  <li key={k}>{i.text}</li>
                ))}
              </ol>
            </Card>
          );
        }
        const answered = results.respondents > 0;
        return (
          <div className="stack">
            <Card
              title={t('reaction.title')}
              actions={
                manage ? (
                  <div className="actions">
                    {!answered && !configuring ? (
                      <button type="button" className="secondary" onClick={() => setConfiguring(true)}>
                        {t('reaction.configure')}
                      </button>
                    ) : null}
                    {!entering && session.status !== 'Planned' && session.status !== 'Open' ? (
                      <button type="button" className="secondary" onClick={() => setEntering(true)}>
                        {t('reaction.enter')}
                      </button>
                    ) : null}
                  </div>
                ) : null
              }
            >
              <p className="muted">{t('reaction.help', { points: questionnaire.scalePoints })}</p>
              {configuring ? <Configure sessionId={session.id} eTag={questionnaire.eTag} items={questionnaire.items} scale={questionnaire.scalePoints} onClose={() => setConfiguring(false)} /> : null}
              {entering ? <EnterAnswers sessionId={session.id} items={questionnaire.items} scale={questionnaire.scalePoints} onClose={() => setEntering(false)} /> : null}
              <div className="stats">
                <Stat label={t('reaction.respondents')} value={`${results.respondents}/${results.participants}`} hint={pct(results.responseRate)} />
                <Stat label={t('reaction.overall')} value={num(results.overallMean)} hint={results.overallPercent !== null ? `${num(results.overallPercent, 1)}%` : undefined} />
              </div>
              {answered ? (
                <>
                  <SimpleBars
                    layout="vertical"
                    caption={t('reaction.chartCaption', { points: questionnaire.scalePoints })}
                    data={results.items.map((i) => ({ name: `${t('reaction.statement')} ${i.number}`, mean: Number((i.mean ?? 0).toFixed(2)) }))}
                    nameKey="name"
                    dataKey="mean"
                    domain={[1, questionnaire.scalePoints]}
                    color={palette.current}
                  />
                  <div className="table-wrap" tabIndex={0}>
                    <table>
                      <caption className="visually-hidden">{t('reaction.title')}</caption>
                      <thead>
                        <tr>
                          <th scope="col" className="num">#</th>
                          <th scope="col">{t('reaction.statement')}</th>
                          <th scope="col" className="num">{t('reaction.answers')}</th>
                          <th scope="col" className="num">{t('reaction.mean')}</th>
                          <th scope="col" className="num">SD</th>
                          <th scope="col">{t('reaction.distribution')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {results.items.map((i) => (
                          <tr key={i.number}>
                            <td className="num">{i.number}</td>
                            <td>
                              {i.text}
                              {i.category ? <div className="muted small">{i.category}</div> : null}
                            </td>
                            <td className="num">{i.answerCount}</td>
                            <td className="num">{num(i.mean)}</td>
                            <td className="num">{num(i.standardDeviation)}</td>
                            <td className="mono">{i.distribution.join(' · ')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {results.comments.length ? (
                    <>
                      <h3>{t('reaction.comments')}</h3>
                      <ul>
                        {results.comments.map((c, k) => (
                          <li key={k}>{c}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ) : (
                <>
                  <p className="state empty">{t('reaction.noAnswers')}</p>
                  <ol>
                    {questionnaire.items.map((i, k) => (
                      <li key={k}>{i.text}</li>
                    ))}
                  </ol>
                </>
              )}
            </Card>
          </div>
        );
      }}
    </QueryState>
  );
}

const DefaultScale = 4;

/** Sets up or changes the questionnaire; a new one left empty gets the API's standard statements. */
function Configure({ sessionId, eTag, items, scale, onClose }: { sessionId: string; eTag: string | null; items: { text: string; category: string | null }[]; scale: number; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [text, setText] = useState(items.map((i) => i.text).join('\n'));
  const [points, setPoints] = useState(String(scale));
  const [empty, setEmpty] = useState(false);
  const statements = text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/training-sessions/{id}/reaction', {
          params: { path: { id: sessionId }, header: eTag ? { 'If-Match': eTag } : {} },
          body: {
            scalePoints: Number(points),
            items: statements.length ? statements.map((x) => ({ text: x, category: null })) : null,
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['session', sessionId, 'reaction']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    // Changing a questionnaire needs statements; a new one may take the standard ones.
    const none = eTag !== null && !statements.length;
    setEmpty(none);
    if (!none) save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label={t('reaction.configure')}>
      <div className="span-all field">
        <label htmlFor="reaction-items">{t('reaction.statementsOnePerLine')}</label>
        {eTag === null ? <span className="muted small">{t('reaction.standardWhenEmpty')}</span> : null}
        <textarea id="reaction-items" rows={8} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={empty || undefined} />
        {empty ? <span className="field-errors">{t('form.required')}</span> : null}
      </div>
      <div className="field">
        <label htmlFor="reaction-scale">{t('reaction.scale')}</label>
        <select id="reaction-scale" value={points} onChange={(e) => setPoints(e.target.value)}>
          {[4, 5, 6, 7].map((n) => (
            <option key={n} value={n}>
              1–{n}
            </option>
          ))}
        </select>
      </div>
      <FormError error={save.error} fields={[]} />
      <FormActions pending={save.isPending} onCancel={onClose} />
    </form>
  );
}

function EnterAnswers({ sessionId, items, scale, onClose }: { sessionId: string; items: { text: string }[]; scale: number; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<(number | null)[]>(items.map(() => null));
  const [comment, setComment] = useState('');
  const [count, setCount] = useState(0);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/training-sessions/{id}/reaction/responses', {
          params: { path: { id: sessionId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { answers, comment: comment.trim() || null },
        }),
      ),
    onSuccess: () => {
      setAnswers(items.map(() => null));
      setComment('');
      setCount((c) => c + 1);
      void refreshQueries(queryClient, ['session', sessionId, 'reaction']);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label={t('reaction.enter')}
      className="stack"
    >
      <p className="muted">{t('reaction.enterHelp')}</p>
      {items.map((item, i) => (
        <fieldset key={i} className="likert">
          <legend>
            {i + 1}. {item.text}
          </legend>
          {Array.from({ length: scale }, (_, k) => k + 1).map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`q${i}`} checked={answers[i] === v} onChange={() => setAnswers(answers.map((a, j) => (j === i ? v : a)))} /> {v}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="reaction-comment">{t('reaction.comment')}</label>
        <textarea id="reaction-comment" value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <FormError error={save.error} fields={[]} />
      {count ? (
        <p className="state good" role="status">
          {t('reaction.entered', { count })}
        </p>
      ) : null}
      <FormActions pending={save.isPending || answers.every((a) => a === null)} submitLabel={t('reaction.saveAnswer')} onCancel={onClose} />
    </form>
  );
}
