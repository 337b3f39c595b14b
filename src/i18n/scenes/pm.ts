/**
 * Messages of the street cabinet, French and English: loaded with the scene's own chunk. The scene's
 * refusal reasons join the player's shared ones.
 */
import { pm as en } from './pm.en.ts'
import { pm as fr } from './pm.fr.ts'

const rejectedFr = {
  'not-locked': 'L’armoire n’est pas verrouillée.',
  'door-locked': 'L’armoire est verrouillée : tournez d’abord la clé.',
  'door-open': 'La porte est ouverte.',
  'door-closed': 'La porte est fermée : ouvrez-la d’abord.',
  'drawer-in': 'Ce tiroir est rentré : sortez-le d’abord.',
  'drawer-out': 'Un tiroir est sorti : rentrez-le avant de fermer la porte.',
  'photo-job-unfinished': 'Photo « après » : finissez d’abord le travail (branché, rangé, étiqueté).',
  'cap-off': 'Ce port n’a déjà plus de bouchon.',
  'cap-on': 'Ce port a son bouchon : retirez-le d’abord.',
  'port-occupied': 'Ce port est déjà occupé.',
  'port-empty': 'Rien de branché sur ce port.',
  'cord-in-use': 'Votre jarretière est branchée : débranchez-la avant d’en prendre une autre.',
  'cord-held': 'Vous tenez déjà cette jarretière.',
  'no-cord': 'Prenez d’abord une jarretière sur le portant.',
  'plug-latched': 'Ce connecteur est déjà enclenché.',
  'plug-not-home': 'Pas encore enclenché : appuyez plus longtemps, jusqu’au clic.',
  'cord-both-plugged': 'Les deux bouts sont déjà branchés.',
  'cord-too-short':
    'Trop courte : par les guides, il manque {{missingCm}} cm à cette jarretière de {{cordM}} m.',
  'cord-not-plugged': 'Branchez d’abord la jarretière.',
  'slack-stored': 'La surlongueur est déjà rangée.',
  'label-empty': 'Tapez d’abord le texte de l’étiquette.',
  'end-not-plugged': 'Ce bout n’est pas branché.',
  'no-label': 'Pas d’étiquette imprimée en main.',
  'label-off-cord': 'Posez l’étiquette sur la jarretière, près du connecteur.',
  'already-reported': 'L’anomalie est déjà signalée.',
}

const rejectedEn = {
  'not-locked': 'The cabinet is not locked.',
  'door-locked': 'The cabinet is locked: turn the key first.',
  'door-open': 'The door is open.',
  'door-closed': 'The door is closed: open it first.',
  'drawer-in': 'This drawer is in: pull it out first.',
  'drawer-out': 'A drawer is out: push it back before closing the door.',
  'photo-job-unfinished': '“After” photo: finish the job first (plugged, stored, labelled).',
  'cap-off': 'This port has no dust cap already.',
  'cap-on': 'This port has its dust cap: take it off first.',
  'port-occupied': 'This port is already taken.',
  'port-empty': 'Nothing is plugged into this port.',
  'cord-in-use': 'Your cord is plugged in: unplug it before taking another.',
  'cord-held': 'You are already holding this cord.',
  'no-cord': 'Take a patch cord from the rack first.',
  'plug-latched': 'This connector has already clicked.',
  'plug-not-home': 'Not home yet: press longer, until it clicks.',
  'cord-both-plugged': 'Both ends are already plugged in.',
  'cord-too-short': 'Too short: through the guides, this {{cordM}} m cord lacks {{missingCm}} cm.',
  'cord-not-plugged': 'Plug the cord in first.',
  'slack-stored': 'The excess is already stored.',
  'label-empty': 'Type the label’s text first.',
  'end-not-plugged': 'This end is not plugged in.',
  'no-label': 'No printed label in hand.',
  'label-off-cord': 'Put the label on the cord, near the connector.',
  'already-reported': 'The anomaly is already reported.',
}

export const messages = {
  fr: { pm: fr, player: { rejected: rejectedFr } },
  en: { pm: en, player: { rejected: rejectedEn } },
}
