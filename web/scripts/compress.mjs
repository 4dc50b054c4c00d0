// Writes brotli (.br) and gzip (.gz) copies of the built SPA's text files next to them, for the API host to
// serve to browsers that accept them: the JavaScript goes out at about a quarter of its size, without
// compressing on every request. A copy is kept only when it is smaller than the file.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const root = new URL('../dist/', import.meta.url).pathname
const compressible = /\.(js|css|html|svg|json|txt|map)$/

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (compressible.test(entry.name)) yield path
  }
}

let original = 0
let brotli = 0
for await (const path of files(root)) {
  const content = await readFile(path)
  const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })
  const gz = gzipSync(content, { level: 9 })
  if (br.length < content.length) await writeFile(`${path}.br`, br)
  if (gz.length < content.length) await writeFile(`${path}.gz`, gz)
  original += content.length
  brotli += Math.min(br.length, content.length)
}
console.log(`compressed: ${(original / 1024).toFixed(0)} KB of text files, ${(brotli / 1024).toFixed(0)} KB with brotli`)
