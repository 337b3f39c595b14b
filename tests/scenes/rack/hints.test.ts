import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERR, expectedLabel, hintMessage, progress } from '../../../scenes/rack/index.ts'
import type { Hint } from '../../../scenes/rack/progress.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import { player as playerEn } from '../../../src/i18n/en/player.ts'
import { player as playerFr } from '../../../src/i18n/fr/player.ts'
import { messages } from '../../../src/i18n/scenes/rack.ts'
import { rack as rackEn } from '../../../src/i18n/scenes/rack.en.ts'
import { rack as rackFr } from '../../../src/i18n/scenes/rack.fr.ts'
import { placeholders } from './findings.ts'
import { rackSim } from './sim.ts'
import type { RackSim } from './sim.ts'

const GUIDED = 'rack.guided'
const HEAVY_TOP = 'rack.heavy-top'
const EVALUATION = 'rack.evaluation'
const IDS = [GUIDED, HEAVY_TOP, EVALUATION]

const graded = (id = GUIDED) => rackSim(id, { mode: 'evaluation' })
const keyOf = (sim: RackSim) => hintMessage(sim.state).key.replace(/^rack\.hints\./, '')

/** Every hint shown in these tests, to check its words afterwards. */
const SHOWN: Hint[] = []

/**
 * Follows the hints until they say 'finish', then finishes; a bound turns a hint loop into a failure
 * instead of a hang, and a refused gesture is a wrong hint. `ask` adds a 'hint' gesture before each.
 */
function followToTheEnd(sim: RackSim, { ask = false, bound = 80 } = {}): string[] {
  const keys: string[] = []
  while (keyOf(sim) !== 'finish') {
    if (keys.length >= bound) throw new Error(`no end after ${bound} hints: ${keys.slice(-8).join(', ')}`)
    SHOWN.push(hintMessage(sim.state))
    keys.push(keyOf(sim))
    if (ask) sim.hint()
    sim.followHint()
    const refused = sim.lastOutcomes.find((o) => o.kind === 'rejected')
    if (refused) throw new Error(`the hint '${keys.at(-1)}' was refused: ${JSON.stringify(refused)}`)
  }
  SHOWN.push(hintMessage(sim.state))
  sim.finish()
  return keys
}

/** Catalogue errors raised and never put right. */
function standing(outcomes: readonly Outcome[]): string[] {
  const last = new Map<string, 'raised' | 'recovered'>()
  for (const o of outcomes) {
    if (o.kind === 'error') last.set(`${o.error} ${o.ref ?? ''}`, 'raised')
    if (o.kind === 'recovered') last.set(`${o.error} ${o.ref ?? ''}`, 'recovered')
  }
  return [...last].filter(([, state]) => state === 'raised').map(([key]) => key.split(' ')[0]!)
}

describe('following the hints from a fresh attempt', () => {
  it.each(IDS)(
    '%s: the hints alone lead to a run that scores 1 with no error, in the procedure’s minimum of gestures',
    (id) => {
      const sim = graded(id)
      let done = progress(sim.state).done
      const keys: string[] = []
      while (keyOf(sim) !== 'finish') {
        expect(keys.length, keys.slice(-8).join(', ')).toBeLessThan(80)
        keys.push(keyOf(sim))
        SHOWN.push(hintMessage(sim.state))
        sim.followHint()
        const refused = sim.lastOutcomes.find((o) => o.kind === 'rejected')
        expect(refused, `hint '${keys.at(-1)}'`).toBeUndefined()
        // Progress never goes back along the way.
        const now = progress(sim.state).done
        expect(now).toBeGreaterThanOrEqual(done)
        done = now
      }
      sim.finish()
      expect(keys.slice(0, 2)).toEqual(['feet', 'stabiliser'])
      expect(keys.includes('flag')).toBe(id === HEAVY_TOP)
      expect(keys.at(-1)).toBe('record')
      sim.expectNoErrors()
      const report = sim.report()
      expect(report.findings).toEqual([])
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      expect(done).toBe(progress(sim.state).total)
    },
  )

  it('the heavy plan: the hint asks for the flag before anything is mounted, and the rest follows the corrected plan', () => {
    const sim = graded(HEAVY_TOP).lowerFeet().fitStabiliser()
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.flag',
      values: { device: 'SRV-WEB-01', u: 38 },
    })
    followToTheEnd(sim)
    expect(sim.state.devices.srv!.bottomU).toBe(3)
    expect(sim.report().success).toBe(true)
  })

  it('guided mode: a hint before every gesture is free, the run scores 1', () => {
    const sim = rackSim(GUIDED)
    const keys = followToTheEnd(sim, { ask: true })
    const report = sim.report()
    expect(report.graded).toBe(false)
    expect(report.hintsUsed).toBe(keys.length)
    expect(report.score).toBeCloseTo(1, 12)
    expect(report.success).toBe(true)
  })

  it('practice mode: each hint asked costs the procedure’s hint penalty, so asking for every one does not pass', () => {
    const sim = rackSim(HEAVY_TOP, { mode: 'practice' })
    const keys = followToTheEnd(sim, { ask: true })
    const report = sim.report()
    const { hintPenalty, passMark } = sim.procedureData
    expect(report.hintsUsed).toBe(keys.length)
    expect(report.score).toBeCloseTo(Math.max(0, 1 - hintPenalty * keys.length), 12)
    expect(keys.length * hintPenalty).toBeGreaterThan(1 - passMark)
    expect(report.success).toBe(false)
  })

  it.each([
    [12, true],
    [13, false],
  ])('practice mode: %s hints asked, the rest done from memory: passes = %s', (asked, passes) => {
    const sim = rackSim(HEAVY_TOP, { mode: 'practice' })
    for (let i = 0; i < asked; i++) sim.hint().followHint()
    followToTheEnd(sim)
    const report = sim.report()
    expect(report.hintsUsed).toBe(asked)
    expect(report.score).toBeCloseTo(1 - asked * sim.procedureData.hintPenalty, 12)
    expect(report.success).toBe(passes)
  })
})

