import { writeFileSync } from 'fs';
import path from 'path';
import { buildCustomersSchema } from './schema';

/** Writes schema.graphql, the committed artifact the gateway composes (style rule 11); `--print` prints it. */
buildCustomersSchema().then(({ sdl }) => {
  if (process.argv.includes('--print')) process.stdout.write(sdl + '\n');
  else writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl + '\n');
});
