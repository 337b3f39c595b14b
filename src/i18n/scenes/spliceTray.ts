/**
 * Messages of the splice cassette, French and English: loaded with the scene's own chunk, so the first
 * page does not carry every scene's words (docs/ARCHITECTURE.md bundle budgets). The scene's refusal
 * reasons join the player's shared ones.
 */
import { spliceTray as en } from './spliceTray.en.ts'
import { spliceTray as fr } from './spliceTray.fr.ts'

const rejectedFr = {
  'cassette-closed': 'Le capot de la cassette est fermé : ouvrez-le d’abord.',
  'cassette-open': 'Le capot de la cassette est déjà ouvert.',
  'cable-tied': 'Ce câble est déjà fixé par son collier.',
  'cable-not-routed': 'Glissez d’abord le bout du câble dans l’entrée.',
  'cable-not-tied': 'Fixez d’abord le câble avec son collier.',
  'tie-not-pulled': 'Le collier n’a pas été tiré.',
  'no-tie': 'Pas de collier à couper ici.',
  'already-cut': 'C’est déjà coupé.',
  'spares-stored': 'Les fibres libres sont déjà rangées.',
  'not-on-holder': 'Ce n’est pas sur le support de soudures.',
  'slot-taken': 'L’emplacement {{slot}} est déjà pris.',
  'already-there': 'Cette soudure est déjà dans l’emplacement {{slot}}.',
  'bad-path': 'Tracé illisible : recommencez.',
  'path-start': 'Partez du collier, là où la fibre sort du câble.',
  'path-end': 'Finissez le tracé au bout du support de soudures, du côté de ce câble.',
  'fibre-too-short':
    'La fibre ne fait que {{slackMm}} mm : ce trajet ({{lengthMm}} mm) tirerait sur la soudure.',
  'label-off-cassette': 'Collez l’étiquette sur le bord avant de la cassette.',
  'meter-connected': 'Le cordon est déjà branché.',
  'meter-not-connected': 'Branchez d’abord le cordon du photomètre sur la prise.',
  'unknown-wavelength': 'Longueur d’onde inconnue.',
}

const rejectedEn = {
  'cassette-closed': 'The cassette cover is closed: open it first.',
  'cassette-open': 'The cassette cover is already open.',
  'cable-tied': 'This cable is already secured by its tie.',
  'cable-not-routed': 'Slide the cable’s end into the entry first.',
  'cable-not-tied': 'Secure the cable with its tie first.',
  'tie-not-pulled': 'The tie was not pulled.',
  'no-tie': 'No tie to cut here.',
  'already-cut': 'That is already cut.',
  'spares-stored': 'The free fibres are already stored.',
  'not-on-holder': 'That is not on the splice holder.',
  'slot-taken': 'Slot {{slot}} is already taken.',
  'already-there': 'This splice is already in slot {{slot}}.',
  'bad-path': 'Unreadable path: start again.',
  'path-start': 'Start from the tie, where the fibre leaves the cable.',
  'path-end': 'End the path at the end of the splice holder, on this cable’s side.',
  'fibre-too-short':
    'The fibre is only {{slackMm}} mm long: this path ({{lengthMm}} mm) would pull on the splice.',
  'label-off-cassette': 'Stick the label on the front edge of the cassette.',
  'meter-connected': 'The cord is already plugged in.',
  'meter-not-connected': 'Plug the power meter’s cord into the outlet first.',
  'unknown-wavelength': 'Unknown wavelength.',
}

export const messages = {
  fr: { spliceTray: fr, player: { rejected: rejectedFr } },
  en: { spliceTray: en, player: { rejected: rejectedEn } },
}
