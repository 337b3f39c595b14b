import { describe, expect, it } from 'vitest'
import { hintPosition, keyboardTargets, targetPosition } from '../../../scenes/fibre-id/targets.ts'
import { fanTip, slotAim, tubeWindow, tubeZ } from '../../../scenes/fibre-id/layout.ts'
import { nextHint } from '../../../scenes/fibre-id/model.ts'
import type { FibreIdState } from '../../../scenes/fibre-id/model.ts'
import { fibreIdSim } from './sim.ts'

const FIND = 'fibre-id.practice-find'

const slotTargets = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, kind: 'slot', index: i + 1 }))

/** Fibres of `tube` read off the fan from its first place to its last. */
function fanTargets(state: FibreIdState, tube: number, except: string[] = []) {
  const byPlace = Object.values(state.fibres).filter((fibre) => fibre.tube === tube)
  return Array.from({ length: state.setup.fibresPerTube }, (_, place) =>
    byPlace.find((f) => f.fanIndex === place),
  )
    .filter((fibre) => fibre !== undefined && !except.includes(fibre.id))
    .map((fibre) => ({ id: fibre?.id, kind: 'fibre', index: (fibre?.fanIndex ?? -1) + 1 }))
}

describe('keyboard targets', () => {
  it('closed tubes first, then the slots, before any tube is open', () => {
    const sim = fibreIdSim(FIND)
    expect(keyboardTargets(sim.state)).toEqual([
      ...[1, 2, 3, 4].map((tube) => ({ id: `t${tube}`, kind: 'tube', index: tube })),
      ...slotTargets(12),
    ])
  })

  it('an opened tube leaves the list and its fibres join it, in fan order', () => {
    const sim = fibreIdSim(FIND).openTube(2)
    const fibres = fanTargets(sim.state, 2)
    expect(fibres).toHaveLength(12)
    // The fan is shuffled: fan order is not number order, or this test would prove nothing.
    expect(fibres.map((f) => f.id)).not.toEqual(Array.from({ length: 12 }, (_, i) => `f2.${i + 1}`))
    expect(keyboardTargets(sim.state)).toEqual([
      ...[1, 3, 4].map((tube) => ({ id: `t${tube}`, kind: 'tube', index: tube })),
      ...fibres,
      ...slotTargets(12),
    ])
  })

  it('the fibres of a lower tube come first', () => {
    const sim = fibreIdSim(FIND).openTube(2).openTube(1)
    const ids = keyboardTargets(sim.state).map((t) => t.id)
    expect(ids.slice(0, 2)).toEqual(['t3', 't4'])
    expect(ids.slice(2, 26)).toEqual(
      [...fanTargets(sim.state, 1), ...fanTargets(sim.state, 2)].map((f) => f.id),
    )
  })

  it('a held fibre is not a target; a laid one still is (it can be taken back out)', () => {
    const sim = fibreIdSim(FIND).openTube(2).take(2, 7)
    const held = keyboardTargets(sim.state)
    expect(held.map((t) => t.id)).not.toContain('f2.7')
    expect(held.filter((t) => t.kind === 'fibre')).toEqual(fanTargets(sim.state, 2, ['f2.7']))
    sim.place(7)
    expect(keyboardTargets(sim.state).map((t) => t.id)).toContain('f2.7')
  })
})

describe('target positions', () => {
  it('puts each thing where the layout draws it', () => {
    const sim = fibreIdSim(FIND).openTube(2)
    const { x0, x1 } = tubeWindow()
    expect(targetPosition(sim.state, 't3')).toEqual({ x: (x0 + x1) / 2, z: tubeZ(3, 4) })
    expect(targetPosition(sim.state, 's7')).toEqual(slotAim(7))
    const fibre = sim.state.fibres['f2.7']
    expect(targetPosition(sim.state, 'f2.7')).toEqual(fanTip(fibre?.fanIndex ?? -1, 12))
    expect(targetPosition(sim.state, 's13')).toBeNull()
    expect(targetPosition(sim.state, 't5')).toBeNull()
    expect(targetPosition(sim.state, 'x1')).toBeNull()
  })

  it('a put-back hint points at the fibre’s place in the fan', () => {
    const sim = fibreIdSim(FIND).openTube(2).take(2, 3)
    const hint = nextHint(sim.state)
    expect(hint).toEqual({ kind: 'put-back', fibre: 'f2.3' })
    if (hint)
      expect(hintPosition(sim.state, hint)).toEqual(fanTip(sim.state.fibres['f2.3']?.fanIndex ?? -1, 12))
  })
})
