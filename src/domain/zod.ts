import { z } from 'zod';

/*
 * zod, set up once for the whole app. Every module that builds or uses a schema imports `z` from
 * here, never from 'zod' directly, so this runs first, on the page and in any worker.
 *
 * jitless: zod would otherwise probe whether it may compile a faster checker with `new Function`.
 * Our Content-Security-Policy (script-src 'self') rightly blocks that, and every browser then
 * reports a violation each time a file is checked. Without the probe, a violation means something
 * real (a script that should not be there), and stands out.
 */
z.config({ jitless: true });

export { z };
