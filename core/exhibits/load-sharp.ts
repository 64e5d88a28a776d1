import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

/** sharp's native library takes a tenth of a second to load, and a bundle made only of PDFs seldom needs it. */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then((module) => {
    module.default.cache(false);
    return module.default;
  });
  return loading;
}
