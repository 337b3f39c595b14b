/**
 * The stand of spare patch cords ("jarretières") beside the cabinet: a grey steel stand (two uprights on
 * flat feet, a crossbar) with one hook per cord, each cord coiled in its clear bag hanging by the bag's
 * printed header card: the length in big figures the French way ("1,5 m") and the connectors (SC/APC,
 * SC/UPC). The yellow 2 mm jacket is coiled the more turns and the wider the longer the cord, and its two
 * plugs, tucked in the middle of the coil, show their colour through the bag (green APC, blue UPC). A cord
 * taken leaves its hook empty. Hooks alternate short and long so that neighbouring bags, wider than the
 * hook pitch for the long cords, hang one in front of the other instead of through each other.
 *
 * Draw calls, whatever the count: stand, coils, plugs (instanced, coloured per plug), ferrules
 * (instanced), bags, header cards.
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import {
  CatmullRomCurve3,
  CylinderGeometry,
  Matrix4,
  PlaneGeometry,
  Color,
  TubeGeometry,
  Vector3,
} from 'three'
import type { InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, printedBox, roundedBlock } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { CORD_RACK } from '../layout.ts'

export type RackCord = { id: string; lengthM: number; polish: 'apc' | 'upc'; taken: boolean }

const MAX_CORDS = 8
const CORD_RADIUS_MM = 1
const CORD_YELLOW = '#f2c200'
const PLUG_COLOURS = { apc: '#3aa655', upc: '#1f5fbf' }
/** Hooks stick out toward the technician from the crossbar; every other one is longer. */
const HOOK = { shortMm: 70, longMm: 125, radiusMm: 2.5, tipMm: 14 }
const BAR = { sizeMm: 25, y: CORD_RACK.hookY + 12 }
const UPRIGHT = { sizeMm: 30, topY: CORD_RACK.hookY + 70 }
const FOOT = { lengthMm: 380, widthMm: 50, heightMm: 12 }
/** The header card, folded over the bag's mouth, hung by its euro slot on the hook. */
const CARD = { widthMm: 60, heightMm: 40, thicknessMm: 1.2, holeFromTopMm: 7 }
const BAG = { marginMm: 8, thicknessMm: 14 }
/** An SC plug in its own frame: ferrule tip up at the origin, body down −y. */
const PLUG = { widthMm: 9, depthMm: 7.4, housingMm: 24, bootMm: 14, ferruleMm: 3, gapMm: 13 }

/** Coil diameter: a short cord is wound tight, a long one in wider loops (roughly 70 mm for 1 m, 150 mm for 5 m). */
function coilDiameterMm(lengthM: number): number {
  return 50 + 20 * Math.min(lengthM, 6)
}

const hookX = (index: number, count: number) =>
  CORD_RACK.x + (index - (count - 1) / 2) * CORD_RACK.hookPitchMm
const hookLengthMm = (index: number) => (index % 2 === 0 ? HOOK.shortMm : HOOK.longMm)
/** Where the bag hangs on hook `index`: a little short of the tip's upturn. */
const bagZ = (index: number) => CORD_RACK.z + BAR.sizeMm / 2 + hookLengthMm(index) - HOOK.tipMm
const cardTopY = CORD_RACK.hookY + CARD.holeFromTopMm - HOOK.radiusMm

/** Bag `index` of `count`: the top middle of its header card, on the hook. */
const bagAt = (index: number, count: number): Vec3 => [hookX(index, count), cardTopY, bagZ(index)]

/** Where the pointer grabs cord `index` of `count`: the middle of its header card, on its face. */
export function hookPoint(index: number, count: number): [number, number, number] {
  return [hookX(index, count), cardTopY - CARD.heightMm / 2, bagZ(index) + CARD.thicknessMm]
}

/** "1,5 m": French decimal comma, no trailing zeros. */
export function lengthLabel(lengthM: number): string {
  return `${String(Math.round(lengthM * 10) / 10).replace('.', ',')} m`
}

/** Everything of one bag, in its own frame: the card's top middle at the origin, the bag's face at z = 0. */
function bagShape(lengthM: number) {
  const coilMm = coilDiameterMm(lengthM)
  const bagWidthMm = Math.max(CARD.widthMm, coilMm + 2 * BAG.marginMm)
  const coilY = -CARD.heightMm - BAG.marginMm - coilMm / 2 + 6
  const bagHeightMm = CARD.heightMm + coilMm + 2 * BAG.marginMm - 6
  return { coilMm, bagWidthMm, bagHeightMm, coilY }
}

/** Deterministic jitter, so a coil looks hand-wound and the same every time it is drawn. */
function wobble(seed: number): number {
  const s = Math.sin(seed * 12.9898 + 78.233) * 43758.5453
  return s - Math.floor(s) - 0.5
}

