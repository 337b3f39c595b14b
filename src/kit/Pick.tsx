/**
 * An invisible pick volume, finger-sized, where a gesture starts: the visible parts stay free to be
 * modelled as they look, and a thin fibre or a small key is still easy to grab.
 */
import type { ThreeEvent } from '@react-three/fiber'

export type Point3 = [number, number, number]

export function Pick({
  name,
  at,
  size,
  onDown,
}: {
  name: string
  at: Point3 | readonly [number, number, number]
  size: Point3
  onDown: (event: ThreeEvent<PointerEvent>) => void
}) {
  return (
    <mesh
      name={name}
      position={at as Point3}
      visible={false}
      onPointerDown={onDown}
      onPointerOver={() => (document.body.style.cursor = 'grab')}
      onPointerOut={() => (document.body.style.cursor = '')}
    >
      <boxGeometry args={size} />
    </mesh>
  )
}
