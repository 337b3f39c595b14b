import { it } from 'vitest'
import { FIBRE_CLASSES } from '../../../scenes/common/macrobend.ts'
import { layFibre, tightCoil } from '../../../scenes/splice-tray/coilPath.ts'
import { slotZ } from '../../../scenes/splice-tray/layout.ts'
import { loopLay, shaken, thinned } from './paths.ts'
it('probe', () => {
  const G = FIBRE_CLASSES['G.652.D']
  for (const [step, j] of [[3, 0], [3, 0.15], [3, 0.25], [2, 0.25], [1.5,0.25]] as const) {
  const rs: number[] = []
  for (let seed = 1; seed <= 20; seed++) {
    const r = layFibre('dist', shaken(thinned(loopLay('dist', 40, slotZ(3), 2), step), j, seed), G)
    if (r.ok) rs.push(r.fibre.minRadiusMm / 40)
  }
  rs.sort()
  console.log(step, j, 'ratios', rs.map((x) => x.toFixed(3)).join(' '))
  }
  for (const L of [700, 760, 800, 840, 900]) {
  const out = []
  for (const r of [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
    const l = layFibre('dist', tightCoil('dist', L, r, slotZ(3)), G)
    out.push(l.ok ? (l.fibre.minRadiusMm / r).toFixed(3) : l.problem)
  }
  console.log(L, out.join(' '))
  }
})
