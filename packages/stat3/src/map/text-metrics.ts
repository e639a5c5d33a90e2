/**
 * Text width without a DOM: advance widths of DejaVu Sans (the font the PNG renderer finds on our
 * machines; also close to Arial/Helvetica for layout purposes), in em, from the font's hmtx table
 * (units per em 2048, rounded to 3 decimals). Unknown characters count as 0.62 em.
 */
const W: Record<string, number> = {
  " ": 0.318,
  "!": 0.401,
  '"': 0.46,
  "#": 0.838,
  $: 0.636,
  "%": 0.95,
  "&": 0.78,
  "'": 0.275,
  "(": 0.39,
  ")": 0.39,
  "*": 0.5,
  "+": 0.838,
  ",": 0.318,
  "-": 0.361,
  ".": 0.318,
  "/": 0.337,
  ":": 0.337,
  ";": 0.337,
  "<": 0.838,
  "=": 0.838,
  ">": 0.838,
  "?": 0.531,
  "[": 0.39,
  "]": 0.39,
  _: 0.5,
  "|": 0.337,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  "–": 0.5,
  "—": 1.0,
  β: 0.637,
  κ: 0.6,
  "↑": 0.838,
  "↓": 0.838,
  "→": 0.838,
  "⊣": 0.838,
  "·": 0.318,
  "’": 0.318,
};

export function textWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += W[ch] ?? (/[0-9]/.test(ch) ? 0.636 : 0.62);
  return em * fontSize * (bold ? 1.12 : 1);
}

/** Greedy word wrap to a maximum width; words longer than the width stay whole. */
export function wrap(s: string, fontSize: number, maxWidth: number, bold = false): string[] {
  // split at ordinary spaces only: "↓\u00a0CXCL10" stays on one line
  const words = s.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}
