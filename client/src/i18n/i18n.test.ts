import { describe, expect, it } from 'vitest';
import { id } from './id';
import { en } from './en';
import { makeI18n, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('id', 'common.pageOf', { page: 2, pages: 5, total: 120 })).toBe('Halaman 2 dari 5 (120 data)');
    expect(translate('en', 'common.pageOf', { page: 2 })).toBe('Page 2 of {pages} ({total} items)');
  });

  it('labels enum values and falls back to the value', () => {
    const i18n = makeI18n('id');
    expect(i18n.te('SessionStatus', 'Open')).toBe('Pendaftaran dibuka');
    expect(i18n.te('SessionStatus', 'Unheard')).toBe('Unheard');
    expect(i18n.te('SessionStatus', null)).toBe('–');
  });

  it('formats numbers, shares and dates per language', () => {
    expect(makeI18n('id').num(1234.5, 1)).toBe('1.234,5');
    expect(makeI18n('en').num(1234.5, 1)).toBe('1,234.5');
    expect(makeI18n('id').pct(0.678)).toBe('68%');
    expect(makeI18n('id').date('2026-04-07')).toMatch(/7 Apr 2026/);
  });
});

describe('enum labels', () => {
  // Every value of every API enum the client shows has a label in both languages, so a new value
  // added to the API (and docs/openapi.json) fails here until it is translated.
  const labelled = [
    'AgencyKind', 'AssessmentMethod', 'CompetencyGroupKind', 'CorrectionStatus', 'CorrectionTopic', 'CurrentLevelRule', 'DeliveryMode',
    'DevelopmentCategory', 'DevelopmentForm', 'EffectSize', 'EffectivenessBand', 'EmployeeType', 'EnrollmentStatus', 'EvaluationGrouping',
    'FollowUpKind', 'FrameworkStatus', 'GainCategory', 'Gender', 'InstrumentKind', 'JpStatus', 'JpmCategory', 'JpmVariant', 'LearningSource',
    'LeftOutReason', 'OptimizationMethod', 'PlanEventKind', 'PlanItemSource', 'PlanStatus', 'PositionCategory', 'PositionType',
    'RequirementStatus', 'ScorePhase', 'SessionStatus', 'UnitKind', 'UserRole',
  ];

  it('cover every value the OpenAPI document lists', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const document = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, { enum?: string[] }> };
    };
    const missing: string[] = [];
    for (const name of labelled) {
      const values = document.components.schemas[name]?.enum;
      expect(values, `${name} is an enum of the API`).toBeDefined();
      for (const value of values ?? []) {
        const key = `enum.${name}.${value}`;
        if (!(key in id) || !(key in en)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