/**
 * The coil: loops of the cord wound by hand (radius and plane wandering a little from turn to turn),
 * as many turns as the length allows, then both ends dropping into the coil's middle to their plugs.
 */
function coilParts(lengthM: number, coilY: number, seed: number): Part[] {
  const { coilMm } = bagShape(lengthM)
  const radiusMm = coilMm / 2 - CORD_RADIUS_MM * 3
  const turns = Math.max(2, Math.min(12, (lengthM * 1000 - 400) / (Math.PI * coilMm)))
  const stepsPerTurn = 28
  const steps = Math.round(turns * stepsPerTurn)
  const loop: Vector3[] = []
  for (let i = 0; i <= steps; i++) {
    const angle = (i / stepsPerTurn) * Math.PI * 2 - Math.PI / 2
    const turn = i / stepsPerTurn
    const r =
      radiusMm * (1 + 0.1 * wobble(seed + Math.floor(turn) * 3.1) + 0.04 * Math.sin(angle * 2 + turn * 2.3))
    const depth = (turn / turns - 0.5) * Math.min(BAG.thicknessMm - 6, 2.2 * turns)
    loop.push(new Vector3(r * Math.cos(angle), coilY + r * Math.sin(angle), depth - BAG.thicknessMm / 2))
  }
  const parts: Part[] = [
    { geometry: new TubeGeometry(new CatmullRomCurve3(loop), steps, CORD_RADIUS_MM, 6, false) },
  ]
  // Both ends leave the bottom of the coil and rise into its middle to the plugs' boots.
  const ends = [loop[0]!, loop[loop.length - 1]!]
  ends.forEach((start, side) => {
    const plugX = (side === 0 ? -1 : 1) * (PLUG.gapMm / 2)
    const bootEnd = new Vector3(plugX, coilY - PLUG.housingMm / 2 - PLUG.bootMm + 4, -BAG.thicknessMm / 2 + 1)
    const curve = new CatmullRomCurve3([
      start,
      new Vector3((start.x + plugX) / 2, start.y + 6, start.z + 1),
      new Vector3(plugX, bootEnd.y - 10, bootEnd.z),
      bootEnd,
    ])
    parts.push({ geometry: new TubeGeometry(curve, 16, CORD_RADIUS_MM, 6, false) })
  })
  return parts
}

/** The two plugs of a cord, tips up, side by side in the coil's middle: their frames in the bag's frame. */
function plugFrames(coilY: number): Vec3[] {
  const tipY = coilY + PLUG.housingMm / 2 + PLUG.ferruleMm
  return [-1, 1].map((side) => [side * (PLUG.gapMm / 2), tipY, -BAG.thicknessMm / 2 + 1] as Vec3)
}

// ---------------------------------------------------------------------------------------------------------
// Header cards: one canvas for every distinct (length, polish), cached by that list.

const CARD_PX_PER_MM = 10
const CARD_PX = { width: CARD.widthMm * CARD_PX_PER_MM, height: CARD.heightMm * CARD_PX_PER_MM }

function drawCard(context: CanvasRenderingContext2D, lengthM: number, polish: 'apc' | 'upc', top: number) {
  const { width, height } = CARD_PX
  const mm = CARD_PX_PER_MM
  context.fillStyle = '#fbfbf8'
  context.fillRect(0, top, width, height)
  // The euro slot the hook goes through, then a band in the connectors' colour, as suppliers print it.
  context.fillStyle = '#6b7078'
  context.beginPath()
  context.roundRect(width / 2 - 7 * mm, top + (CARD.holeFromTopMm - 2.2) * mm, 14 * mm, 4.4 * mm, 2.2 * mm)
  context.fill()
  context.fillStyle = PLUG_COLOURS[polish]
  context.fillRect(0, top + height - 9 * mm, width, 9 * mm)
  context.fillStyle = '#111111'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.font = `700 ${16 * mm}px ${PRINT_FONT}`
  context.fillText(lengthLabel(lengthM), width / 2, top + 19.5 * mm)
  context.fillStyle = '#ffffff'
  context.font = `700 ${5.2 * mm}px ${PRINT_FONT}`
  const plug = polish === 'apc' ? 'SC/APC' : 'SC/UPC'
  context.fillText(`${plug} – ${plug}`, width / 2, top + height - 4.4 * mm)
}

