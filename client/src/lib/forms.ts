import type { MessageKey } from '../i18n';

/** Client-side checks that mirror the API's validators, keyed by field name. */
export type Checks = Record<string, MessageKey | null>;

export function firstInvalid(checks: Checks): boolean {
  return Object.values(checks).some((v) => v !== null);
}

/** Codes: letters, digits, dot, dash, underscore and slash, as the API's CodeFormat. */
export const codePattern = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;

export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const developmentForms = [
  'FormalEducation', 'LeadershipPkn1', 'LeadershipPkn2', 'LeadershipPka', 'LeadershipPkp', 'Latsar', 'Managerial', 'Technical', 'Functional',
  'SocioCultural', 'Seminar', 'Workshop', 'Course', 'Upgrading', 'TechnicalGuidance', 'Socialisation', 'Coaching', 'Mentoring', 'ELearning',
  'DistanceLearning', 'Secondment', 'Outbound', 'Benchmarking', 'PrivateSectorExchange', 'SelfStudy', 'CommunityOfPractice', 'OnTheJobGuidance', 'Internship',
] as const;
