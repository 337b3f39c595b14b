/** The 3D player: HUD, feedback, keyboard help. Short sentences: trainees read little. */
export const player = {
  loading: 'Préparation de l’atelier…',
  webglMissing:
    'Votre navigateur ne peut pas afficher la 3D (WebGL désactivé). Essayez un autre navigateur ou demandez à votre formateur.',
  backHome: 'Retour à l’accueil',
  problems: {
    'not-found': 'Cet essai n’existe pas sur cet appareil.',
    'unknown-exercise': 'L’exercice de cet essai n’est plus proposé.',
    'old-version':
      'Cet essai a été fait avec une ancienne version de l’exercice : il ne peut pas être repris.',
    'load-failed': 'L’atelier n’a pas pu se charger. Vérifiez la connexion puis rechargez la page.',
  },
  objective: 'Objectif',
  elapsed: 'Temps',
  progress_one: '{{done}} / {{count}} rangée',
  progress_other: '{{done}} / {{count}} rangées',
  hint: 'Indice',
  hintCost: 'Un indice coûte un peu de points.',
  finish: 'Terminer',
  finishConfirm: 'Le travail n’est pas fini. Terminer quand même ?',
  finishYes: 'Oui, terminer',
  finishNo: 'Continuer',
  views: 'Vues',
  help: 'Aide',
  close: 'Fermer',
  quit: 'Quitter',
  notSaved:
    'L’enregistrement local ne fonctionne pas : votre essai continue mais ne sera pas gardé si vous fermez la page.',
  canvasLabel: 'Atelier en 3D. Utilisez Tab pour choisir une fibre ou un emplacement, puis Entrée.',
  rejected: {
    'hand-full': 'Vous tenez déjà une fibre : posez-la d’abord.',
    'slot-occupied': 'L’emplacement {{slot}} est déjà occupé.',
    'tube-closed': 'Ce tube est fermé : ouvrez-le d’abord.',
    'tube-already-open': 'Ce tube est déjà ouvert.',
    'not-holding': 'Prenez d’abord une fibre.',
    'slit-too-short': 'Coupe trop courte ({{slitMm}} mm) : glissez le coupe-tube sur toute la zone marquée.',
    'attempt-finished': 'Cet essai est terminé.',
    'unknown-target': 'Rien à cet endroit.',
    'unknown-gesture': 'Geste inconnu.',
  },
  feedback: {
    recovered: 'Erreur corrigée.',
  },
  live: {
    takeFirst: 'Prenez d’abord une fibre (Tab jusqu’à une fibre, puis Entrée)',
    overSlot: 'Emplacement {{slot}}',
    overFan: 'Reposer dans le faisceau',
    overMat: 'Lâcher ici : la fibre tombe',
    cut: 'Coupe : {{mm}} / {{total}} mm',
    cutterSlipped: 'Le coupe-tube a glissé hors du tube',
  },
  hints: {
    'open-tube': 'Ouvrez le tube {{tube}} : glissez le coupe-tube le long de la zone marquée.',
    take: 'Prenez la fibre signalée par la flèche.',
    place: 'Posez-la en position {{slot}}.',
    'put-back':
      'Pas maintenant : reposez cette fibre dans le faisceau (glissez-la vers les autres, ou Échap).',
    'slot-taken':
      'La position {{slot}} est occupée par une autre fibre : reposez celle-ci, puis retirez l’autre.',
    done: 'Tout est rangé. Appuyez sur Terminer.',
  },
  targets: {
    held: 'Fibre en main : flèches pour la déplacer, Entrée pour la poser, Échap pour la reposer',
    tube: 'Tube {{index}}',
    tubeWithColour: 'Tube {{index}}, {{colour}}',
    fibre: 'Fibre {{index}} du faisceau',
    fibreWithColour: 'Fibre {{index}} du faisceau, {{colour}}',
    slot: 'Emplacement {{slot}}',
    slotTaken: 'Emplacement {{slot}}, occupé',
  },
  helpTitle: 'Comment faire',
  helpItems: [
    'Souris ou doigt : appuyez sur le bout d’une fibre, glissez-la jusqu’à son emplacement, relâchez.',
    'Ouvrir un tube : posez le coupe-tube au début de la zone marquée et glissez jusqu’au bout.',
    'Clavier : Tab pour passer d’une fibre ou d’un emplacement à l’autre, Entrée pour prendre ou poser, flèches pour déplacer la fibre tenue, Échap pour la reposer.',
    'Tube au clavier : Tab jusqu’au tube, Entrée pour poser le coupe-tube, flèche droite pour couper, Entrée pour finir.',
    'Caméra : boutons Vues, clic droit ou deux doigts pour tourner, molette ou pincement pour zoomer.',
  ],
}

export const replay = {
  title: 'Revoir l’essai',
  back: 'Résultats',
  start: 'Au début',
  previous: 'Geste précédent',
  next: 'Geste suivant',
  end: 'À la fin',
  play: 'Lecture',
  pause: 'Pause',
  slider: 'Position dans l’essai',
  position: 'Geste {{n}} / {{total}}',
  jumpTo: '{{title}} (geste {{n}})',
  gestures: {
    take: 'prend une fibre',
    place: 'pose la fibre',
    drop: 'lâche la fibre',
    'put-back': 'repose la fibre',
    'open-tube': 'ouvre un tube',
    hint: 'demande un indice',
    finish: 'termine',
  },
}

/** Words printed in the fibre-identification workplace (work order, code card). */
export const fibreId = {
  workOrder: {
    title: 'ORDRE DE TRAVAIL',
    cable: 'Câble : {{tubes}} tube(s) × {{fibres}} fibres',
    find: 'Tube {{tube}}, fibre {{fibre}} → position {{fibre}}',
    layAll: 'Ranger les fibres 1 à {{fibres}} dans l’ordre',
    organiser: 'Cassette : position = n° de fibre',
  },
  codeCard: 'Code couleur — {{code}}',
}
