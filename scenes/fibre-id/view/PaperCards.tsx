/**
 * Paper on the mat: the printed work order (what to do, in the trainee's language), and — outside
 * evaluation — the laminated colour-code card trainees keep on the bench while they learn the code.
 */
import { use, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { COLOUR_CODE_NAMES, codePosition } from '../../common/colourCodes.ts'
import { MAT } from '../layout.ts'
import type { FibreIdSetup } from '../setup.ts'

const PAPER_Y = MAT.thicknessMm + 0.3
const FLAT = -Math.PI / 2

function Sheet({
  texture,
  at,
  size,
  turn,
}: {
  texture: ReturnType<typeof canvasTexture>
  at: [number, number]
  size: [number, number]
  turn: number
}) {
  return (
    <mesh
      position={[at[0], PAPER_Y, at[1]]}
      rotation={[FLAT, 0, turn]}
      material={surface('#ffffff', { roughness: 0.9, map: texture })}
    >
      <planeGeometry args={size} />
    </mesh>
  )
}

function WorkOrder({ lines }: { lines: string[] }) {
  const texture = useMemo(
    () =>
      canvasTexture(`work-order-${lines.join('|')}`, 512, 384, (context) => {
        context.fillStyle = '#fbfaf5'
        context.fillRect(0, 0, 512, 384)
        context.fillStyle = '#12303f'
        context.fillRect(0, 0, 512, 64)
        context.fillStyle = '#ffffff'
        context.font = `700 34px ${PRINT_FONT}`
        context.fillText(lines[0] ?? '', 20, 44)
        context.fillStyle = '#1b1f23'
        context.font = `400 28px ${PRINT_FONT}`
        lines.slice(1).forEach((line, i) => context.fillText(line, 20, 112 + i * 46))
        context.strokeStyle = '#c8c3b5'
        context.strokeRect(2, 2, 508, 380)
      }),
    [lines],
  )
  return <Sheet texture={texture} at={[258, 168]} size={[112, 84]} turn={-0.08} />
}

function CodeCard({ setup, title }: { setup: FibreIdSetup; title: string }) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const texture = useMemo(
    () =>
      canvasTexture(`code-card-${setup.colourCode}-${language}`, 768, 288, (context) => {
        context.fillStyle = '#ffffff'
        context.fillRect(0, 0, 768, 288)
        context.fillStyle = '#12303f'
        context.font = `700 30px ${PRINT_FONT}`
        context.fillText(title, 18, 40)
        for (let n = 1; n <= 12; n++) {
          const { colour } = codePosition(setup.colourCode, n)
          const x = 18 + ((n - 1) % 6) * 124
          const y = 64 + Math.floor((n - 1) / 6) * 110
          context.fillStyle = colour.hex
          context.fillRect(x, y, 112, 56)
          context.strokeStyle = '#1b1f23'
          context.lineWidth = 2
          context.strokeRect(x, y, 112, 56)
          context.fillStyle = '#1b1f23'
          context.font = `700 26px ${PRINT_FONT}`
          context.fillText(`${n}  ${colour.name[language]}`, x, y + 88)
        }
      }),
    [setup.colourCode, language, title],
  )
  return <Sheet texture={texture} at={[128, 156]} size={[150, 56]} turn={0.04} />
}

export function PaperCards({ setup, showCodeCard }: { setup: FibreIdSetup; showCodeCard: boolean }) {
  use(printFontReady())
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const task = setup.task
  const lines = [
    t('fibreId.workOrder.title'),
    t('fibreId.workOrder.cable', {
      tubes: setup.tubeCount,
      fibres: setup.fibresPerTube,
      code: COLOUR_CODE_NAMES[setup.colourCode][language],
    }),
    task.kind === 'find'
      ? t('fibreId.workOrder.find', { tube: task.tube, fibre: task.fibre })
      : t('fibreId.workOrder.layAll', { fibres: setup.fibresPerTube }),
    t('fibreId.workOrder.organiser'),
  ]
  return (
    <group>
      <WorkOrder lines={lines} />
      {showCodeCard ? (
        <CodeCard
          setup={setup}
          title={t('fibreId.codeCard', { code: COLOUR_CODE_NAMES[setup.colourCode][language] })}
        />
      ) : null}
    </group>
  )
}
