import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { DateBox } from '../../../src/ui/primitives/DateBox';
import { aChild } from '../../support/builders';

beforeEach(async () => {
  await freshStorage();
});

const sam: ChildRecord = aChild({ answers: { nation: 'england', 'child-name': 'Sam' } });

describe('a date typed with a year no family could mean', () => {
  it('is held in the box with a plain message and never passed on; a real year is', async () => {
    const passed: string[] = [];
    await renderScreen(<DateBox id="review" aria-label="Next review" value="2026-12-01" onChange={(v) => passed.push(v)} />);
    const box = screen.getByLabelText('Next review');
    fireEvent.change(box, { target: { value: '0026-05-01' } });
    expect(screen.getByText(/Check the year: enter a date between 1990 and 2100/)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('0026-05-01');
    expect(passed).toEqual([]);
    fireEvent.change(box, { target: { value: '2026-05-01' } });
    expect(screen.queryByText(/Check the year/)).toBeNull();
    expect(passed).toEqual(['2026-05-01']);
  });

  it('is not saved as a child’s date of birth on the details page', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', sam);
    await renderScreen(<Routes><Route path="/letters/*" element={<LettersRoutes />} /></Routes>, { route: '/letters/details' });
    const born = await screen.findByLabelText('Date of birth');
    fireEvent.change(born, { target: { value: '0013-03-03' } });
    expect(await screen.findByText(/Check the year/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText('Details saved. New letters will use them.');
    expect((await getStorage().get('children', 'c1'))?.details?.dateOfBirth ?? '').toBe('');
  });
});
