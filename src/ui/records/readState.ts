import { useRef } from 'react';
import type { Read } from '../../storage/react';

/**
 * A read behind a form a person is typing in: once it has been read, a later read that fails (the
 * record was saved again, here or in another tab, and reading it back failed) keeps what was read
 * rather than swapping the form for "could not read" and losing what was typed. A read that fails
 * before anything was read still fails. `key` names what is read: a new key starts afresh.
 */
export function useSteadyRead<T>(read: Read<T>, key: string): Read<T> {
  const last = useRef<{ key: string; read: Extract<Read<T>, { status: 'ready' }> } | undefined>(undefined);
  if (read.status === 'ready') last.current = { key, read };
  if (read.status === 'failed' && last.current?.key === key) return last.current.read;
  return read;
}

