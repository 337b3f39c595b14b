// Bundle budget (docs/ARCHITECTURE.md "Budgets"), checked on the production build:
//   node tests/budget/bundle-budget.mjs [distDir]      (distDir defaults to ./dist; run `npm run build` first)
//
// It follows the real import graph in dist/.vite/manifest.json rather than guessing from file names:
// - "JS before any 3D": the entry chunk of index.html and its static imports, recursively. Dynamic imports are
//   left out: they load later, on demand.
// - "JS to scene <id>": for each lazily loaded scene View chunk, everything the browser must have fetched to
//   run it: the pre-3D set, plus every dynamically imported chunk on the way from the entry to the View (a
//   lazy player route, say) and the View chunk, each with its static imports.
// Sizes are per file, gzip level 9, summed (each file is served and compressed separately).
// Units: the architecture's "KB" budgets are taken as KiB, 1 KiB = 1024 bytes (120 KiB = 122,880 bytes);
// the output says KiB and also gives exact bytes, so nobody has to guess.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const KIB = 1024
const BUDGET_BEFORE_3D_KIB = 120
const BUDGET_TO_SCENE_KIB = 350
const ENTRY_KEY = 'index.html'
const SCENE_VIEW_SOURCE = /^scenes\/([^/]+)\/View\.tsx$/

const distDir = process.argv[2] ?? 'dist'
const manifestPath = join(distDir, '.vite', 'manifest.json')

function fail(message) {
  console.error(`bundle-budget: ${message}`)
  process.exit(1)
}

if (!existsSync(manifestPath)) {
  fail(
    `${manifestPath} is missing: run \`npm run build\` first (vite.config.ts must keep build.manifest: true).`,
  )
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
const entry = manifest[ENTRY_KEY]
if (!entry?.isEntry) fail(`the manifest has no entry for ${ENTRY_KEY}.`)

const isJs = (file) => /\.m?js$/.test(file)

const sizeCache = new Map()
function sizeOf(file) {
  if (!sizeCache.has(file)) {
    const path = join(distDir, file)
    if (!existsSync(path)) fail(`${file} is in the manifest but not in ${distDir}: is the build complete?`)
    const bytes = readFileSync(path)
    sizeCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length })
  }
  return sizeCache.get(file)
}

/** Manifest keys of `key` and of everything it imports statically, recursively. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into
  const chunk = manifest[key]
  if (!chunk) fail(`the manifest refers to ${key}, which it does not list.`)
  into.add(key)
  for (const imported of chunk.imports ?? []) staticClosure(imported, into)
  return into
}

function measure(keys) {
  const files = [...keys].map((key) => manifest[key].file).filter(isJs)
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const size = sizeOf(file)
    raw += size.raw
    gzip += size.gzip
  }
  return { files: files.length, raw, gzip }
}

// Breadth-first over dynamic imports from the entry: for each lazily loaded chunk, the chunk whose load
// triggered it on the shortest chain (fewest dynamic hops) from index.html.
const loadedBy = new Map([[ENTRY_KEY, null]])
for (const queue = [ENTRY_KEY]; queue.length > 0;) {
  const loader = queue.shift()
  for (const key of staticClosure(loader)) {
    for (const lazy of manifest[key].dynamicImports ?? []) {
      if (loadedBy.has(lazy)) continue
      loadedBy.set(lazy, loader)
      queue.push(lazy)
    }
  }
}

function loadChain(key) {
  const chain = []
  for (let at = key; at !== null && at !== undefined; at = loadedBy.get(at)) chain.unshift(at)
  return loadedBy.has(key) ? chain : [ENTRY_KEY, key]
}

const kib = (bytes) => (bytes / KIB).toFixed(1)
const preSet = staticClosure(ENTRY_KEY)
const rows = []
const overBudget = []

function check(label, keys, budgetKib, note) {
  const size = measure(keys)
  const ok = size.gzip <= budgetKib * KIB
  rows.push([
    label,
    size.files,
    size.raw,
    size.gzip,
    kib(size.gzip),
    budgetKib.toFixed(1),
    ok ? 'ok' : 'OVER',
  ])
  if (note) rows.at(-1).push(note)
  if (!ok) overBudget.push(`${label}: ${kib(size.gzip)} KiB gzip > ${budgetKib} KiB`)
}

check('JS before any 3D', preSet, BUDGET_BEFORE_3D_KIB)

const sceneKeys = Object.keys(manifest).filter((key) => {
  const chunk = manifest[key]
  return SCENE_VIEW_SOURCE.test(chunk.src ?? key) || (chunk.isDynamicEntry && chunk.name?.includes('View'))
})
for (const key of sceneKeys) {
  const sceneId = SCENE_VIEW_SOURCE.exec(manifest[key].src ?? key)?.[1] ?? manifest[key].name
  const chain = loadChain(key)
  const keys = new Set(preSet)
  for (const step of chain) staticClosure(step, keys)
  const note = loadedBy.has(key)
    ? `via ${chain.join(' → ')}`
    : `not reachable from ${ENTRY_KEY}; counted as entry + View`
  check(`JS to scene ${sceneId}`, keys, BUDGET_TO_SCENE_KIB, note)
}

function printTable(header, body) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => String(row[column] ?? '').length)),
  )
  const numeric = (value) => typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))
  const line = (cells) =>
    `| ${widths
      .map((width, column) => {
        const text = String(cells[column] ?? '')
        return numeric(cells[column]) ? text.padStart(width) : text.padEnd(width)
      })
      .join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of body) console.log(line(row))
}

console.log(
  `Bundle budget — ${relative(process.cwd(), manifestPath)} — gzip -9 per file, 1 KiB = 1024 bytes\n`,
)
printTable(
  ['what', 'JS files', 'raw bytes', 'gzip bytes', 'gzip KiB', 'budget KiB', 'result', 'load path'],
  rows,
)

// Every JS file in dist, including any that the manifest does not name (a worker, say), largest first.
function listJs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name)
    if (item.isDirectory()) return item.name === '.vite' ? [] : listJs(path)
    return isJs(item.name) ? [relative(distDir, path)] : []
  })
}
const sourceOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, chunk.src ?? key]))
const preFiles = new Set([...preSet].map((key) => manifest[key].file))
const chunks = listJs(distDir)
  .map((file) => ({ file, source: sourceOf.get(file) ?? '(not in manifest)', ...sizeOf(file) }))
  .sort((a, b) => b.gzip - a.gzip)
const total = chunks.reduce((sum, chunk) => ({ raw: sum.raw + chunk.raw, gzip: sum.gzip + chunk.gzip }), {
  raw: 0,
  gzip: 0,
})

console.log('')
printTable(
  ['chunk', 'source', 'raw bytes', 'gzip bytes', 'gzip KiB', 'before 3D'],
  [
    ...chunks.map((c) => [c.file, c.source, c.raw, c.gzip, kib(c.gzip), preFiles.has(c.file) ? 'yes' : '']),
    [`all JS (${chunks.length} files)`, '', total.raw, total.gzip, kib(total.gzip), ''],
  ],
)

if (sceneKeys.length === 0) {
  console.log(
    `\nwarning: no lazily loaded scene View chunk (scenes/<id>/View.tsx) in the build yet; ` +
      `only the "before any 3D" budget was checked.`,
  )
}
if (overBudget.length > 0) {
  console.error(`\nbundle-budget: over budget:\n  ${overBudget.join('\n  ')}`)
  process.exit(1)
}
console.log('\nbundle-budget: all budgets met.')
