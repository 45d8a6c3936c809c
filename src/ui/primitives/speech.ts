import { useSyncExternalStore } from 'react';

/**
 * The device's speech voices (Web Speech API), for the "Listen" buttons: whether there are any,
 * waiting for voices the browser loads later, the family's agreement to voices that work over the
 * internet (kept on this device only), and the one text being read at a time.
 */

/** Whether this browser can read aloud at all. */
export const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';

/** How long to wait for voices a browser loads after the page: one with none at all may never say so. */
const VOICES_WAIT_MS = 2000;

/** The device's voices; browsers that load them after the page starts say so with `voiceschanged`. */
export function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    synth.addEventListener('voiceschanged', done);
    const timer = setTimeout(done, VOICES_WAIT_MS);
  });
}

// The family's agreement to voices that send the words to the voice's provider, kept on this device.
const AGREED_KEY = 'bn.internetVoices';
/** Set when the browser would not store the answer: then it lasts until the tab closes. */
let inMemory: boolean | undefined;
const agreementListeners = new Set<() => void>();

function readAgreement(): boolean {
  if (inMemory !== undefined) return inMemory;
  try {
    return localStorage.getItem(AGREED_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Remember (or withdraw) the family's agreement to voices that work over the internet, on this device. */
export function setInternetVoicesAgreed(agreed: boolean) {
  try {
    if (agreed) localStorage.setItem(AGREED_KEY, 'yes');
    else localStorage.removeItem(AGREED_KEY);
    inMemory = undefined;
  } catch {
    // Storage blocked or full: kept for this tab only, and withdrawn for it all the same.
    inMemory = agreed;
  }
  agreementListeners.forEach((l) => l());
}

const subscribeAgreement = (listener: () => void) => {
  agreementListeners.add(listener);
  return () => agreementListeners.delete(listener);
};

/** Whether the family has agreed to voices that work over the internet on this device. */
export const useInternetVoicesAgreed = () => useSyncExternalStore(subscribeAgreement, readAgreement, () => false);

// The one text being read: reading another stops it.
let reading: { id: string; token: number } | null = null;
let tokens = 0;
const readingListeners = new Set<() => void>();
const setReading = (next: typeof reading) => {
  reading = next;
  readingListeners.forEach((l) => l());
};
const subscribeReading = (listener: () => void) => {
  readingListeners.add(listener);
  return () => readingListeners.delete(listener);
};

/** Whether the button `id` is reading now. */
export const useReading = (id: string) => useSyncExternalStore(subscribeReading, () => reading?.id === id, () => false);

/**
 * Reads `parts` (a paragraph each, so the voice pauses between them) in `voice`, stopping whatever
 * was being read. The utterances carry the voice's own language, so the device never reads them as
 * another language.
 */
export function speak(id: string, parts: string[], voice: SpeechSynthesisVoice) {
  const synth = window.speechSynthesis;
  synth.cancel();
  const token = ++tokens;
  setReading({ id, token });
  const finished = () => {
    if (reading?.token === token) setReading(null);
  };
  const texts = parts.map((p) => p.trim()).filter(Boolean);
  if (texts.length === 0) return finished();
  texts.forEach((text, i) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onerror = finished;
    if (i === texts.length - 1) utterance.onend = finished;
    synth.speak(utterance);
  });
}

/** Stops reading if the button `id` is the one reading. */
export function stopReading(id: string) {
  if (reading?.id !== id) return;
  setReading(null);
  window.speechSynthesis?.cancel();
}
