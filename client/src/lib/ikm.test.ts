import { describe, expect, it } from 'vitest';
import { parseResponses } from './ikm';

describe('parseResponses', () => {
  it('reads tab, comma, semicolon and space separated lines, skipping a header and blank lines', () => {
    const text = ['U1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9', '4\t3\t3\t4\t3\t3\t4\t4\t3', '', '3,3,2,4,3,3,3,4,3', '2;3;3;3;3;3;3;3;3', '4 4 4 4 4 4 4 4 4'].join('\n');
    const parsed = parseResponses(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.responses).toHaveLength(4);
    expect(parsed.responses[1]).toEqual([3, 3, 2, 4, 3, 3, 3, 4, 3]);
    expect(parsed.averages[0]).toBeCloseTo(13 / 4);
    expect(parsed.averages[2]).toBeCloseTo(12 / 4);
  });

  it('takes an empty answer or a dash as an element skipped, left out of its average', () => {
    const parsed = parseResponses('4,,3,3,3,3,3,3,3\n2,-,3,3,3,3,3,3,3\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.responses[0][1]).toBeNull();
    expect(parsed.responses[1][1]).toBeNull();
    expect(parsed.averages[0]).toBe(3);
    expect(parsed.averages[1]).toBeNull();
  });

  it('names the lines that are not nine answers of 1 to 4', () => {
    const parsed = parseResponses('4,3,3,4,3,3,4,4,3\n4,3,3\n4,3,3,4,3,3,4,4,5\n4,3,3,4,3,3,4,4,3,\n');
    expect(parsed.problems).toEqual([
      { line: 2, kind: 'count' },
      { line: 3, kind: 'value' },
    ]);
    expect(parsed.responses).toHaveLength(2);
  });
});
