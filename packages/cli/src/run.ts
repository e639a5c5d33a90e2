/** Runs a commander program and turns engine errors into one clear line and a non-zero exit code. */
import type { Command } from "commander";

export async function runCli(program: Command, argv: string[] = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    reportError(err);
    process.exitCode = 1;
  }
}

export function reportError(err: unknown): void {
  if (err instanceof Error) {
    // EngineError messages are already formatted as `error[CODE] where: message`.
    const msg = err.name === "EngineError" || err.name === "UnsupportedFeatureError" ? err.message : `error: ${err.message}`;
    process.stderr.write(`${msg}\n`);
    if (process.env.STAT3_DEBUG) process.stderr.write(`${err.stack}\n`);
  } else {
    process.stderr.write(`error: ${String(err)}\n`);
  }
}