function useCards(kinds: string) {
  return useMemo(() => {
    const list = kinds.split('|').map((kind) => {
      const [length, polish] = kind.split(':')
      return { lengthM: Number(length), polish: polish as 'apc' | 'upc' }
    })
    const heightPx = (list.length + 1) * CARD_PX.height
    const texture = canvasTexture(`cord-rack-cards|${kinds}`, CARD_PX.width, heightPx, (context) => {
      list.forEach(({ lengthM, polish }, i) => drawCard(context, lengthM, polish, i * CARD_PX.height))
      context.fillStyle = '#fbfbf8'
      context.fillRect(0, list.length * CARD_PX.height, CARD_PX.width, CARD_PX.height)
    })
    const faces = list.map((_, i): AtlasRect => [
      0,
      (i * CARD_PX.height) / heightPx,
      1,
      ((i + 1) * CARD_PX.height) / heightPx,
    ])
    const plain: AtlasRect = [
      0.2,
      (list.length + 0.2) / (list.length + 1),
      0.8,
      (list.length + 0.8) / (list.length + 1),
    ]
    return {
      faces,
      plain,
      material: surface('#ffffff', { roughness: 0.6, map: texture, key: `cord-rack-cards|${kinds}` }),
    }
  }, [kinds])
}

// ---------------------------------------------------------------------------------------------------------

function useStandGeometry(count: number) {
  return useGeometry(() => {
    // Room either side of the outer hooks for the widest bag (5 m) hanging there.
    const spanMm = (Math.max(count, CORD_RACK.hooks) - 1) * CORD_RACK.hookPitchMm
    const uprightX = spanMm / 2 + coilDiameterMm(5) / 2 + UPRIGHT.sizeMm
    const parts: Part[] = []
    for (const side of [-1, 1]) {
      const x = CORD_RACK.x + side * uprightX
      parts.push({
        geometry: roundedBlock(FOOT.widthMm, FOOT.heightMm, FOOT.lengthMm, { cornerMm: 8, edgeMm: 2 }),
        at: [x, 0, CORD_RACK.z],
      })
      parts.push({
        geometry: roundedBlock(UPRIGHT.sizeMm, UPRIGHT.topY - FOOT.heightMm, UPRIGHT.sizeMm, {
          cornerMm: 3,
          edgeMm: 1,
        }),
        at: [x, FOOT.heightMm, CORD_RACK.z],
      })
      // Levelling feet at both ends of each foot.
      for (const end of [-1, 1]) {
        parts.push({
          geometry: new CylinderGeometry(14, 16, 6, 14),
          at: [x, -0, CORD_RACK.z + end * (FOOT.lengthMm / 2 - 22)],
        })
      }
    }
    // The crossbar carrying the hooks, and a low brace between the uprights.
    parts.push(box(2 * uprightX + UPRIGHT.sizeMm, BAR.sizeMm, BAR.sizeMm, [CORD_RACK.x, BAR.y, CORD_RACK.z]))
    parts.push(box(2 * uprightX, 20, 20, [CORD_RACK.x, 260, CORD_RACK.z]))
    for (let i = 0; i < count; i++) {
      const x = hookX(i, count)
      const lengthMm = hookLengthMm(i)
      const z0 = CORD_RACK.z + BAR.sizeMm / 2
      parts.push({
        geometry: new CylinderGeometry(HOOK.radiusMm, HOOK.radiusMm, lengthMm, 8),
        at: [x, CORD_RACK.hookY, z0 + lengthMm / 2],
        rotation: [Math.PI / 2 - 0.06, 0, 0],
      })
      // The upturned tip that keeps the bags on, with a ball end.
      parts.push({
        geometry: new CylinderGeometry(HOOK.radiusMm, HOOK.radiusMm, HOOK.tipMm, 8),
        at: [x, CORD_RACK.hookY + lengthMm * 0.06 + HOOK.tipMm / 2, z0 + lengthMm],
      })
      parts.push({
        geometry: new CylinderGeometry(HOOK.radiusMm + 1, HOOK.radiusMm + 1, 3, 8),
        at: [x, CORD_RACK.hookY + lengthMm * 0.06 + HOOK.tipMm, z0 + lengthMm],
      })
      // The hook's weld plate on the bar.
      parts.push(box(12, 16, 3, [x, CORD_RACK.hookY + 2, z0 + 1.5]))
    }
    return mergeParts(parts)
  }, [count])
}

