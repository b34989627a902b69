// Unit tests fail on stray console.error / console.warn output: a warning that nobody reads is a
// bug that nobody fixes. Tests that expect a warning spy on console themselves.
import { afterEach, beforeEach, expect, vi } from 'vitest';

/** @type {string[]} */
let calls = [];

beforeEach(() => {
  calls = [];
  for (const level of /** @type {const} */ (['error', 'warn'])) {
    vi.spyOn(console, level).mockImplementation((...args) => {
      calls.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  expect(calls, 'unexpected console output').toEqual([]);
});
