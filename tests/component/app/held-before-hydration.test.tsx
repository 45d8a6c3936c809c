import { act, lazy, Suspense, useState, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { HOLDER } from '../../../src/boot/contract';
import { hold } from '../../../src/boot/hold';
import { giveBackHeld } from '../../../src/app/heldTap';
import { stopHolding } from '../../../src/app/ErrorBoundary';

/** A part of a page with every kind of control, saying what it has heard. */
function Panel() {
  const [words, setWords] = useState('');
  const [kind, setKind] = useState('none');
  const [size, setSize] = useState('small');
  const [ticked, setTicked] = useState(false);
  const [sent, setSent] = useState<string[]>([]);
  const [opened, setOpened] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSent((s) => [...s, words]);
      }}
    >
      <label>
        Name <input value={words} onChange={(e) => setWords(e.currentTarget.value)} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="none">None</option>
          <option value="letter">Letter</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={ticked} onChange={(e) => setTicked(e.currentTarget.checked)} /> Keep it
      </label>
      {['small', 'large'].map((s) => (
        <label key={s}>
          <input type="radio" name="size" value={s} checked={size === s} onChange={() => setSize(s)} /> {s}
        </label>
      ))}
      <a
        href="/next"
        onClick={(e) => {
          e.preventDefault();
          setOpened(true);
        }}
      >
        Next
      </a>
      <button type="submit">Send</button>
      <p>
        {`Heard: name “${words}”, kind ${kind}, ${ticked ? 'kept' : 'not kept'}, ${size}, sent [${sent.join(' | ')}], ${opened ? 'opened' : 'not opened'}`}
      </p>
    </form>
  );
}

/** A box drawn in the same part of the page as the panel, before it (its code is there at once). */
function Note() {
  const [note, setNote] = useState('');
  return (
    <p>
      <label>
        Note <input value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </label>
      <span>{`Note heard: “${note}”`}</span>
    </p>
  );
}

function ShellButton() {
  const [taps, setTaps] = useState(0);
  return <button type="button" onClick={() => setTaps((n) => n + 1)}>{`Shell tapped ${taps}`}</button>;
}

/** The page: a shell drawn at once, the panel inside a boundary of its own (lazy in the browser). */
function PageOf({ Inner }: { Inner: ComponentType }) {
  return (
    <main>
      <ShellButton />
      <Suspense fallback={<p>Loading</p>}>
        <section>
          <Note />
          <Inner />
        </section>
      </Suspense>
    </main>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  stopHolding();
  delete window[HOLDER];
  document.body.innerHTML = '';
});

/**
 * Types as a browser does: each letter sets the box's value and says so (testing-library's
 * user-event keeps its own watch on a box's value, which would hide what React notes).
 */
function typeInto(box: HTMLElement, text: string) {
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  for (const letter of text) {
    set.call(box, (box as HTMLInputElement).value + letter);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
  }
}

/** Chooses in a list as a browser does. */
function choose(list: HTMLElement, value: string) {
  (list as HTMLSelectElement).value = value;
  list.dispatchEvent(new Event('input', { bubbles: true }));
  list.dispatchEvent(new Event('change', { bubbles: true }));
}

const tap = (element: HTMLElement) => act(() => element.click());

/** The prerendered page, its boot script holding, and the app hydrating with the panel's code held back. */
async function prerenderedPage() {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<PageOf Inner={Panel} />);
  document.body.append(container);
  window[HOLDER] = hold(document);
  let arrive = () => {};
  const code = new Promise<{ default: ComponentType }>((resolve) => (arrive = () => resolve({ default: Panel })));
  const LazyPanel = lazy(() => code);
  return {
    hydrate: async () => {
      await act(async () => {
        root = hydrateRoot(container, <PageOf Inner={LazyPanel} />);
      });
      giveBackHeld();
    },
    arrive: async () => {
      await act(async () => {
        arrive();
        await code;
      });
    },
  };
}

describe('what a person does before the app has taken over a part of the page', () => {
  it('gives back typing, choices, ticks, a link and a tap, in order, once the panel’s own code has arrived, however late', async () => {
    const page = await prerenderedPage();
    typeInto(screen.getByLabelText('Name'), 'Sam');
    await page.hydrate();
    // The shell is the app's now: it answers at once.
    await tap(screen.getByRole('button', { name: 'Shell tapped 0' }));
    screen.getByRole('button', { name: 'Shell tapped 1' });
    // The panel's part of the page is still the prerendered one (its code has not arrived): what is done there waits.
    typeInto(screen.getByLabelText('Note'), 'hi');
    choose(screen.getByLabelText('Kind'), 'letter');
    await tap(screen.getByLabelText('Keep it'));
    await tap(screen.getByLabelText('large'));
    await tap(screen.getByRole('button', { name: 'Send' }));
    await tap(screen.getByRole('button', { name: 'Send' }));
    await tap(screen.getByRole('link', { name: 'Next' }));
    // What the person sees stays as they left it.
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Sam');
    expect(screen.getByLabelText<HTMLInputElement>('Keep it').checked).toBe(true);
    await page.arrive();
    await waitFor(() => screen.getByText('Heard: name “Sam”, kind letter, kept, large, sent [Sam], opened'));
    screen.getByText('Note heard: “hi”');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Sam');
    expect(screen.getByLabelText<HTMLInputElement>('large').checked).toBe(true);
    // Given back once: the panel answers for itself now, and nothing is held any more.
    typeInto(screen.getByLabelText('Name'), '!');
    await tap(screen.getByLabelText('Keep it'));
    await waitFor(() => screen.getByText('Heard: name “Sam!”, kind letter, not kept, large, sent [Sam], opened'));
    expect(window[HOLDER]?.held).toEqual([]);
  });

  it('after a crash, gives nothing back', async () => {
    const page = await prerenderedPage();
    await page.hydrate();
    typeInto(screen.getByLabelText('Name'), 'Sam');
    await tap(screen.getByRole('button', { name: 'Send' }));
    // (The recovery page takes the place of the screen; here the panel's code still arrives.)
    stopHolding();
    await page.arrive();
    await screen.findByText('Heard: name “”, kind none, not kept, small, sent [], not opened');
    expect(window[HOLDER]?.held).toEqual([]);
  });
});
