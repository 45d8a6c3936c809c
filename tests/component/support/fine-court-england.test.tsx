import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import SupportRoutes from '../../../src/features/support/SupportRoutes';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

/**
 * England's fine card (issue 22, item 9): a court summons needs free legal advice at once; support
 * comes first where it is appropriate (not always); the usual first warning, a "Notice to Improve",
 * is named; and a second notice within 3 years is £160 straight away.
 */
async function show(answers: Answers) {
  await getStorage().put('children', {
    id: 'c1', displayName: '', createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z', answers, kept: [],
  });
  renderScreen(
    <Routes>
      <Route path="support/*" element={<SupportRoutes />} />
    </Routes>,
    { route: '/support' },
  );
  return screen.findByRole('region', { name: 'A letter about a fine or court' });
}

const COURT = /court summons.*free legal advice at once.*solicitor.*legal aid/;

beforeEach(async () => {
  await freshStorage();
});

describe('the fine card in England', () => {
  it('tells a family facing court to get free legal advice at once, names the Notice to Improve, and says support comes first where appropriate', async () => {
    const card = await show({ nation: 'england', role: 'parent', barriers: ['anxiety'], 'attendance-action': ['prosecution'] });
    expect(card).toHaveTextContent(COURT);
    expect(card).toHaveTextContent('The usual first warning is a letter called a “Notice to Improve”.');
    expect(card).toHaveTextContent('A second fine for the same child within 3 years is £160 straight away.');
    expect(card).toHaveTextContent('Support comes first where it is appropriate');
    expect(card.textContent).not.toMatch(/must offer support/);
  });

  it('says the same about court when the family has a letter warning about a fine or court', async () => {
    const card = await show({ nation: 'england', role: 'parent', barriers: ['anxiety'], urgent: ['fine-or-court'] });
    expect(card).toHaveTextContent(COURT);
  });

  it('does not talk about court when the letter is only a fine warning', async () => {
    const card = await show({ nation: 'england', role: 'parent', barriers: ['anxiety'], 'attendance-action': ['fine-warning'] });
    expect(card).toHaveTextContent('Notice to Improve');
    expect(card.textContent).not.toMatch(/summons|solicitor/);
  });

  it('keeps England’s court and warning-letter words out of Wales', async () => {
    const card = await show({ nation: 'wales', role: 'parent', barriers: ['anxiety'], 'attendance-action': ['prosecution'] });
    expect(card).toHaveTextContent('£60');
    expect(card.textContent).not.toMatch(/Notice to Improve|solicitor/);
  });
});

describe('support first, where appropriate, in England’s words', () => {
  it('never says support must always come first, and the fines signpost names the warning letter (court is only for families who say so)', () => {
    const en = (ns: string) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as Record<string, Record<string, Record<string, string>>>;
    const all = ['support', 'plan', 'letters'].map((ns) => readFileSync(`locales/en/${ns}.json`, 'utf8')).join('\n');
    expect(all).not.toMatch(/must offer support|Support should always be offered first/);
    const fines = en('support')['signposts']!['penalty-notices-england']!['rights']!;
    expect(fines).toContain('where it is appropriate');
    expect(fines).toContain('Notice to Improve');
    expect(fines).toContain('£160 straight away');
    expect(fines).not.toMatch(/court/i);
    expect(en('plan')['rights']!['support-first']).toMatch(/^Where it is appropriate/);
  });
});
