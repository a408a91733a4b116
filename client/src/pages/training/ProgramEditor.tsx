import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, EnumSelect, Field, FormActions, FormError } from '../../components/ui';
import { developmentForms, firstInvalid, orNull, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';
import { CompetencyPicker } from '../../components/CompetencyPicker';

type Program = Schemas['TrainingProgramDto'];
interface Target {
  competencyId: string;
  label: string;
  targetLevel: string;
}

/** Changes a programme: details, and the competencies it develops with the level it aims at. */
export function ProgramEditor({ program, onClose }: { program: Program; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(program.title);
  const [form, setForm] = useState(program.form);
  const [delivery, setDelivery] = useState(program.deliveryMode);
  const [jp, setJp] = useState(program.jpSource === 'Stated' ? String(program.jp) : '');
  const [cost, setCost] = useState(String(program.costPerParticipant));
  const [capacity, setCapacity] = useState(program.annualCapacity === null ? '' : String(program.annualCapacity));
  const [description, setDescription] = useState(program.description ?? '');
  const [targets, setTargets] = useState<Target[]>(program.targets.map((x) => ({ competencyId: x.competencyId, label: `${x.code} — ${x.name}`, targetLevel: String(x.targetLevel) })));
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/training-programs/{id}', {
          params: { path: { id: program.id }, header: { 'If-Match': program.eTag } },
          body: {
            title: title.trim(),
            form,
            deliveryMode: delivery,
            jp: jp === '' ? null : Number(jp),
            costPerParticipant: Number(cost),
            annualCapacity: capacity === '' ? null : Number(capacity),
            description: orNull(description),
            providerName: program.provider?.name ?? null,
            agreementNumber: program.provider?.agreementNumber ?? null,
            agreementValidFrom: program.provider?.agreementValidFrom ?? null,
            agreementValidUntil: program.provider?.agreementValidUntil ?? null,
            targets: targets.map((x) => ({ competencyId: x.competencyId, targetLevel: Number(x.targetLevel) })),
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['training-program', program.id]);
      void refreshQueries(queryClient, ['training-programs']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      title: !title.trim() ? 'form.required' : null,
      jp: jp !== '' && (!/^\d+$/.test(jp) || Number(jp) < 0) ? 'form.wholeNumber' : null,
      costPerParticipant: cost === '' || Number.isNaN(Number(cost)) || Number(cost) < 0 ? 'form.notNegative' : null,
      annualCapacity: capacity !== '' && (!/^\d+$/.test(capacity) || Number(capacity) < 1) ? 'form.positive' : null,
      targets: targets.some((x) => !/^[1-5]$/.test(x.targetLevel)) ? 'skj.levelRange' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('programs.edit')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('programs.edit')}>
        <Field label={t('programs.programTitle')} name="title" error={save.error} message={msg('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('programs.form')} name="form" error={save.error}>
          {(p) => <EnumSelect {...p} enumName="DevelopmentForm" values={developmentForms} value={form} onChange={setForm} />}
        </Field>
        <Field label={t('programs.delivery')} name="deliveryMode" error={save.error}>
          {(p) => <EnumSelect {...p} enumName="DeliveryMode" values={(['InPerson', 'Online', 'Blended'] as const)} value={delivery} onChange={setDelivery} />}
        </Field>
        <Field label="JP" name="jp" error={save.error} message={msg('jp')} hint={t('programs.jpHint')}>
          {(p) => <input {...p} type="number" min={0} value={jp} onChange={(e) => setJp(e.target.value)} />}
        </Field>
        <Field label={t('programs.cost')} name="costPerParticipant" error={save.error} message={msg('costPerParticipant')}>
          {(p) => <input {...p} type="number" min={0} value={cost} onChange={(e) => setCost(e.target.value)} />}
        </Field>
        <Field label={t('programs.capacity')} name="annualCapacity" error={save.error} message={msg('annualCapacity')}>
          {(p) => <input {...p} type="number" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <div className="span-all">
          <Field label={t('frameworks.description')} name="description" error={save.error}>
            {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="span-all">
          <legend>{t('programs.targets')}</legend>
          {msg('targets') ? <p className="field-errors">{msg('targets')}</p> : null}
          {targets.length === 0 ? <p className="muted">{t('programs.noTargets')}</p> : null}
          <ul className="plain">
            {targets.map((x, i) => (
              <li key={x.competencyId} className="choice">
                <span>{x.label}</span>
                <label className="inline">
                  {t('tna.targetLevel')}
                  <input
                    className="score"
                    type="number"
                    min={1}
                    max={5}
                    value={x.targetLevel}
                    onChange={(e) => setTargets(targets.map((y, k) => (k === i ? { ...y, targetLevel: e.target.value } : y)))}
                  />
                </label>
                <button type="button" className="link" onClick={() => setTargets(targets.filter((_, k) => k !== i))}>
                  {t('skj.remove')}
                  <span className="visually-hidden"> {x.label}</span>
                </button>
              </li>
            ))}
          </ul>
          <CompetencyPicker
            buttonClassName="secondary"
            exclude={(id) => targets.some((x) => x.competencyId === id)}
            onAdd={(n) => setTargets([...targets, { competencyId: n.id, label: `${n.code} — ${n.name}`, targetLevel: '3' }])}
          />
        </fieldset>
        <FormError error={save.error} fields={['title', 'form', 'deliveryMode', 'jp', 'costPerParticipant', 'annualCapacity', 'description', 'targets']} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
