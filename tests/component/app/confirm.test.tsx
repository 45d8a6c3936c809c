import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmButton } from '../../../src/ui/ConfirmButton';

const props = { label: 'Delete this letter', question: 'Delete this letter?', yes: 'Yes, delete it', no: 'No, keep it' };

describe('a button that asks before deleting', () => {
  it('asks first, moves focus to the question, and returns focus to the button after "No"', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<ConfirmButton {...props} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete this letter' }));
    expect(screen.getByRole('group', { name: 'Delete this letter?' })).toBeInTheDocument();
    expect(screen.getByText('Delete this letter?').closest('p')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete this letter' })).toHaveFocus();
  });

  it('does it on "Yes", and closes even when it fails', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn().mockRejectedValue(new Error('disk'));
    render(<ConfirmButton {...props} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete this letter' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Delete this letter' })).toBeInTheDocument();
  });
});
