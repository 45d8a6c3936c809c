import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReceivePage } from '../../../src/features/session/ReceivePage';
import { renderScreen } from '../../support/render';

// Each "photo" here is of one code: reading the picture gives back that code's text.
const codes = vi.hoisted(() => new Map<string, string>());
vi.mock('../../../src/ui/primitives/scan', () => ({ readCodeFromFile: async (file: File) => codes.get(file.name) }));

/** A stand-in checksum, one per set. */
const SUM = (session: string) => (session === 'OLD' ? 'A' : 'B').repeat(64);
/** One code of a hand-over: part `i` of `n` of the set `session`. */
function code(session: string, i: number, n: number): File {
  const name = `${session}-${i}.png`;
  codes.set(name, `BNAV:1:Z:${i}:${n}:${session}:${SUM(session)}:DATA${i}`);
  return new File(['picture'], name, { type: 'image/png' });
}

describe('reading the codes on the family’s phone', () => {
  it('a stray code from another hand-over, read first, does not block the family’s own codes, and a later one is named', async () => {
    const user = userEvent.setup();
    await renderScreen(<ReceivePage />);
    const photos = screen.getByLabelText('Choose photos or screenshots of the codes');
    const progress = () => screen.getByTestId('receive-progress').textContent ?? '';
    const shows = (text: string) => waitFor(() => expect(progress()).toContain(text));

    await user.upload(photos, [code('OLD', 1, 2)]);
    await shows('1 of 2 codes read.');
    await user.upload(photos, [code('MINE', 1, 3)]);
    await shows('1 of 3 codes read.');
    await shows('The code read before was from another set of codes, so it was left out.');

    await user.upload(photos, [code('MINE', 2, 3)]);
    await shows('2 of 3 codes read.');
    await user.upload(photos, [code('OLD', 2, 2)]);
    await shows('2 of 3 codes read.');
    await shows('Code 2 of 2 is from another set of codes, not the one you are scanning, so it was left out.');
  });
});
