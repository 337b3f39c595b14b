/**
 * What the pointer carries (the stripper, a sleeve, a wipe, a scrap), drawn as the real thing at the
 * pointer while the drag lasts. Every carried form is mounted once and shown by flipping `visible` when
 * a frame is drawn, from a ref: a drag re-renders nothing.
 */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { RefObject } from 'react'
import type { Group } from 'three'
import { surface } from '../../../src/kit/materials.ts'
import { SleeveOnFibre } from './SleeveOnFibre.tsx'
import { Stripper } from './Stripper.tsx'

const CARRY_HEIGHT_MM = 30
const FORMS = ['stripper', 'sleeve-40', 'sleeve-60', 'wipe', 'scrap'] as const

export function ToolGhost({ at }: { at: RefObject<{ tool: string; x: number; z: number } | null> }) {
  const group = useRef<Group>(null)
  const forms = useRef<Record<string, Group | null>>({})
  useFrame(() => {
    const ghost = group.current
    if (!ghost) return
    const carried = at.current
    ghost.visible = carried !== null
    if (carried) ghost.position.set(carried.x, CARRY_HEIGHT_MM, carried.z)
    for (const form of FORMS) {
      const shape = forms.current[form]
      if (shape) shape.visible = carried?.tool === form
    }
  })
  const keep = (form: string) => (shape: Group | null) => {
    forms.current[form] = shape
  }
  return (
    <group ref={group} visible={false}>
      <group ref={keep('stripper')} visible={false}>
        <Stripper at={{ x: 0, y: 0, z: 0 }} squeezed={false} />
      </group>
      <group ref={keep('sleeve-40')} visible={false}>
        <SleeveOnFibre lengthMm={40} centreX={0} y={0} z={0} shrunk={false} />
      </group>
      <group ref={keep('sleeve-60')} visible={false}>
        <SleeveOnFibre lengthMm={60} centreX={0} y={0} z={0} shrunk={false} />
      </group>
      <group ref={keep('wipe')} visible={false}>
        <mesh rotation={[0, 0.3, 0]} material={surface('#f7f8f6', { roughness: 0.95, key: 'wipe' })}>
          <boxGeometry args={[26, 2, 20]} />
        </mesh>
      </group>
      <group ref={keep('scrap')} visible={false}>
        <mesh
          rotation={[0, 0, Math.PI / 2]}
          material={surface('#e8f1f5', { roughness: 0.1, metalness: 0.2, key: 'scrap-glass' })}
        >
          <cylinderGeometry args={[0.7, 0.7, 18, 6]} />
        </mesh>
      </group>
    </group>
  )
}