export function CordRack({ cords }: { cords: RackCord[] }) {
  use(printFontReady())
  const count = Math.min(cords.length, MAX_CORDS)
  const hung = cords
    .slice(0, MAX_CORDS)
    .map((cord, index) => ({ cord, index }))
    .filter(({ cord }) => !cord.taken)
  const stand = useStandGeometry(count)

  const kinds = [...new Set(cords.map((cord) => `${cord.lengthM}:${cord.polish}`))].join('|')
  const cards = useCards(kinds)
  const hungKey = hung.map(({ cord, index }) => `${index}:${cord.lengthM}:${cord.polish}`).join('|')
  const list = useMemo(
    () =>
      hungKey
        .split('|')
        .filter(Boolean)
        .map((entry) => {
          const [index, length, polish] = entry.split(':')
          return { index: Number(index), lengthM: Number(length), polish: polish as 'apc' | 'upc' }
        }),
    [hungKey],
  )
  const coils = useGeometry(() => {
    if (list.length === 0) return new PlaneGeometry(0, 0)
    return mergeParts(
      list.flatMap(({ index, lengthM }) => {
        const { coilY } = bagShape(lengthM)
        const [x, y, z] = bagAt(index, count)
        return coilParts(lengthM, coilY, index * 7 + lengthM).map((part) => ({
          ...part,
          at: [x, y, z] as Vec3,
        }))
      }),
    )
  }, [list, count])
  const bags = useGeometry(() => {
    if (list.length === 0) return new PlaneGeometry(0, 0)
    return mergeParts(
      list.map(({ index, lengthM }) => {
        const { bagWidthMm, bagHeightMm } = bagShape(lengthM)
        const [x, y, z] = bagAt(index, count)
        return box(bagWidthMm, bagHeightMm, BAG.thicknessMm, [
          x,
          y - 4 - bagHeightMm / 2,
          z - BAG.thicknessMm / 2,
        ])
      }),
    )
  }, [list, count])
  const cardGeometry = useGeometry(() => {
    if (list.length === 0) return new PlaneGeometry(0, 0)
    const kindList = kinds.split('|')
    return mergeParts(
      list.map(({ index, lengthM, polish }) => {
        const face = cards.faces[kindList.indexOf(`${lengthM}:${polish}`)] ?? cards.plain
        const [x, y, z] = bagAt(index, count)
        return {
          geometry: printedBox(CARD.widthMm, CARD.heightMm, CARD.thicknessMm, { front: face }, cards.plain),
          at: [x, y - CARD.heightMm / 2, z + CARD.thicknessMm / 2] as Vec3,
        }
      }),
    )
  }, [list, count, cards, kinds])

  const plugs = useRef<InstancedMesh>(null)
  const ferrules = useRef<InstancedMesh>(null)
  const plugGeometry = useGeometry(
    () =>
      mergeParts([
        box(PLUG.widthMm, PLUG.housingMm, PLUG.depthMm, [0, -PLUG.ferruleMm - PLUG.housingMm / 2, 0]),
        {
          geometry: new CylinderGeometry(2.8, 1.6, PLUG.bootMm, 10),
          at: [0, -PLUG.ferruleMm - PLUG.housingMm - PLUG.bootMm / 2 + 4, 0],
        },
      ]),
    [],
  )
  const ferruleGeometry = useGeometry(
    () =>
      new CylinderGeometry(1.25, 1.25, PLUG.ferruleMm + 2, 10).translate(
        0,
        -(PLUG.ferruleMm + 2) / 2 + 0.5,
        0,
      ),
    [],
  )
  useLayoutEffect(() => {
    const body = plugs.current
    const tips = ferrules.current
    if (!body || !tips) return
    const matrix = new Matrix4()
    const colour = new Color()
    let n = 0
    list.forEach(({ index, lengthM, polish }) => {
      const [x, y, z] = bagAt(index, count)
      for (const [px, py, pz] of plugFrames(bagShape(lengthM).coilY)) {
        matrix.makeTranslation(x + px, y + py, z + pz)
        body.setMatrixAt(n, matrix)
        tips.setMatrixAt(n, matrix)
        body.setColorAt(n, colour.set(PLUG_COLOURS[polish]))
        n += 1
      }
    })
    body.count = n
    tips.count = n
    body.instanceMatrix.needsUpdate = true
    tips.instanceMatrix.needsUpdate = true
    if (body.instanceColor) body.instanceColor.needsUpdate = true
  }, [list, count])

  return (
    <group>
      <mesh
        geometry={stand}
        material={surface('#a3aab1', { roughness: 0.5, metalness: 0.15, key: 'cord-rack' })}
      />
      {list.length > 0 ? (
        <>
          <mesh geometry={coils} material={surface(CORD_YELLOW, { roughness: 0.55, key: 'jarretiere' })} />
          <mesh geometry={cardGeometry} material={cards.material} />
          <mesh geometry={bags} material={clearPlastic('#eef4f8', 0.22)} />
        </>
      ) : null}
      <instancedMesh
        ref={plugs}
        args={[plugGeometry, surface('#ffffff', { roughness: 0.5, key: 'cord-rack-plugs' }), 2 * MAX_CORDS]}
      />
      <instancedMesh
        ref={ferrules}
        args={[ferruleGeometry, surface('#f1efe8', { roughness: 0.35, key: 'ferrule' }), 2 * MAX_CORDS]}
      />
    </group>
  )
}
