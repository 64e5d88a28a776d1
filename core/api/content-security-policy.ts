/**
 * The renderer's policy: nothing from anywhere but the page's own origin. One string for the desktop window
 * (electron/main.ts), the web bridge's responses and, without `frame-ancestors`, the HTML meta tag.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
