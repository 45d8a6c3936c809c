/**
 * A prerendered page's boot script (scripts/prerender.mjs) holds a tap on a button made before the
 * app has taken over that part of the page, because React would drop it. This stops the holding and
 * hands back the button tapped (if any, and still on the page). Called once the screen is hydrated,
 * or when it has crashed (the tap is then forgotten, and the recovery page answers at once).
 */
export function takeHeldTap(): HTMLElement | undefined {
  return (window as { __bnStarted?: () => HTMLElement | undefined }).__bnStarted?.();
}
