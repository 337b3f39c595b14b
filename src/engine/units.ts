/**
 * Branded unit types (the excalidraw pattern): a plain number at run time, but the compiler refuses to
 * mix millimetres with degrees or decibels. Build them with the constructors below at the boundary
 * where a raw number gets its meaning (a measured gesture parameter, an exercise threshold).
 */
export type Mm = number & { readonly _brand: 'mm' }
export type Degrees = number & { readonly _brand: 'deg' }
export type Db = number & { readonly _brand: 'dB' }
export type Dbm = number & { readonly _brand: 'dBm' }
export type Seconds = number & { readonly _brand: 's' }
export type Ms = number & { readonly _brand: 'ms' }

export const mm = (value: number): Mm => value as Mm
export const degrees = (value: number): Degrees => value as Degrees
export const db = (value: number): Db => value as Db
export const dbm = (value: number): Dbm => value as Dbm
export const seconds = (value: number): Seconds => value as Seconds
export const ms = (value: number): Ms => value as Ms

export const msToSeconds = (value: Ms): Seconds => seconds(value / 1000)

/** Unit names as they appear in procedure files; the scorer prints them beside measured values. */
export const UNITS = ['mm', 'm', 'deg', 'dB', 'dBm', 'N', 's', '%', 'count'] as const
export type Unit = (typeof UNITS)[number]
