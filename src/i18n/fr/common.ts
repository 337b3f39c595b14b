/** Words used everywhere, and the glossary of trade terms (French is the reference). */
export const common = {
  app: { name: 'Plateau', tagline: 'S’entraîner aux gestes de la fibre optique' },
  language: { label: 'Langue', fr: 'Français', en: 'English' },
  modes: { guided: 'Guidé', practice: 'Entraînement', evaluation: 'Évaluation', taster: 'Découverte' },
  units: { mm: 'mm', deg: '°', dB: 'dB', dBm: 'dBm', N: 'N', s: 's', m: 'm', '%': '%', count: '' },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
  },
  glossary: {
    tube: 'tube (tube libre)',
    organiser: 'cassette de rangement',
    cutter: 'coupe-tube',
    mat: 'tapis de travail',
  },
}
