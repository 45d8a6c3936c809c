import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Route, Routes } from 'react-router';
import QuestionnaireRoutes from '../../../src/features/questionnaire/QuestionnaireRoutes';
import SupportRoutes from '../../../src/features/support/SupportRoutes';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { removeSpeech, stubSpeech, stubVoice } from '../../support/speech';
import { ENGLAND_ANXIETY_SEND } from '../../unit/support/families';

const words = (lang: string) => JSON.parse(readFileSync(join(process.cwd(), `locales/${lang}/notices.json`), 'utf8')).listen;
const en = words('en');
const cy = words('cy');

async function child(answers: Answers) {
  await getStorage().put('children', {
    id: 'c1',
    displayName: typeof answers['child-name'] === 'string' ? answers['child-name'] : '',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    answers,
    kept: [],
  });
}

const question = (language = 'en') =>
  renderScreen(
    <Routes>
      <Route path="questions/*" element={<QuestionnaireRoutes />} />
    </Routes>,
    { route: '/questions/c1/nation', language },
  );

/** What a person reads on the question: its heading, hint and each choice's label. */
const questionOnScreen = () => {
  const group = screen.getByRole('group');
  return [
    screen.getByRole('heading', { level: 1 }).textContent,
    group.querySelector('.hint')?.textContent,
    ...within(group)
      .getAllByRole('radio')
      .map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent),
  ];
};

beforeEach(async () => {
  await freshStorage();
  localStorage.clear();
  await child({});
});
afterEach(() => {
  // Leave the page (which stops any reading) before the browser's speech goes.
  cleanup();
  removeSpeech();
});

describe('read aloud on a question', () => {
  it("reads the question, its hint and its choices in the device's British English voice", async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('US English', 'en-US'), stubVoice('British English', 'en-GB'), stubVoice('Welsh', 'cy-GB')]);
    await question();
    const listen = await screen.findByRole('button', { name: en.listen });
    await user.click(listen);
    expect(speech.spoken.map((s) => s.text)).toEqual(questionOnScreen());
    expect(speech.spoken.every((s) => s.voice === 'British English' && s.lang === 'en-GB')).toBe(true);
    // The same button, so focus stays on it, now stops the reading.
    expect(listen).toHaveAccessibleName(en.stop);
    expect(listen).toHaveFocus();
    await user.click(listen);
    expect(listen).toHaveAccessibleName(en.listen);
    expect(speech.cancelled()).toBeGreaterThan(0);
  });

  it('goes back to "Listen" when the voice has read everything', async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('British English', 'en-GB')]);
    await question();
    const listen = await screen.findByRole('button', { name: en.listen });
    await user.click(listen);
    expect(listen).toHaveAccessibleName(en.stop);
    speech.finish();
    await waitFor(() => expect(listen).toHaveAccessibleName(en.listen));
  });

  it('reads a question in Welsh with a Welsh voice, waiting for voices the device loads later', async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('British English', 'en-GB'), stubVoice('Welsh', 'cy-GB')], { later: true });
    await question('cy');
    await user.click(await screen.findByRole('button', { name: cy.listen }));
    expect(speech.spoken).toEqual([]);
    speech.loadVoices();
    await waitFor(() => expect(speech.spoken.length).toBeGreaterThan(0));
    expect(speech.spoken.map((s) => s.text)).toEqual(questionOnScreen());
    expect(speech.spoken.every((s) => s.voice === 'Welsh' && s.lang === 'cy-GB')).toBe(true);
  });

  it('says the device has no Welsh voice, and reads nothing in English instead', async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('British English', 'en-GB')]);
    await question('cy');
    await user.click(await screen.findByRole('button', { name: cy.listen }));
    expect(await screen.findByRole('status')).toHaveTextContent(cy.noVoice.replace('{{language}}', 'Cymraeg'));
    expect(speech.spoken).toEqual([]);
  });

  it('asks before using a voice that works over the internet, reads nothing on No, and remembers a Yes', async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('Google Welsh', 'cy-GB', false), stubVoice('British English', 'en-GB')]);
    await question('cy');
    await user.click(await screen.findByRole('button', { name: cy.listen }));
    const ask = screen.getByRole('group', { name: cy.internet.question.replace('{{language}}', 'Cymraeg') });
    expect(within(ask).getByText(/Google/)).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: cy.internet.no }));
    expect(speech.spoken).toEqual([]);
    expect(screen.getByRole('button', { name: cy.listen })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: cy.listen }));
    await user.click(screen.getByRole('button', { name: cy.internet.yes }));
    expect(speech.spoken.length).toBeGreaterThan(0);
    expect(speech.spoken.every((s) => s.voice === 'Google Welsh' && s.lang === 'cy-GB')).toBe(true);
    expect(screen.getByRole('button', { name: cy.stop })).toHaveFocus();

    // Asked once on this device: the next time it reads straight away.
    await user.click(screen.getByRole('button', { name: cy.stop }));
    speech.spoken.length = 0;
    await user.click(screen.getByRole('button', { name: cy.listen }));
    expect(screen.queryByRole('group', { name: /Google/ })).not.toBeInTheDocument();
    expect(speech.spoken.length).toBeGreaterThan(0);
  });

  it('stops reading when the person leaves the page', async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('British English', 'en-GB')]);
    const { unmount } = await question();
    await user.click(await screen.findByRole('button', { name: en.listen }));
    const before = speech.cancelled();
    unmount();
    expect(speech.cancelled()).toBe(before + 1);
  });

  it('shows no Listen button in a browser that cannot speak', async () => {
    removeSpeech();
    await question();
    await screen.findByRole('heading', { level: 1, name: 'Where do you live?' });
    expect(screen.queryByRole('button', { name: en.listen })).not.toBeInTheDocument();
  });
});

