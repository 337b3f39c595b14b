/**
 * The picture of each scene on the home page, drawn inline so it costs no request and works offline.
 * Fibre colours (French operator code) are accents only: each picture also reads by its shape.
 */
import type { ReactElement } from 'react'

const FIBRE = {
  red: '#d62828',
  blue: '#1f6fd1',
  green: '#2a9d3a',
  yellow: '#f2c200',
  violet: '#7b3fa0',
  orange: '#f08a00',
}

const INK = '#12303f'
const METAL = '#8a9aa3'
const PANEL = '#e7e1d6'

const DRAWINGS: Record<string, ReactElement> = {
  // A loose tube, opened at its end, its coloured fibres fanning out.
  fibres: (
    <>
      <rect x="2" y="25" width="28" height="14" rx="7" fill={FIBRE.blue} />
      <ellipse cx="29" cy="32" rx="3" ry="7" fill="#0d3f7a" />
      <g fill="none" strokeWidth="2.5" strokeLinecap="round">
        <path d="M29 28c10-2 18-12 30-20" stroke={FIBRE.red} />
        <path d="M29 30c12-2 20-8 32-10" stroke={FIBRE.green} />
        <path d="M29 32h33" stroke={FIBRE.yellow} />
        <path d="M29 34c12 2 20 8 32 10" stroke={FIBRE.violet} />
        <path d="M29 36c10 2 18 12 30 20" stroke={FIBRE.orange} />
      </g>
    </>
  ),
  // Two fibres meeting between the electrodes of a fusion splicer, with the arc.
  splicing: (
    <>
      <rect x="4" y="36" width="56" height="12" rx="3" fill={PANEL} stroke={INK} strokeWidth="2" />
      <path d="M12 36l4 6h6l4-6M38 36l4 6h6l4-6" fill="none" stroke={INK} strokeWidth="2" />
      <path d="M2 34h28M34 34h28" stroke={INK} strokeWidth="2.5" strokeLinecap="round" />
      <path d="M32 6v14M32 62V50" stroke={METAL} strokeWidth="4" strokeLinecap="round" />
      <path
        d="M32 21l-4 5 6 2-3 5"
        fill="none"
        stroke={FIBRE.yellow}
        strokeWidth="3"
        strokeLinejoin="round"
      />
    </>
  ),
  // A splice cassette: fibres coiled in loops, sleeves standing in their holders in colour order.
  'splice-tray': (
    <>
      <rect x="4" y="8" width="56" height="48" rx="8" fill={PANEL} stroke={INK} strokeWidth="2.5" />
      <ellipse cx="24" cy="32" rx="14" ry="17" fill="none" stroke={FIBRE.blue} strokeWidth="2.5" />
      <ellipse cx="24" cy="32" rx="9" ry="12" fill="none" stroke={FIBRE.red} strokeWidth="2.5" />
      <g strokeWidth="3.5" strokeLinecap="round">
        <path d="M44 18h10" stroke={FIBRE.red} />
        <path d="M44 25h10" stroke={FIBRE.blue} />
        <path d="M44 32h10" stroke={FIBRE.green} />
        <path d="M44 39h10" stroke={FIBRE.yellow} />
        <path d="M44 46h10" stroke={FIBRE.violet} />
      </g>
    </>
  ),
  // A street cabinet, door open: rows of ports and a patch cord hanging in a loop.
  'pm-cabinet': (
    <>
      <path d="M10 10l22-6 22 6v50H10z" fill={PANEL} stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
      <g fill={INK}>
        <rect x="16" y="16" width="32" height="5" rx="1" />
        <rect x="16" y="26" width="32" height="5" rx="1" />
        <rect x="16" y="36" width="32" height="5" rx="1" />
      </g>
      <path
        d="M22 21c0 14-6 30 8 30s14-14 12-20"
        fill="none"
        stroke={FIBRE.yellow}
        strokeWidth="3"
        strokeLinecap="round"
      />
      <circle cx="22" cy="21" r="2" fill={FIBRE.yellow} />
      <circle cx="42" cy="31" r="2" fill={FIBRE.yellow} />
    </>
  ),
  // A datacenter rack: equipment of several heights between the rails, with status lights.
  rack: (
    <>
      <rect x="12" y="4" width="40" height="56" rx="2" fill={INK} />
      <g fill={PANEL}>
        <rect x="16" y="9" width="32" height="6" rx="1" />
        <rect x="16" y="18" width="32" height="12" rx="1" />
        <rect x="16" y="33" width="32" height="6" rx="1" />
        <rect x="16" y="42" width="32" height="13" rx="1" />
      </g>
      <g fill={FIBRE.green}>
        <circle cx="43" cy="12" r="1.6" />
        <circle cx="43" cy="24" r="1.6" />
        <circle cx="43" cy="36" r="1.6" />
      </g>
      <circle cx="43" cy="48.5" r="1.6" fill={FIBRE.orange} />
      <path d="M8 60h48" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </>
  ),
}

/** A plain frame for a scene whose picture is not drawn yet, so the card keeps its layout. */
const UNKNOWN = (
  <rect x="8" y="8" width="48" height="48" rx="10" fill={PANEL} stroke={INK} strokeWidth="2.5" />
)

export function Pictogram({ id }: { id: string }) {
  return (
    <svg className="ui-pictogram" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      {DRAWINGS[id] ?? UNKNOWN}
    </svg>
  )
}
