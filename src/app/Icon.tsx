/**
 * Small line icons drawn inline (nothing fetched, and they take the text colour). Always decorative:
 * every icon stands beside a word, because trainees who read little still need the word for a screen reader.
 */
import type { ReactElement } from 'react'

const DRAWINGS = {
  clock: (
    <>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2.5M10 2h4" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6L6 18" />,
  check: <path d="M5 12.5l4.5 4.5L19 7" />,
  help: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17h.01" />
    </>
  ),
  back: <path d="M15 5l-7 7 7 7" />,
  forward: <path d="M9 5l7 7-7 7" />,
  first: <path d="M6 5v14M17 5l-7 7 7 7" />,
  last: <path d="M18 5v14M7 5l7 7-7 7" />,
  pause: <path d="M8 5v14M16 5v14" />,
  refused: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M6 6l12 12" />
    </>
  ),
  guided: (
    <>
      <path d="M9 18h6M10 21h4" />
      <path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" />
    </>
  ),
  practice: (
    <>
      <path d="M4 12a8 8 0 0 1 13.7-5.6L20 8.7" />
      <path d="M20 4v4.7h-4.7" />
      <path d="M20 12a8 8 0 0 1-13.7 5.6L4 15.3" />
      <path d="M4 20v-4.7h4.7" />
    </>
  ),
  evaluation: (
    <>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V2.5h6V4" />
      <path d="M8.5 13l2.5 2.5 4.5-5" />
    </>
  ),
  taster: <path d="M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.5 6.6 19.5l1.2-6-4.5-4.2 6.1-.7z" />,
  'work-mat': (
    <>
      <rect x="2.5" y="6" width="19" height="12" rx="1.5" />
      <path d="M8.8 6v12M15.2 6v12M2.5 12h19" />
    </>
  ),
  organiser: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="3" />
      <path d="M7 8h10M7 11h10M7 14h10" />
      <circle cx="12" cy="17.5" r="0.6" />
    </>
  ),
  'tube-cutter': (
    <>
      <rect x="2" y="10" width="20" height="4" rx="2" />
      <path d="M9 4h6l-1.5 6h-3z" />
      <path d="M12 14v6" />
    </>
  ),
  tool: (
    <path d="M14.7 6.3a4 4 0 0 0-5.4 5.1L3.5 17.2a1.8 1.8 0 0 0 2.5 2.5l5.8-5.8a4 4 0 0 0 5.1-5.4l-2.6 2.6-2.3-.4-.4-2.3z" />
  ),
  critical: (
    <>
      <path d="M8.2 2.5h7.6l5.7 5.7v7.6l-5.7 5.7H8.2l-5.7-5.7V8.2z" />
      <path d="M12 7v6.5M12 16.8v.2" />
    </>
  ),
  error: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3L2 20.5h20z" />
      <path d="M12 9.5v5M12 17.5v.2" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 11v6M12 7.3v.2" />
    </>
  ),
  pass: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M7.5 12.5l3 3 6-6.5" />
    </>
  ),
  notYet: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 17V7.5M8 11.5l4-4 4 4" />
    </>
  ),
  mastered: (
    <>
      <circle cx="12" cy="9" r="6" />
      <path d="M8.5 14l-1.5 7.5 5-2.5 5 2.5-1.5-7.5" />
      <path d="M9.5 9l1.8 1.8 3.2-3.4" />
    </>
  ),
  speaker: (
    <>
      <path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4z" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
    </>
  ),
  stop: <rect x="6" y="6" width="12" height="12" rx="1.5" />,
  play: <path d="M7 4.5v15l12-7.5z" />,
  restart: (
    <>
      <path d="M4 12a8 8 0 1 0 2.4-5.7L4 8.7" />
      <path d="M4 4v4.7h4.7" />
    </>
  ),
  history: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 6.5V12l3.5 2.5" />
    </>
  ),
  home: (
    <>
      <path d="M3 11l9-7.5 9 7.5" />
      <path d="M5.5 9.5V20h5v-5.5h3V20h5V9.5" />
    </>
  ),
} satisfies Record<string, ReactElement>

export type IconName = keyof typeof DRAWINGS

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `ui-icon ${className}` : 'ui-icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {DRAWINGS[name]}
    </svg>
  )
}
