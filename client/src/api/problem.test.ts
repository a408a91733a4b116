import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';

describe('ApiError', () => {
  const error = new ApiError(400, {
    title: 'One or more validation errors occurred.',
    detail: 'Check the fields.',
    errors: { code: ['is required.'], 'levels[0].name': ['is too long.'], body: ['A JSON request body is required.'], other: ['bad'] },
    traceId: 't-1',
  });

  it('gives the messages of a field, including those of its items', () => {
    expect(error.fieldErrors('code')).toEqual(['is required.']);
    expect(error.fieldErrors('levels')).toEqual(['is too long.']);
    expect(error.fieldErrors('name')).toEqual([]);
  });

  it('collects messages no field claims, naming their field', () => {
    expect(error.otherErrors(['code', 'levels'])).toEqual(['A JSON request body is required.', 'other: bad']);
  });

  it('keeps the row errors of a rejected import', () => {
    const rejected = new ApiError(422, { title: 'The file was not imported.', errorCount: 2, rowErrors: [{ row: 3, column: 'NIP', message: 'bad' }] });
    expect(rejected.rowErrors).toEqual([{ row: 3, column: 'NIP', message: 'bad' }]);
    expect(rejected.errorCount).toBe(2);
  });

  it('reads a body that is no problem document', () => {
    const plain = new ApiError(502, undefined);
    expect(plain.title).toBe('HTTP 502');
    expect(plain.errors).toEqual({});
  });
});
