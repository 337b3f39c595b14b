/** One line for the console or a bug report, from whatever was thrown (IndexedDB throws DOMExceptions). */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && 'message' in error) {
    return `${String(error.name)}: ${String(error.message)}`
  }
  return String(error)
}
