import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import QuestionnaireRoutes from '../../../src/features/questionnaire/QuestionnaireRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { unreliableStorage } from '../../support/unreliable';

const show = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="questions/*" element={<QuestionnaireRoutes />} />
      <Route path="*" element={null} />
    </Routes>,
    { route },
  );

const READ_FAILED = 'We could not read what is saved on this device';
let store: ReturnType<typeof unreliableStorage>;

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', {
    id: 'c1',
    displayName: 'Sam',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    answers: { nation: 'england', 'child-name': 'Sam' },
    kept: [],
  });
  store = unreliableStorage();
});
afterEach(() => store.restore());

describe('the questions when what is saved cannot be read', () => {
  it('the list of children says so (not "you have not started yet"), offers no start or delete, and shows Sam after "Try again"', async () => {
    store.fail.reads = true;
    const user = userEvent.setup();
    await show('/questions');
    expect(await screen.findByRole('heading', { name: READ_FAILED })).toBeInTheDocument();
    expect(screen.queryByText('You have not started yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start for a child' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sam' })).toBeInTheDocument();
    expect(store.written).toEqual([]);
  });

  it('a question says so (not "we cannot find those answers"), saves nothing, and asks it after "Try again"', async () => {
    store.fail.reads = true;
    const user = userEvent.setup();
    await show('/questions/c1/child-hard');
    expect(await screen.findByRole('heading', { name: READ_FAILED })).toBeInTheDocument();
    expect(screen.queryByText('We cannot find those answers')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(store.written).toEqual([]);

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox')).toBeInTheDocument();
  });

  it('checking the answers says so, and saves nothing', async () => {
    store.fail.reads = true;
    await show('/questions/c1/check');
    expect(await screen.findByRole('heading', { name: READ_FAILED })).toBeInTheDocument();
    expect(screen.queryByText('We cannot find those answers')).not.toBeInTheDocument();
    expect(store.written).toEqual([]);
  });
});

describe('a question when a save fails', () => {
  it('says the answer is not saved as soon as the save fails, and the words typed stay in the box', async () => {
    const user = userEvent.setup();
    await show('/questions/c1/child-hard');
    const box = await screen.findByRole('textbox');
    store.fail.writes = true;
    await user.type(box, 'The corridors are loud');
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not save your answer on this device. What you typed is still here.');
    expect(screen.getByRole('textbox')).toHaveValue('The corridors are loud');

    // Once the device can save again, the next change saves everything typed, and the message goes.
    store.fail.writes = false;
    await user.type(box, '.');
    await waitFor(async () => expect((await getStorage().get('children', 'c1'))?.answers['child-hard']).toBe('The corridors are loud.'));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
