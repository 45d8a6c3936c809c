import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

/** A screen that breaks the way a real bug would: it reads a field of data that is not there. */
function BrokenScreen({ plan }: { plan: { cycles?: { goal: string }[] } }) {
  return <p>{plan.cycles![0]!.goal}</p>;
}

beforeEach(async () => {
  await freshStorage();
  // React reports the caught error on the console; the page is what this test is about.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('the page shown after a crash', () => {
  it('says nothing typed is lost and offers a file and a reload, instead of a blank page', async () => {
    await renderScreen(
      <ErrorBoundary>
        <BrokenScreen plan={{}} />
      </ErrorBoundary>,
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' });
    // Focus moves to the heading just after the page appears (an effect), so a screen reader reads it.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Nothing you typed is lost/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save a copy of everything to a file' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start' })).toHaveAttribute('href', '/');
    expect(document.title).toContain('Something went wrong');
  });

  it('saves everything on the device to a backup file the app can read back', async () => {
    await getStorage().put('children', {
      id: 'c1',
      displayName: 'Sam',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      answers: { nation: 'wales' },
      kept: [],
    });
    let blob: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = (b: Blob) => {
      blob = b;
      return 'blob:backup';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    await renderScreen(
      <ErrorBoundary>
        <BrokenScreen plan={{}} />
      </ErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Save a copy of everything to a file' }));
    expect(await screen.findByText('A copy has been saved to a file.')).toHaveAttribute('role', 'status');
    expect(fileName).toMatch(/^barriers-navigator-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    const file = JSON.parse(text);
    expect(file.format).toBe('barriers-navigator-backup');
    expect(file.data.children.map((c: { displayName: string }) => c.displayName)).toEqual(['Sam']);
  });

  it('speaks Welsh when the app does', async () => {
    await renderScreen(
      <ErrorBoundary>
        <BrokenScreen plan={{}} />
      </ErrorBoundary>,
      { language: 'cy' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Aeth rhywbeth o’i le ar y dudalen hon' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cadw copi o bopeth mewn ffeil' })).toBeInTheDocument();
  });

  it('shows the screen itself when nothing goes wrong', async () => {
    await renderScreen(
      <ErrorBoundary>
        <BrokenScreen plan={{ cycles: [{ goal: 'Go in for mornings' }] }} />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Go in for mornings')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Something went wrong/ })).not.toBeInTheDocument();
  });
});
