import { common } from './common.ts'
import { fibreId, player, replay } from './player.ts'
import { pages } from './pages.ts'

export const fr = { ...common, ...pages, player, replay, fibreId }
