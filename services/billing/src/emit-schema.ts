import { writeFileSync } from 'fs';
import path from 'path';
import { buildBillingSchema } from './schema';

/** Writes schema.graphql, the committed artifact the gateway composes (style rule 11); `--print` prints it. */
buildBillingSchema().then(({ sdl }) => {
  if (process.argv.includes('--print')) process.stdout.write(sdl + '\n');
  else writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl + '\n');
});
