import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Home } from '../../../src/app/Home';
import { StorageBanner } from '../../../src/app/StorageBanner';
import { Layout } from '../../../src/app/Layout';
import { getStorage, setStorageForTests, StorageError } from '../../../src/storage';
import { createStorage } from '../../../src/storage/storage';
import { renderScreen } from '../../support/render';

beforeEach(async () => {
  setStorageForTests(undefined);
  await getStorage().clearAll();
});

describe('home page', () => {
  it('offers Start when nothing is saved yet', async () => {
    await renderScreen(<Home />);
    expect(await screen.findByRole('heading', { level: 1, name: /Help when your child finds school hard/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/questions/start');
    expect(screen.queryByRole('heading', { name: 'Carry on where you left off' })).not.toBeInTheDocument();
  });

  it('offers to carry on first, naming the child, once answers are saved', async () => {
    await getStorage().put('children', {
      id: 'c1',
      displayName: 'Sam',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      answers: { nation: 'england' },
      kept: [],
    });
    await renderScreen(<Home />);
    expect(await screen.findByRole('heading', { name: 'Carry on where you left off' })).toBeInTheDocument();
    expect(screen.getByText('Your answers about Sam are saved on this device.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Carry on' })).toHaveAttribute('href', '/questions/resume');
    expect(screen.getByRole('link', { name: 'Start for another child' })).toBeInTheDocument();
  });
});

describe('storage warnings', () => {
  it('explains in plain words that answers will not be kept in private browsing, and offers a file', async () => {
    setStorageForTests(
      createStorage(async () => {
        throw new StorageError('memory');
      }, 'banner-test'),
    );
    await renderScreen(<StorageBanner />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your answers will not be kept');
    expect(screen.getByRole('button', { name: 'Save a copy to a file' })).toBeInTheDocument();
  });

  it('says the device is full when a save fails for lack of space, and can be hidden', async () => {
    // A save that fails because the disk is full.
    const fullStorage = createStorage(async () => ({
      kind: 'indexeddb',
      get: async () => undefined,
      list: async () => [],
      listFamily: async () => [],
      deleteCascade: async () => {},
      put: async () => {
        throw new StorageError('quota');
      },
      update: async () => {
        throw new StorageError('quota');
      },
      delete: async () => {},
      listByChild: async () => [],
      putMany: async () => {},
      clear: async () => {},
      close: () => {},
    }), 'quota-test');
    setStorageForTests(fullStorage);
    const { unmount } = await renderScreen(<StorageBanner />);
    await fullStorage.put('settings', { id: 'x', value: 1 }).catch(() => {});
    expect(await screen.findByRole('alert')).toHaveTextContent('Your device is full');
    await userEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    await waitFor(() => expect(screen.queryByText('Your device is full')).not.toBeInTheDocument());
    unmount();
  });
});

describe('layout', () => {
  it('has a skip link, named navigation, and a footer that says answers stay on the device', async () => {
    await renderScreen(
      <Layout>
        <p>content</p>
      </Layout>,
    );
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    // Twice: in the header, and behind "Menu" for a phone (the style sheet shows one of them).
    expect(screen.getAllByRole('navigation', { name: 'Main' })).toHaveLength(2);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Your answers stay on this device.');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
});
