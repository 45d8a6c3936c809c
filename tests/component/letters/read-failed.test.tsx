import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { breakStorage } from '../../support/readsFail';

const COULD_NOT_READ = 'We could not read what is saved on this device';
const NOW = '2026-11-01T10:00:00.000Z';
const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', role: 'parent', 'child-name': 'Sam' }, kept: [] };
const letter: LetterRecord = {
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: NOW, updatedAt: NOW, nation: 'england', senderName: 'Jo', senderAddress: '',
  recipient: 'SEND team', subject: 'Request', greeting: 'Dear Sir or Madam,', paragraphs: ['First.', 'Second.'], signOff: 'Yours sincerely,', sentOn: '2026-11-02',
};

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/letters/*" element={<LettersRoutes />} />
    </Routes>,
    { route },
  );

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
  await getStorage().put('letters', letter);
});

describe('letters, when what is saved cannot be read', () => {
  it('the list says so (never "no letters"), offers no new letter, and shows the saved one once read again', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['letters']);
    await app('/letters');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Write this letter/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Language of the letter')).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your letters' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask the council for an EHC needs assessment' })).toHaveAttribute('href', '/letters/l1');
    expect(screen.getAllByRole('link', { name: /^Write this letter/ }).length).toBeGreaterThan(0);
    expect(broken.writesTried).toEqual([]);
  });

  it('a letter that cannot be read is never shown blank or "not found"; read again, a paragraph that cannot be saved stays typed', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['letters']);
    await app('/letters/l1');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText(/We could not find that letter/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Paragraph 1 of 2')).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const paragraph = await screen.findByLabelText('Paragraph 1 of 2');
    broken.writes = true;
    await user.type(paragraph, ' He has missed six weeks.');
    expect(await screen.findByText(/^Not saved yet\./, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Paragraph 1 of 2')).toHaveValue('First. He has missed six weeks.');
    expect((await getStorage().get('letters', 'l1'))?.paragraphs[0]).toBe('First.');
  });

  it('no letter is drafted from what could not be read (it would come out blank)', async () => {
    const broken = breakStorage(['contacts']);
    await app('/letters/new/ehc-request');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(broken.writesTried).toEqual([]);
    expect((await getStorage().list('letters')).map((l) => l.id)).toEqual(['l1']);
  });

  it('the dates page says so, never "no dates yet"', async () => {
    breakStorage(['letters']);
    await app('/letters/dates');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText(/^No dates from letters yet\./)).not.toBeInTheDocument();
  });
});

describe('letters, when a choice cannot be saved', () => {
  it('the language of the letter says it was not saved and stays on the language shown', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['families']);
    broken.reads = false;
    broken.writes = true;
    await app('/letters');
    const box = await screen.findByRole('combobox', { name: 'Language of the letter' });
    expect(box).toHaveValue('en');
    await user.selectOptions(box, 'cy');
    expect(await screen.findByRole('alert')).toHaveTextContent('That choice could not be saved on this device');
    expect(box).toHaveValue('en');
    expect(broken.writesTried).toContain('updateFamily letterLanguage');

    broken.writes = false;
    await user.selectOptions(box, 'cy');
    await screen.findByDisplayValue('Cymraeg');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
