import { useSearchParams } from 'react-router-dom';
import { useCallback, useEffect, useRef } from 'react';

/** A query-string parameter as state, so that filters and pages survive reloads and deep links. */
export function useParam(name: string, fallback = ''): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const set = useCallback(
    (next: string) => {
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next === '' || next === fallback) copy.delete(name);
          else copy.set(name, next);
          if (name !== 'page') copy.delete('page');
          return copy;
        },
        { replace: true },
      );
    },
    [name, fallback, setParams],
  );
  return [value, set];
}

export const thisYear = () => new Date().getFullYear();

export function yearOptions(span = 5): number[] {
  const y = thisYear();
  return Array.from({ length: span }, (_, i) => y + 1 - i);
}

/** Mean of values weighted by counts; null when nothing counts. */
export function weightedMean(items: { value: number | null | undefined; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    if (value === null || value === undefined || !weight) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights ? sum / weights : null;
}

/** A ref that scrolls its element into view when it first appears (a form opened from a long table). */
export function useScrolledIntoView<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    // Not returned: newer browsers answer scrollIntoView with a promise, which React would take for a clean-up.
    void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return ref;
}
