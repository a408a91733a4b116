// Fails when src/api/schema.d.ts differs from what openapi-typescript makes of the committed
// OpenAPI document (docs/openapi.json, which the API's tests keep equal to the served one):
// an API change that was not followed by `npm run gen:api` fails the test command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const client = join(here, '..');
const committed = join(client, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'asn-api-types-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const cli = join(client, 'node_modules/openapi-typescript/bin/cli.js');
  execFileSync(process.execPath, [cli, join(client, '../docs/openapi.json'), '--properties-required-by-default', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const want = readFileSync(fresh, 'utf8');
  let have = '';
  try {
    have = readFileSync(committed, 'utf8');
  } catch {
    // reported below as a difference
  }
  if (want !== have) {
    const a = have.split('\n');
    const b = want.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line++;
    console.error(`check:api: src/api/schema.d.ts is out of date with docs/openapi.json (first difference at line ${line + 1}).`);
    console.error(`  committed: ${JSON.stringify(a[line] ?? '<end of file>')}`);
    console.error(`  generated: ${JSON.stringify(b[line] ?? '<end of file>')}`);
    console.error('Run `npm run gen:api` in client/ and commit the result.');
    process.exit(1);
  }
  console.log('check:api: the generated API types match docs/openapi.json.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
