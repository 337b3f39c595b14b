/**
 * What the street cabinet's View and its keyboard overlay share beyond the kit's scene ui: the tool in
 * hand (bare hand, eyes up close, the phone's camera), the text typed on the label printer, a printed
 * label held, and the guides a cord has been led through by the keyboard. Changes per action, never
 * per frame; only finished gestures enter the log.
 */
import { createStore } from 'zustand/vanilla'
import type { GuideId, PortId } from '../layout.ts'

export type PmTool = 'hand' | 'look' | 'phone'

export type PmUiState = {
  tool: PmTool
  typed: string
  /** The label printer's keyboard is open (the text field has the focus). */
  typing: boolean
  labelInHand: string | null
  /** Guides the free end has been led through, in order, before it is plugged. */
  via: GuideId[]
  /** Where the free end was brought after a route (it rests there until it is pushed in). */
  routedTo: PortId | null
}

const INITIAL: PmUiState = {
  tool: 'hand',
  typed: '',
  typing: false,
  labelInHand: null,
  via: [],
  routedTo: null,
}

export const pmUi = createStore<PmUiState>(() => INITIAL)

/** A new attempt starts with empty hands. */
export const resetPmUi = () => pmUi.setState(INITIAL, true)
