import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { Layout } from '../../../src/app/Layout';
import { renderScreen } from '../../support/render';

// Leaving itself (blank, save, replace) is proved in tests/unit/app/quick-exit.test.ts and in the
// browser (tests/e2e/quick-exit.e2e.ts); here, only that the screen starts it.
const leave = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock(import('../../../src/app/quickExit'), async (original) => ({ ...(await original()), quickExit: leave }));

beforeEach(() => leave.mockClear());

describe('"Exit this page"', () => {
  it('is the first thing on the page and in the tab order, a real link to a neutral site', async () => {
    await renderScreen(
      <Layout>
        <p>content</p>
      </Layout>,
    );
    const exit = await screen.findByRole('link', { name: 'Exit this page' });
    expect(exit).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
    expect(screen.getAllByRole('link')[0]).toBe(exit);
    await userEvent.tab();
    expect(exit).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  });

  it('leaves with a neutral title when tapped', async () => {
    await renderScreen(
      <Layout>
        <p>content</p>
      </Layout>,
    );
    await userEvent.click(await screen.findByRole('link', { name: 'Exit this page' }));
    expect(leave).toHaveBeenCalledWith('Loading…');
  });

  it('says "Exit this page" in Welsh', async () => {
    await renderScreen(
      <Layout>
        <p>content</p>
      </Layout>,
      { language: 'cy' },
    );
    expect(await screen.findByRole('link', { name: 'Gadael y dudalen hon' })).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
  });

  it('leaves on Shift pressed three times, even while typing in a box, but not on capitals typed with Shift', async () => {
    const user = userEvent.setup();
    await renderScreen(
      <Layout>
        <label>
          Notes <input type="text" />
        </label>
      </Layout>,
    );
    const box = await screen.findByRole('textbox', { name: 'Notes' });
    await user.click(box);
    await user.keyboard('{Shift>}S{/Shift}am {Shift>}L{/Shift}ikes {Shift>}D{/Shift}rawing');
    expect(box).toHaveValue('Sam Likes Drawing');
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('is first on the page shown after a crash too', async () => {
    // React reports the caught error on the console; the page is what this test is about.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = ({ plan }: { plan: { cycles?: { goal: string }[] } }) => <p>{plan.cycles![0]!.goal}</p>;
    await renderScreen(
      <ErrorBoundary>
        <Broken plan={{}} />
      </ErrorBoundary>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' });
    const exit = screen.getByRole('link', { name: 'Exit this page' });
    expect(screen.getAllByRole('link')[0]).toBe(exit);
    await userEvent.click(exit);
    expect(leave).toHaveBeenCalledWith('Loading…');
    quiet.mockRestore();
  });
});
