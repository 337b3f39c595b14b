export const common = {
  app: { name: 'Plateau', tagline: 'Practise the gestures of fibre-optic work' },
  language: { label: 'Language', fr: 'Français', en: 'English' },
  modes: { guided: 'Guided', practice: 'Practice', evaluation: 'Assessment', taster: 'Taster' },
  units: { mm: 'mm', deg: '°', dB: 'dB', dBm: 'dBm', N: 'N', s: 's', m: 'm', '%': '%', count: '' },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
  },
  glossary: {
    tube: 'loose tube',
    organiser: 'fibre organiser',
    cutter: 'tube cutter',
    mat: 'work mat',
  },
}
