import { writeFileSync } from 'fs';
import path from 'path';
import { buildTicketsSchema } from './schema';

/** Writes schema.graphql, the committed artifact the gateway composes (style rule 11); `--print` prints it. */
buildTicketsSchema().then(({ sdl }) => {
  if (process.argv.includes('--print')) process.stdout.write(sdl + '\n');
  else writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl + '\n');
});
