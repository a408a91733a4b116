/** The nine service elements of an IKM survey (PermenPANRB 14/2017), in order. */
export const ELEMENT_COUNT = 9;

export type LineProblem = { line: number; kind: 'count' | 'value' };

export interface ParsedResponses {
  /** Each respondent's nine answers, 1–4, null for an element skipped. */
  responses: (number | null)[][];
  /** Lines that are not nine answers of 1–4 (1-based line numbers of the text). */
  problems: LineProblem[];
  /** Per element: the mean of the answers given (NRR), null when nobody answered it. */
  averages: (number | null)[];
}

/**
 * Reads respondents' answers as pasted from a spreadsheet or a CSV file: one respondent a line,
 * nine answers separated by tabs, commas or semicolons (or spaces when there are none of those);
 * an empty answer or "-" is an element skipped. Blank lines and a first line with letters (a
 * header) are left out.
 */
export function parseResponses(text: string): ParsedResponses {
  const responses: (number | null)[][] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (index === 0 && /[a-z]/i.test(line)) return;
    const fields = /[\t,;]/.test(raw) ? raw.split(/[\t,;]/).map((f) => f.trim()) : line.split(/\s+/);
    // A trailing separator (a spreadsheet's empty last cell) is not a tenth answer.
    while (fields.length > ELEMENT_COUNT && fields[fields.length - 1] === '') fields.pop();
    if (fields.length !== ELEMENT_COUNT) {
      problems.push({ line: index + 1, kind: 'count' });
      return;
    }
    const answers = fields.map((f) => (f === '' || f === '-' ? null : /^[1-4]$/.test(f) ? Number(f) : NaN));
    if (answers.some((a) => Number.isNaN(a))) {
      problems.push({ line: index + 1, kind: 'value' });
      return;
    }
    responses.push(answers);
  });
  const averages = Array.from({ length: ELEMENT_COUNT }, (_, e) => {
    const given = responses.map((r) => r[e]).filter((a): a is number => a !== null);
    return given.length ? given.reduce((s, a) => s + a, 0) / given.length : null;
  });
  return { responses, problems, averages };
}
