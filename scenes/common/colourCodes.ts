/**
 * Fibre and tube colour codes, as data. Sources: docs/reference/domain-procedures.md §5a–5b
 * (ACOME catalogue "Code France Télécom" vs "Code FOTAG"; TIA-598-C). Positions 13–24 repeat
 * 1–12 with a black ring (IEC/Datwyler sheet; TIA-598-C uses a stripe, black gets a yellow one).
 */
import type { LocalText } from '../../src/engine/schema.ts'

export type FibreColour = {
  id: string
  name: LocalText
  /** Display colour of the coating (sRGB hex), chosen to read well under the scene's light. */
  hex: string
}

const COLOURS: Record<string, FibreColour> = {
  rouge: { id: 'rouge', name: { fr: 'rouge', en: 'red' }, hex: '#d7262b' },
  bleu: { id: 'bleu', name: { fr: 'bleu', en: 'blue' }, hex: '#1f5fd1' },
  vert: { id: 'vert', name: { fr: 'vert', en: 'green' }, hex: '#1f9a3a' },
  jaune: { id: 'jaune', name: { fr: 'jaune', en: 'yellow' }, hex: '#f2cf1d' },
  violet: { id: 'violet', name: { fr: 'violet', en: 'violet' }, hex: '#7a3fb8' },
  blanc: { id: 'blanc', name: { fr: 'blanc', en: 'white' }, hex: '#f4f4ef' },
  orange: { id: 'orange', name: { fr: 'orange', en: 'orange' }, hex: '#f07c12' },
  gris: { id: 'gris', name: { fr: 'gris', en: 'grey' }, hex: '#8c9196' },
  marron: { id: 'marron', name: { fr: 'marron', en: 'brown' }, hex: '#7a4a24' },
  noir: { id: 'noir', name: { fr: 'noir', en: 'black' }, hex: '#1d1d1f' },
  turquoise: { id: 'turquoise', name: { fr: 'turquoise', en: 'turquoise' }, hex: '#19b3b1' },
  rose: { id: 'rose', name: { fr: 'rose', en: 'pink' }, hex: '#f28dbb' },
}

export const COLOUR_CODES = {
  /** French operator order ("code France Télécom / Orange"), used in French FTTH. */
  'fr-operator': [
    'rouge',
    'bleu',
    'vert',
    'jaune',
    'violet',
    'blanc',
    'orange',
    'gris',
    'marron',
    'noir',
    'turquoise',
    'rose',
  ],
  /** FOTAG, close to TIA-598-C (which calls position 12 "aqua"). */
  fotag: [
    'bleu',
    'orange',
    'vert',
    'marron',
    'gris',
    'blanc',
    'rouge',
    'noir',
    'jaune',
    'violet',
    'rose',
    'turquoise',
  ],
} as const satisfies Record<string, readonly string[]>

export type ColourCodeId = keyof typeof COLOUR_CODES
export const COLOUR_CODE_IDS = Object.keys(COLOUR_CODES) as ColourCodeId[]

export const COLOUR_CODE_NAMES: Record<ColourCodeId, LocalText> = {
  'fr-operator': { fr: 'code opérateur français', en: 'French operator code' },
  fotag: { fr: 'code FOTAG / TIA-598', en: 'FOTAG / TIA-598 code' },
}

export type CodePosition = { colour: FibreColour; ringed: boolean }

/** Colour and ring mark of position `number` (from 1) in the given code. */
export function codePosition(code: ColourCodeId, number: number): CodePosition {
  const list = COLOUR_CODES[code]
  const colourId = list[(number - 1) % list.length] as string
  return { colour: COLOURS[colourId] as FibreColour, ringed: number > list.length }
}
