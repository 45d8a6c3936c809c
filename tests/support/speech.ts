/**
 * A stand-in for the browser's speech (Web Speech API) in jsdom: the voices a device has (now, or
 * only after a `voiceschanged` event, as Chrome loads them), and what was spoken, in which voice and
 * language. `finish()` ends the reading as a voice would.
 */
export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export const stubVoice = (name: string, lang: string, localService = true): StubVoice => ({ name, lang, localService, default: false, voiceURI: name });

interface StubUtterance {
  text: string;
  lang: string;
  voice: StubVoice | null;
  onend: ((e: Event) => void) | null;
  onerror: ((e: Event) => void) | null;
}

export function stubSpeech(voices: StubVoice[], { later = false } = {}) {
  let available: StubVoice[] = later ? [] : voices;
  const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  let queue: StubUtterance[] = [];
  let cancelled = 0;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => available,
    speak: (u: StubUtterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      queue.push(u);
    },
    cancel: () => {
      cancelled++;
      const stopped = queue;
      queue = [];
      stopped.forEach((u) => u.onerror?.(new Event('error')));
    },
  });
  class Utterance implements StubUtterance {
    lang = '';
    voice: StubVoice | null = null;
    onend: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  return {
    spoken,
    /** How many times reading was stopped. */
    cancelled: () => cancelled,
    /** The voices arrive, as Chrome says with `voiceschanged`. */
    loadVoices: () => {
      available = voices;
      synth.dispatchEvent(new Event('voiceschanged'));
    },
    /** The voice reaches the end of everything it was given. */
    finish: () => {
      const done = queue;
      queue = [];
      done.forEach((u) => u.onend?.(new Event('end')));
    },
  };
}

/** A browser with no speech at all. */
export function removeSpeech() {
  const w = window as { speechSynthesis?: unknown; SpeechSynthesisUtterance?: unknown };
  delete w.speechSynthesis;
  delete w.SpeechSynthesisUtterance;
}
