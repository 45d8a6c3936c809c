import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layout } from '../../../src/app/Layout';
import { getStorage } from '../../../src/storage';
import { makePin } from '../../../src/domain/pin';
import { renderScreen } from '../../support/render';

afterEach(async () => {
  vi.useRealTimers();
  sessionStorage.clear();
  await getStorage().clearAll();
});

describe('the idle lock during a session', () => {
  it('hides everything after the chosen minutes without use, and opens only with the session PIN', async () => {
    await getStorage().startSession({ pin: await makePin('4321'), lockMinutes: 2 });
    await renderScreen(
      <Layout>
        <p>Cerys’s plan</p>
      </Layout>,
    );
    await screen.findByText('You are helping a family. Only their answers are on screen.');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Use keeps it open...
    act(() => vi.advanceTimersByTime(90_000));
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown')));
    act(() => vi.advanceTimersByTime(90_000));
    expect(screen.getByText('Cerys’s plan')).toBeInTheDocument();
    // ...two minutes without use locks it.
    act(() => vi.advanceTimersByTime(30_000));
    vi.useRealTimers();
    expect(await screen.findByRole('heading', { level: 1, name: 'Screen locked' })).toBeInTheDocument();
    expect(screen.queryByText('Cerys’s plan')).not.toBeInTheDocument();
    // Leaving quickly stays first on the locked screen.
    expect(screen.getAllByRole('link')[0]).toHaveAccessibleName('Exit this page');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Session PIN'), '1111');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That PIN is not right.');
    expect(screen.queryByText('Cerys’s plan')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Session PIN'), '4321');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Cerys’s plan')).toBeInTheDocument();
  });

  it('never locks a session without a PIN', async () => {
    await getStorage().startSession();
    await renderScreen(
      <Layout>
        <p>Niamh’s plan</p>
      </Layout>,
    );
    await screen.findByText('You are helping a family. Only their answers are on screen.');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(screen.getByText('Niamh’s plan')).toBeInTheDocument();
  });
});
