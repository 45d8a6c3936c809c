import { describe, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { runJourney } from './support/run';

describe('in Firefox (Gecko, over WebDriver BiDi)', () => {
  it('a family answers, gets first help, keeps a plan through a reload, previews a letter, saves and restores a copy, and reloads offline', async () => {
    await runJourney(launchFirefox, 'firefox');
  });
});
