import type { LetterRecord } from './types';

/** The parts of a letter in reading order, as they are printed, copied and saved. */
export interface LetterLayout {
  senderName: string;
  senderAddress: string;
  /** The date line, already in words (the day it was sent, or today). */
  date: string;
  recipient: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  signOff: string;
}

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

export function layoutOf(letter: LetterRecord, date: string): LetterLayout {
  return {
    senderName: clean(letter.senderName),
    senderAddress: clean(letter.senderAddress),
    date,
    recipient: clean(letter.recipient),
    subject: clean(letter.subject),
    greeting: clean(letter.greeting),
    paragraphs: letter.paragraphs.map(clean).filter(Boolean),
    signOff: clean(letter.signOff),
  };
}

/** Blocks of text, top to bottom; empty parts are left out. */
function blocks(l: LetterLayout): { text: string; bold?: boolean }[] {
  const out: { text: string; bold?: boolean }[] = [];
  const sender = [l.senderName, l.senderAddress].filter(Boolean).join('\n');
  if (sender) out.push({ text: sender });
  out.push({ text: l.date });
  if (l.recipient) out.push({ text: l.recipient });
  if (l.subject) out.push({ text: l.subject, bold: true });
  if (l.greeting) out.push({ text: l.greeting });
  for (const p of l.paragraphs) out.push({ text: p });
  const closing = [l.signOff, l.senderName].filter(Boolean).join('\n');
  if (closing) out.push({ text: closing });
  return out;
}

/** Plain text for copying or sharing: blocks separated by a blank line. */
export function toPlainText(l: LetterLayout): string {
  return blocks(l)
    .map((b) => b.text)
    .join('\n\n');
}

/** Escape text for RTF: \ { } are escaped, line breaks become \line, anything beyond ASCII is \uN?. */
export function escapeRtf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i); // UTF-16 unit: astral characters become two \u escapes, as RTF wants
    if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (ch === '\n') out += '\\line ';
    else if (ch === '\t') out += '\\tab ';
    else if (ch === '\r') continue;
    else if (code < 0x20) continue;
    else if (code > 0x7e) out += `\\u${code > 32767 ? code - 65536 : code}?`;
    else out += ch;
  }
  return out;
}

/** A Rich Text Format file that Word, LibreOffice and Pages open and let the person edit. */
export function toRtf(l: LetterLayout): string {
  const body = blocks(l)
    .map((b) => `{\\pard\\sa240\\sl276\\slmult1 ${b.bold ? '{\\b ' : ''}${escapeRtf(b.text)}${b.bold ? '}' : ''}\\par}`)
    .join('\r\n');
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\fswiss Arial;}}\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\f0\\fs24\r\n${body}\r\n}\r\n`;
}
