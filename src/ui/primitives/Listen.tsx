import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../i18n/languages';
import { chooseVoice } from './chooseVoice';
import { canSpeak, loadVoices, speak, stopReading, useInternetVoicesAgreed, setInternetVoicesAgreed, useReading } from './speech';

/**
 * "Listen": reads a text aloud with the device's own voice for its language. Where the device has
 * no voice for it, the button says so rather than reading in another language's voice; where its
 * only voice works over the internet, it asks first (the words would leave the device). The button
 * becomes "Stop reading" while it reads; another Listen button, or leaving the page, stops it.
 *
 * In a browser with no speech at all, nothing is shown: a button on every question that could only
 * say "not available" would be one more thing to read and nothing the family could change here,
 * while a missing voice (below) is something they can add.
 *
 * `text` gives the parts to read (the voice pauses between them), asked for when the button is
 * pressed; `lang` is their language (the page's by default); `about` names what is read, for
 * screen readers, where a page has several buttons.
 */
export function Listen({ text, lang, about }: { text: () => string[]; lang?: string; about?: string }) {
  const { t, i18n } = useTranslation('notices');
  const [supported] = useState(canSpeak);
  const id = useId();
  const reading = useReading(id);
  const agreed = useInternetVoicesAgreed();
  const [message, setMessage] = useState('');
  const [asking, setAsking] = useState<SpeechSynthesisVoice | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const backToButton = useRef(false);
  const language = lang ?? i18n.language;
  const languageName = languageOf(language)?.name ?? language;

  // Leaving the page (or this text going) stops the reading.
  useEffect(() => () => stopReading(id), [id]);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (backToButton.current) {
      backToButton.current = false;
      button.current?.focus();
    }
  }, [asking]);

  if (!supported) return null;
  const label = reading ? t('listen.stop') : t('listen.listen');

  const listen = async () => {
    if (reading) return stopReading(id);
    setMessage('');
    const choice = chooseVoice(await loadVoices(), language);
    if (choice.kind === 'none') return setMessage(t('listen.noVoice', { language: languageName }));
    if (choice.kind === 'network' && !agreed) return setAsking(choice.voice);
    speak(id, text(), choice.voice);
  };
  const answer = (yes: boolean) => {
    const voice = asking;
    backToButton.current = true;
    setAsking(null);
    if (yes && voice) {
      setInternetVoicesAgreed(true);
      speak(id, text(), voice);
    }
  };

  return (
    <div className="listen no-print">
      {asking ? (
        <div className="panel listen__ask" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`} ref={question} tabIndex={-1}>
            {t('listen.internet.question', { language: languageName })}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => answer(true)}>
              {t('listen.internet.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => answer(false)}>
              {t('listen.internet.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={button}
          type="button"
          className="button button--secondary listen__button"
          // The name says what is read (several cards have one each), starting with the words on it.
          aria-label={about ? `${label} ${about}` : undefined}
          onClick={() => void listen()}
        >
          {label}
        </button>
      )}
      <p className="listen__message" role="status">
        {message}
      </p>
    </div>
  );
}
