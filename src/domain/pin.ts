/** A session PIN is kept only as a salted SHA-256 hash, for the idle lock. */
export async function hashPin(pin: string, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${pin}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function makePin(pin: string): Promise<{ salt: string; hash: string }> {
  const salt = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { salt, hash: await hashPin(pin, salt) };
}

export const isPin = (pin: string) => /^\d{4,6}$/.test(pin);