describe('hints after a mistake lead to putting it right', () => {
  it('a cage nut one hole off: the hint says to take it out, which recovers RK-E04', () => {
    const sim = graded().prepare().nut('fl:3.2')
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.remove-nut',
      values: { u: 3 },
      target: 'hole-fl:3.2',
    })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.wrongHole, ref: 'hole-fl:3.2' })
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('a cage nut from the front: the hint says to take it out, then to put it in from the inside', () => {
    const sim = graded().prepare().nut('fr:4.3', 'front')
    expect(keyOf(sim)).toBe('remove-nut')
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.frontNut, ref: 'front-fr:4.3' })
    const keys = followToTheEnd(sim)
    expect(keys.filter((k) => k === 'nut')).toHaveLength(4)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('the right rail a hole high: the hint says to take it off, then to fit it level', () => {
    const sim = graded().prepare().nutsFor('srv').rail('left', '3.2').rail('right', '3.3')
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.remove-rail',
      values: { side: 'right' },
      target: 'rail-right',
    })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.notLevel, ref: 'level' })
    expect(keyOf(sim)).toBe('rail-right')
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('a server short of the click: the hint says to push it home, which recovers RK-E14', () => {
    const sim = graded()
      .prepare()
      .nutsFor('srv')
      .railsFor('srv')
      .callColleague()
      .checkAirflow('srv')
      .lift('srv')
    sim.slideIn('srv', 5)
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.push',
      values: { device: 'SRV-WEB-01' },
      target: 'device-srv',
    })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.notLatched, ref: 'latch-srv' })
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it.each([
    ['on the panel port next to the planned one', 'srv:nic1', 'pp:r5'],
    ['from the server’s second NIC', 'srv:nic2', 'pp:r4'],
  ])('a cord %s: the hint says to unplug it first, then to patch per the schedule', (_, a, b) => {
    const sim = graded().prepare().mountAll().blankZone().powerAll().connect(a, b)
    expect(hintMessage(sim.state)).toEqual({ key: 'rack.hints.disconnect', target: 'cord-C1' })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.wrongPort, ref: 'cord-C1' })
    expect(keyOf(sim)).toBe('patch')
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('a server mounted one U high: the hints say unscrew, slide out, move the rails, and it ends passing', () => {
    const sim = graded().prepare().nutsFor('srv').rail('left', '4.2').rail('right', '4.2')
    sim.callColleague().checkAirflow('srv').lift('srv').slideIn('srv')
    expect(sim.errors(ERR.wrongU)).toHaveLength(1)
    const keys = followToTheEnd(sim)
    expect(keys.slice(0, 5)).toEqual(['slide-out', 'remove-rail', 'rail-left', 'remove-rail', 'rail-right'])
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('a switch turned the wrong way and screwed: the hints say unscrew, slide out, and it goes back the right way', () => {
    const sim = graded(EVALUATION).prepare().mountAll()
    sim
      .unscrew('sw', 'left')
      .unscrew('sw', 'right')
      .slideOut('sw')
      .place('sw', 38, 'rear')
      .screw('sw', 'left')
    expect(sim.errors(ERR.airflow)).toHaveLength(1)
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.unscrew',
      values: { device: 'SW-C03-01' },
      target: 'ear-sw-left',
    })
    const keys = followToTheEnd(sim)
    expect(keys.slice(0, 3)).toEqual(['unscrew', 'slide-out', 'place'])
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('both PSUs on PDU A: the hint says to move PSU2, which recovers RK-E09', () => {
    const sim = graded().prepare().mountAll().blankZone().power('srv:psu1', 'A:03').power('srv:psu2', 'A:04')
    expect(hintMessage(sim.state)).toEqual({
      key: 'rack.hints.feed',
      values: { device: 'SRV-WEB-01' },
      target: 'psu-srv:psu2',
    })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.samePdu, ref: 'feed-srv' })
    expect(hintMessage(sim.state)).toMatchObject({ key: 'rack.hints.power', values: { psu: 2, pdu: 'B' } })
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
  })

  it('the hints pick up a job done in another order (patched before powering, labels at end b first)', () => {
    const sim = graded(EVALUATION).prepare().mountAll().patchAll()
    const cable = sim.setup.cables[0]!
    const cord = sim.state.cords.find((c) => c.id === 'C1')!
    sim.print(expectedLabel(sim.state, cable.id, cord.b === cable.a ? 'a' : 'b')).label('C1', 'b')
    followToTheEnd(sim)
    sim.expectNoErrors()
    expect(sim.report().success).toBe(true)
  })
})

