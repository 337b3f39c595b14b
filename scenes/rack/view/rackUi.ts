/**
 * What the rack's View and its keyboard overlay share beyond the kit's scene ui: the small part in the
 * hand (a cage nut, a blanking panel, a rail), a cable or power cord whose first end is taken, the feet
 * already turned down, the switch's turn while it is held, the label printer's text and a printed label
 * held. Changes per action, never per frame; only finished gestures enter the log.
 */
import { createStore } from 'zustand/vanilla'
import type { Side } from '../layout.ts'

export type RackUiState = {
  inHand: 'nut' | 'blank' | { rail: Side } | null
  /** A patch cable or a power cord with its first end taken: a port or a PSU inlet. */
  cableFrom: string | null
  /** Levelling feet turned down so far (the gesture enters the log with the fourth). */
  feetDown: number[]
  /** The held switch's ports face the front or the rear (turned before it is offered to the rack). */
  facing: 'front' | 'rear'
  typed: string
  typing: boolean
  labelInHand: string | null
}

const INITIAL: RackUiState = {
  inHand: null,
  cableFrom: null,
  feetDown: [],
  facing: 'front',
  typed: '',
  typing: false,
  labelInHand: null,
}

export const rackUi = createStore<RackUiState>(() => INITIAL)

/** A new attempt starts with empty hands. */
export const resetRackUi = () => rackUi.setState(INITIAL, true)
