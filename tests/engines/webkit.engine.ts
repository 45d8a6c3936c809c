import { describe, it } from 'vitest';
import { launchWebKit } from './support/webkit';
import { runJourney } from './support/run';

describe('in WebKit (the engine of Safari, WebKitGTK over WebDriver)', () => {
  it('a family answers, gets first help, keeps a plan through a reload, previews a letter, saves and restores a copy, and reloads offline', async () => {
    await runJourney(launchWebKit, 'webkit');
  });
});
