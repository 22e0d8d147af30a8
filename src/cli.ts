// Command-line flags for every entry point: node:util parseArgs, --help with a usage text, one clear line for an
// unknown flag, and a closed standard output (`npm start | head`) ending the process quietly.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { accessSync, constants, statSync } from 'node:fs';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The flags of `argv`, or the process ends: 0 after printing the usage for --help, 2 for a flag it does not know. */
export function readFlags<O extends Options>(name: string, usage: string, options: O, argv = process.argv.slice(2)) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(`${usage.trim()}\n`);
      process.exit(0);
    }
    return values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string } & { help?: boolean };
  } catch (err) {
    process.stderr.write(`${name}: ${(err as Error).message.split('\n')[0]} (see ${name} --help)\n`);
    process.exit(2);
  }
}

/** A reader that stops reading (`| head`) closes standard output: that ends the process, without a stack trace. */
export function quietOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

/** Why a corpus folder cannot be served, or null when it can: checked before anything starts. */
export function corpusDirProblem(dir: string): string | null {
  let info;
  try {
    info = statSync(dir);
  } catch {
    return `CORPUS_DIR ${dir} does not exist: create it, or point CORPUS_DIR at the folder of articles`;
  }
  if (!info.isDirectory()) return `CORPUS_DIR ${dir} is not a folder`;
  try {
    accessSync(dir, constants.R_OK | constants.X_OK);
  } catch {
    return `CORPUS_DIR ${dir} cannot be read by this user`;
  }
  return null;
}
