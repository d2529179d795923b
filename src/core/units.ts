/**
 * Branded number types that say their unit, so pixels, metres, degrees and milliseconds cannot be
 * mixed by accident (as excalidraw's `Radians` / `Degrees`).
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Pixels = Brand<number, 'px'>;
export type Metres = Brand<number, 'm'>;
export type Degrees = Brand<number, 'deg'>;
export type Radians = Brand<number, 'rad'>;
export type Millis = Brand<number, 'ms'>;
export type Seconds = Brand<number, 's'>;

export const degrees = (rad: number): Degrees => ((rad * 180) / Math.PI) as Degrees;
export const radians = (deg: number): Radians => ((deg * Math.PI) / 180) as Radians;