describe('the words of the hints and the refusals', () => {
  const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

  /** Every hint key progress.ts can give, read from its source. */
  const hintKeys = () => {
    const text = source('../../../scenes/rack/progress.ts')
    const keys = new Set([...text.matchAll(/'rack\.hints\.([a-z-]+)'/g)].map((m) => m[1]!))
    // `rack.hints.rail-${side}`
    expect(text).toContain('`rack.hints.rail-${side}`')
    for (const side of ['left', 'right']) keys.add(`rail-${side}`)
    return keys
  }

  it('every hint key progress.ts gives exists in French and English, and none is left unused', () => {
    const keys = [...hintKeys()].sort()
    expect(keys.length).toBeGreaterThan(20)
    expect(Object.keys(rackFr.hints).sort()).toEqual(keys)
    expect(Object.keys(rackEn.hints).sort()).toEqual(keys)
    for (const key of keys) {
      const fr = rackFr.hints[key as keyof typeof rackFr.hints]
      const en = rackEn.hints[key as keyof typeof rackEn.hints]
      expect(placeholders(en).sort(), key).toEqual(placeholders(fr).sort())
    }
  })

  it('every hint shown in these tests has its placeholders filled by its values, in both languages', () => {
    // The runs above filled SHOWN; run a few more here so this test stands alone.
    for (const id of IDS) followToTheEnd(graded(id))
    followToTheEnd(graded().prepare().nut('fl:3.2'))
    followToTheEnd(graded().prepare().nutsFor('srv').rail('left', '3.2').rail('right', '3.3'))
    followToTheEnd(
      graded().prepare().nutsFor('srv').railsFor('srv').callColleague().lift('srv').slideIn('srv', 5),
    )
    followToTheEnd(graded().prepare().mountAll().connect('srv:nic1', 'pp:r5'))
    followToTheEnd(
      graded().prepare().mountAll().blankZone().power('srv:psu1', 'A:03').power('srv:psu2', 'A:04'),
    )
    const seen = new Set(SHOWN.map((h) => h.key.replace(/^rack\.hints\./, '')))
    expect([...seen].sort()).toEqual([...hintKeys()].sort())
    for (const hint of SHOWN) {
      const key = hint.key.replace(/^rack\.hints\./, '') as keyof typeof rackFr.hints
      for (const text of [rackFr.hints[key], rackEn.hints[key]])
        for (const name of placeholders(text))
          expect(Object.keys(hint.values ?? {}), `${hint.key}: {{${name}}}`).toContain(name)
    }
  })

  /** Every refusal reason the model can give, read from its source. */
  const reasons = () => {
    const text = source('../../../scenes/rack/model.ts')
    const found = new Set<string>()
    for (const line of text.split('\n').filter((l) => l.includes('rejected(state, at,')))
      for (const m of line.slice(line.indexOf('rejected(state, at,')).matchAll(/'([a-z-]+)'/g))
        found.add(m[1]!)
    return found
  }
  const SHARED = ['unknown-target', 'attempt-finished', 'unknown-gesture']

  it('every refusal the model gives has a French and an English message, and the scene has none it never gives', () => {
    const all = reasons()
    expect(all.size).toBeGreaterThan(40)
    // The ternary of the screw's refusal is read too.
    expect(all).toContain('not-screwed')
    const own = [...all].filter((r) => !SHARED.includes(r)).sort()
    expect(Object.keys(messages.fr.player.rejected).sort()).toEqual(own)
    expect(Object.keys(messages.en.player.rejected).sort()).toEqual(own)
    for (const reason of SHARED) {
      expect(all).toContain(reason)
      expect((playerFr.rejected as Record<string, string>)[reason]).toBeTruthy()
      expect((playerEn.rejected as Record<string, string>)[reason]).toBeTruthy()
    }
    for (const reason of own) {
      const fr = messages.fr.player.rejected[reason as keyof typeof messages.fr.player.rejected]
      const en = messages.en.player.rejected[reason as keyof typeof messages.en.player.rejected]
      expect(placeholders(en).sort(), reason).toEqual(placeholders(fr).sort())
    }
  })
})
