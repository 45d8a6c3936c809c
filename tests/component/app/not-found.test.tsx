import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { AppRoutes } from '../../../src/app/routes';
import { NOT_FOUND_EXAMPLE, NOT_FOUND_IN_FEATURES } from '../../../src/app/routeTable';
import { getStorage, setStorageForTests } from '../../../src/storage';
import { renderScreen } from '../../support/render';

beforeEach(async () => {
  setStorageForTests(undefined);
  await getStorage().clearAll();
});

/**
 * Any address the app does not know says "page not found" with a way home, never a blank page: one
 * under no feature's prefix, and one under each feature's prefix (from each feature's front door, so
 * a new feature is checked as soon as it is listed).
 */
describe('page not found', () => {
  it.each([NOT_FOUND_EXAMPLE, ...NOT_FOUND_IN_FEATURES])('%s says the page was not found, with a way home', async (route) => {
    await renderScreen(<AppRoutes />, { route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start' })).toHaveAttribute('href', '/');
  });
});
