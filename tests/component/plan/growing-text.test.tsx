import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TextArea } from '../../../src/ui/primitives/keepCaret';

describe('a text box in a browser that cannot size it to its text', () => {
  it('is made as tall as its text, and taller as the text grows', () => {
    // jsdom lays nothing out, and has no `field-sizing`: the box reports the height its text needs.
    let needed = 240;
    vi.spyOn(HTMLTextAreaElement.prototype, 'scrollHeight', 'get').mockImplementation(() => needed);
    const { rerender } = render(<TextArea aria-label="What is hard" value="A long answer" onChange={() => undefined} />);
    const box = screen.getByRole('textbox', { name: 'What is hard' });
    expect(box.style.blockSize).toBe('240px');
    needed = 300;
    rerender(<TextArea aria-label="What is hard" value="A long answer, and more" onChange={() => undefined} />);
    expect(box.style.blockSize).toBe('300px');
  });
});
