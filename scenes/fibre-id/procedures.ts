/**
 * Reference procedures of "Repérage des fibres" (data, versioned). Step ids: CP-07 from
 * docs/reference/domain-procedures.md §1 ("identify tubes by colour, then … slide off each loose
 * tube"); FI-nn are this scene's own (one per fibre laid into its organiser position).
 * A changed weight, tolerance or message needs a new version: attempts keep the version they were made with.
 */
import { DEFAULT_WEIGHTS } from '../../src/engine/weights.ts'
import type { ErrorDef, ParamSpec, Procedure } from '../../src/engine/schema.ts'
import { ERR, FIND_STEP, OPEN_TUBE_STEP, layStepId } from './model.ts'

const ERRORS: ErrorDef[] = [
  {
    id: ERR.wrongTube,
    level: 'error',
    penalty: 0.3,
    // Opening a tube cannot be undone.
    recoveredPenalty: 0.3,
    message: {
      fr: 'Tube {{tube}} ouvert : ce n’est pas le tube indiqué sur l’ordre de travail.',
      en: 'Tube {{tube}} opened: not the tube on the work order.',
    },
    consequence: {
      fr: 'Les fibres de ce tube servent d’autres clients : les exposer, c’est risquer de couper leur service.',
      en: 'That tube’s fibres serve other customers: exposing them risks cutting their service.',
    },
  },
  {
    id: ERR.wrongSlot,
    level: 'error',
    penalty: 0.2,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Fibre {{fibre}} rangée en position {{slot}} : sa place est la position {{fibre}}.',
      en: 'Fibre {{fibre}} laid in position {{slot}}: its place is position {{fibre}}.',
    },
    consequence: {
      fr: 'Elle sera soudée sur le mauvais client : un abonné reste sans service, un autre reçoit sa ligne.',
      en: 'It will be spliced to the wrong customer: one subscriber gets no service, another gets their line.',
    },
  },
  {
    id: ERR.wrongFibre,
    level: 'error',
    penalty: 0.3,
    recoveredPenalty: 0.1,
    message: {
      fr: 'Fibre {{fibre}} du tube {{tube}} rangée en position {{slot}} : ce n’est pas la fibre demandée.',
      en: 'Fibre {{fibre}} of tube {{tube}} laid in position {{slot}}: not the fibre on the work order.',
    },
    consequence: {
      fr: 'Le client de l’ordre de travail n’est pas raccordé, et la fibre d’un autre client est déplacée ou coupée.',
      en: 'The work-order customer is not connected, and another customer’s fibre is moved or cut.',
    },
  },
  {
    id: ERR.dropped,
    level: 'warning',
    penalty: 0.05,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Fibre {{fibre}} lâchée hors de la cassette.',
      en: 'Fibre {{fibre}} dropped outside the organiser.',
    },
    consequence: {
      fr: 'Une fibre qui tombe se plie trop fort ou se salit : micro-courbure, affaiblissement, voire casse.',
      en: 'A dropped fibre bends too tightly or gets dirty: microbending, loss, even a break.',
    },
  },
]

/**
 * How far the fibre lies from the centre of its slot when released. A fibre not pressed into the
 * middle of its groove rides up and is pinched when the organiser is closed.
 */
const SEATING: ParamSpec = {
  id: 'offsetMm',
  unit: 'mm',
  target: 0,
  tol: 3,
  limit: 9,
  weight: 1,
  label: { fr: 'écart au centre du logement', en: 'offset from the slot centre' },
  why: {
    fr: 'Fibre mal engagée dans son logement : elle se pince à la fermeture (affaiblissement, casse).',
    en: 'Fibre not seated in its slot: it gets pinched when the organiser is closed (loss, break).',
  },
}

function layAll(fibres: 12 | 24): Procedure {
  const numbers = Array.from({ length: fibres }, (_, i) => i + 1)
  return {
    id: `fibre-id.lay-all-${fibres}`,
    version: '1.0.0',
    scene: 'fibre-id',
    title: {
      fr: `Ranger les ${fibres} fibres d’un tube dans l’ordre du code`,
      en: `Lay the ${fibres} fibres of a tube in code order`,
    },
    steps: numbers.map((n) => ({
      id: layStepId(n),
      weight: 1,
      required: true,
      label: { fr: `Fibre ${n} en position ${n}`, en: `Fibre ${n} in position ${n}` },
      params: [SEATING],
    })),
    // The work order asks for the code order: each fibre after the one before it.
    precedence: numbers.slice(1).map((n) => [layStepId(n - 1), layStepId(n)] as [string, string]),
    errors: ERRORS,
    // Reference and cut-off times [I]: a trainer's own run takes about 6 s per fibre.
    time: { refS: fibres * 8, maxS: fibres * 30 },
    // One take and one place per fibre.
    minActions: fibres * 2,
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

const FIND: Procedure = {
  id: 'fibre-id.find',
  version: '1.0.0',
  scene: 'fibre-id',
  title: { fr: 'Trouver la fibre de l’ordre de travail', en: 'Find the work-order fibre' },
  steps: [
    {
      id: OPEN_TUBE_STEP,
      weight: 1,
      required: true,
      label: { fr: 'Ouvrir le tube de l’ordre de travail', en: 'Open the work-order tube' },
    },
    {
      id: FIND_STEP,
      weight: 2,
      required: true,
      label: { fr: 'Ranger la fibre demandée à sa position', en: 'Lay the requested fibre in its position' },
      params: [SEATING],
    },
  ],
  precedence: [[OPEN_TUBE_STEP, FIND_STEP]],
  errors: ERRORS,
  time: { refS: 30, maxS: 180 },
  // Open the tube, take the fibre, place it.
  minActions: 3,
  passMark: 0.75,
  weights: DEFAULT_WEIGHTS,
  hintPenalty: 0.05,
}

export const FIBRE_ID_PROCEDURES: Procedure[] = [layAll(12), layAll(24), FIND]
