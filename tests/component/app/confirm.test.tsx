import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmButton } from '../../../src/ui/primitives/ConfirmButton';
import { renderScreen } from '../../support/render';

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

  it('does it on "Yes"; when that fails, says so and the button is back, usable again', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn().mockRejectedValueOnce(new Error('disk')).mockResolvedValueOnce(undefined);
    await renderScreen(<ConfirmButton {...props} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete this letter' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('alert')).toHaveTextContent('That could not be done on this device, so nothing has been changed. Please try again.');
    const button = screen.getByRole('button', { name: 'Delete this letter' });
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('button', { name: 'Delete this letter' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
