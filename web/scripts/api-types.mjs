// Generates src/lib/api/schema.d.ts from the OpenAPI snapshot, or with --check fails when the committed
// file is not what the snapshot generates.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const snapshot = 'src/lib/api/openapi.json'
const schema = 'src/lib/api/schema.d.ts'
// The API's records always carry every property, but the document lists none as required.
const options = ['--properties-required-by-default']

function generate(output) {
  execFileSync(join('node_modules', '.bin', 'openapi-typescript'), [snapshot, ...options, '--output', output], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

function firstDifference(expected, actual) {
  const [a, b] = [expected.split('\n'), actual.split('\n')]
  const line = a.findIndex((text, i) => text !== b[i])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}:\n  committed: ${b[at] ?? '(end of file)'}\n  generated: ${a[at] ?? '(end of file)'}`
}

if (!process.argv.includes('--check')) {
  generate(schema)
  console.log(`api:generate: wrote ${schema} from ${snapshot}`)
} else {
  const dir = mkdtempSync(join(tmpdir(), 'aintops-api-types-'))
  try {
    const fresh = join(dir, 'schema.d.ts')
    generate(fresh)
    const expected = readFileSync(fresh, 'utf8')
    const actual = readFileSync(schema, 'utf8')
    if (expected !== actual) {
      console.error(
        `api:check: ${schema} is out of date with ${snapshot} (first difference at ${firstDifference(expected, actual)})\n` +
          'Run `npm run api:generate` in web/ and commit the result.\n' +
          'If the API changed, first refresh the snapshot from the repository root:\n' +
          '  UPDATE_OPENAPI_SNAPSHOT=1 dotnet test tests/AIntops.IntegrationTests --filter OpenApiSnapshot',
      )
      process.exit(1)
    }
    console.log(`api:check: ${schema} matches ${snapshot}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
