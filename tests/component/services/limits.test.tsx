import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft, type ContactDraft } from '../../../src/domain/contacts/contacts';
import { LIMITS, NAME_MAX, TEXT_MAX } from '../../../src/domain/limits';
import { ContactForm } from '../../../src/features/services/ContactForm';
import { renderScreen } from '../../support/render';

describe('a box holds what the app keeps, and says so when full', () => {
  it('a contact’s name stops at the longest a backup takes, says why, and keeps what was typed', async () => {
    const saved = vi.fn(async (_draft: ContactDraft) => {});
    const user = userEvent.setup();
    await renderScreen(<ContactForm initial={emptyDraft()} onSave={saved} onCancel={() => {}} />);
    const name = screen.getByLabelText('Name');
    await user.click(name);
    await user.paste(`${'Ms Patel '.repeat(120)}`);
    expect((name as HTMLInputElement).value).toHaveLength(NAME_MAX);
    expect(screen.getByText(`This box is full: it keeps up to ${NAME_MAX.toLocaleString('en-GB')} characters. To add more, use another box or a new note.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(saved).toHaveBeenCalledTimes(1);
    // What the box took is what is saved (trimmed of the space at its end).
    expect(saved.mock.calls[0]![0].name).toBe('Ms Patel '.repeat(120).slice(0, NAME_MAX).trim());
  });

  it('every box of the form has the limit of the field it is saved in', async () => {
    await renderScreen(<ContactForm initial={emptyDraft()} onSave={async () => {}} onCancel={() => {}} />);
    const boxes = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]), textarea')];
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) {
      expect(box.maxLength, box.id).toBe(box.tagName === 'TEXTAREA' ? TEXT_MAX : NAME_MAX);
    }
    expect(TEXT_MAX).toBe(LIMITS.text);
  });
});
