import { describe, expect, it } from 'vitest';
import { migrateData, NewerDataError, MissingMigrationError, type Migration } from '../../../src/domain/migrate';

// Two example steps, the way real ones are written: each moves data up exactly one version.
const steps: Migration[] = [
  {
    to: 2,
    up: (data) => ({
      ...data,
      children: (data.children as { name: string }[]).map(({ name, ...rest }) => ({ ...rest, displayName: name })),
    }),
  },
  { to: 3, up: (data) => ({ ...data, children: (data.children as object[]).map((c) => ({ ...c, kept: [] })) }) },
];

describe('data migrations', () => {
  it('moves old data up one version at a time', () => {
    const out = migrateData({ children: [{ id: 'a', name: 'Sam' }] }, 1, 3, steps);
    expect(out.children).toEqual([{ id: 'a', displayName: 'Sam', kept: [] }]);
  });

  it('starts from the version the data is at, not from the beginning', () => {
    const out = migrateData({ children: [{ id: 'a', displayName: 'Sam' }] }, 2, 3, steps);
    expect(out.children).toEqual([{ id: 'a', displayName: 'Sam', kept: [] }]);
  });

  it('leaves current data alone', () => {
    const data = { children: [{ id: 'a', displayName: 'Sam', kept: ['x'] }] };
    expect(migrateData(data, 3, 3, steps)).toEqual(data);
  });

  it('never changes the data it was given', () => {
    const data = { children: [{ id: 'a', name: 'Sam' }] };
    migrateData(data, 1, 3, steps);
    expect(data.children[0]).toEqual({ id: 'a', name: 'Sam' });
  });

  it('refuses data from a newer version of the app', () => {
    expect(() => migrateData({ children: [] }, 4, 3, steps)).toThrow(NewerDataError);
  });

  it('refuses to skip a version it has no step for', () => {
    expect(() => migrateData({ children: [] }, 1, 3, [steps[1]!])).toThrow(MissingMigrationError);
  });
});
