import { runImportCommand } from './lib/import-command.ts';

// `npm run import -- x | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runImportCommand(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
