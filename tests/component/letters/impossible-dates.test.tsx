import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import { ImportBackup } from '../../../src/ui/records/ImportBackup';
import { toBackupFile } from '../../../src/domain/backup';
import { emptyData } from '../../../src/domain/schema';
import { SCHEMA_VERSION } from '../../../src/storage';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild, aLetter } from '../../support/builders';

beforeEach(async () => {
  await freshStorage();
});

const app = (route: string) => renderScreen(<Routes><Route path="/letters/*" element={<LettersRoutes />} /></Routes>, { route });

const child: ChildRecord = aChild();
const letter = (over: Partial<LetterRecord> = {}): LetterRecord => aLetter({ ...over });

describe('a letter with an impossible date (damaged or hand-edited data)', () => {
  for (const sentOn of ['9999-12-31', '0000-01-01', '0099-12-31']) {
    it(`sent on ${sentOn} still opens, and its date can be put right`, async () => {
      const user = userEvent.setup();
      await getStorage().put('children', child);
      await getStorage().put('letters', letter({ sentOn, draftOn: sentOn, decisionOn: sentOn }));
      await app('/letters/l1');
      const input = await screen.findByLabelText('I sent this letter on');
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
      await user.clear(input);
      await user.type(input, '2026-10-05');
      await user.click(screen.getByRole('button', { name: 'Save the date' }));
      expect(await screen.findByText(/Saved: you sent this on .*5 October 2026/)).toBeInTheDocument();
    });
  }

  it('still lets "Your dates" open', async () => {
    await getStorage().put('children', child);
    await getStorage().put('letters', letter({ sentOn: '9999-12-31' }));
    await getStorage().put('letters', letter({ id: 'l2', sentOn: '2026-10-05' }));
    await app('/letters/dates');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your dates' })).toBeInTheDocument();
    expect((await screen.findAllByText(/2026/)).length).toBeGreaterThan(0);
  });

  it('is refused when typed: a year no family could mean is explained, and nothing is saved', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', child);
    await getStorage().put('letters', letter());
    await app('/letters/l1');
    const input = await screen.findByLabelText('I sent this letter on');
    await user.type(input, '0026-10-05');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    expect(screen.getByText('Check the year: enter a date between 1990 and 2100, like 20 3 2026.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect((await getStorage().get('letters', 'l1'))?.sentOn).toBeUndefined();
  });

  it('is refused when a file holds it, in plain words, and nothing is saved', async () => {
    const user = userEvent.setup();
    const text = JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION - 1, data: { ...emptyData(), children: [child], letters: [letter({ sentOn: '9999-12-31' })] } }));
    await renderScreen(<ImportBackup />);
    await user.upload(screen.getByLabelText('Choose a file'), new File([text], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByText(/A date in this file has a year that cannot be right/)).toBeInTheDocument();
    expect(await getStorage().list('letters')).toEqual([]);
  });
});
