/**
 * A short fingerprint of a scene state (FNV-1a over its JSON), shown on the player and the replay so
 * a test, or a curious trainer, can check that a replay ends exactly where the attempt ended.
 */
export function stateDigest(state: unknown): string {
  const text = JSON.stringify(state)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
