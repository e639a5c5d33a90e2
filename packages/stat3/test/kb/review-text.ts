/** Test support: the review's text from ../shared/seed (override with STAT3_REVIEW=<file>). */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REVIEW_FILE =
  process.env.STAT3_REVIEW ??
  fileURLToPath(new URL("../../../../../shared/seed/000_bf640c73cefc563f.txt", import.meta.url));

/** The text, or undefined when the shared folder is not next to the repository (tests then skip). */
export function reviewText(): string | undefined {
  return existsSync(REVIEW_FILE) ? readFileSync(REVIEW_FILE, "utf8") : undefined;
}