describe('read aloud on the support page', () => {
  it("reads a signpost card's heading and text, and reading another card stops the first", async () => {
    const user = userEvent.setup();
    const speech = stubSpeech([stubVoice('British English', 'en-GB')]);
    await child(ENGLAND_ANXIETY_SEND);
    await renderScreen(
      <Routes>
        <Route path="support/*" element={<SupportRoutes />} />
      </Routes>,
      { route: '/support' },
    );
    const toggle = await screen.findByRole('button', { name: 'Ask for an EHC needs assessment' });
    const card = toggle.closest('section')!;
    await user.click(toggle);
    const listen = within(card).getByRole('button', { name: `${en.listen} Ask for an EHC needs assessment` });
    await user.click(listen);
    const texts = speech.spoken.map((s) => s.text);
    expect(texts[0]).toBe('Ask for an EHC needs assessment');
    // What the opened card says is what is read.
    const body = card.querySelector('.signpost__body')!;
    const paragraphs = Array.from(body.querySelectorAll('.signpost-article > p:not(.signpost-reviewed)')).filter((p) => !p.querySelector('a'));
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const p of paragraphs) expect(texts).toContain(p.textContent);
    expect(listen).toHaveAccessibleName(`${en.stop} Ask for an EHC needs assessment`);

    const other = screen.getAllByRole('button', { name: new RegExp(`^${en.listen} `) }).find((b) => !card.contains(b))!;
    await user.click(other);
    expect(listen).toHaveAccessibleName(`${en.listen} Ask for an EHC needs assessment`);
    expect(other).toHaveAccessibleName(new RegExp(`^${en.stop} `));
  });
});

describe("read aloud on the family's copy of a letter", () => {
  it('reads the copy (not the letter) in the Welsh voice', async () => {
    const user = userEvent.setup();
    const letters = JSON.parse(readFileSync(join(process.cwd(), 'locales/cy/letters.json'), 'utf8'));
    const speech = stubSpeech([stubVoice('British English', 'en-GB'), stubVoice('Welsh', 'cy-GB')]);
    await child({ nation: 'wales', barriers: ['bullying'] });
    await getStorage().put('settings', { id: 'activeChildId', value: 'c1' });
    await getStorage().updateFamily({ letterLanguage: 'en' });
    await renderScreen(
      <Routes>
        <Route path="/letters/*" element={<LettersRoutes />} />
      </Routes>,
      { route: '/letters/new/bullying', language: 'cy' },
    );
    const copy = await screen.findByRole('region', { name: letters.copy.heading });
    await user.click(within(copy).getByRole('button', { name: new RegExp(`^${cy.listen}`) }));
    const sheet = copy.querySelector('.letter-copy__sheet')!;
    expect(speech.spoken.map((s) => s.text)).toEqual(Array.from(sheet.querySelectorAll('p')).map((p) => p.textContent));
    expect(speech.spoken.every((s) => s.voice === 'Welsh' && s.lang === 'cy-GB')).toBe(true);
  });
});

describe('settings', () => {
  it('lets the family take back their agreement to voices over the internet, and says nothing when there is none', async () => {
    const user = userEvent.setup();
    stubSpeech([stubVoice('Google UK English', 'en-GB', false)]);
    const { unmount } = await renderScreen(<SettingsPage />, { route: '/settings' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: en.settings.heading })).not.toBeInTheDocument();
    unmount();

    // Agreed on a question page.
    const page = await question();
    await user.click(await screen.findByRole('button', { name: en.listen }));
    await user.click(screen.getByRole('button', { name: en.internet.yes }));
    page.unmount();

    await renderScreen(<SettingsPage />, { route: '/settings' });
    expect(await screen.findByRole('heading', { name: en.settings.heading })).toBeInTheDocument();
    expect(screen.getByText(en.settings.agreed)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.settings.withdraw }));
    expect(screen.getByText(en.settings.withdrawn)).toHaveFocus();

    // Asked again on the next question.
    await question();
    await user.click((await screen.findAllByRole('button', { name: en.listen }))[0]!);
    expect(screen.getByRole('button', { name: en.internet.yes })).toBeInTheDocument();
  });
});
