// Exact numbers from the core, printed: the core gives every value as
// fraction text ("41/200", "3", "-7/2") and the framework says how many
// decimals to print and how (half-up for every built-in framework). The
// difference is rounded here exactly as the core rounds it in its own
// summary and document (Fraction::round_half_up): whole numbers (BigInt),
// no floating point, halves away from zero.

/** "a/b" or "a" (an optional sign) → {num, den} as BigInts, den > 0; null if not a fraction. */
export function parseFraction(value) {
  const m = /^\s*(-?\d+)(?:\/(\d+))?\s*$/.exec(String(value ?? ""));
  if (!m) return null;
  const num = BigInt(m[1]);
  const den = m[2] === undefined ? 1n : BigInt(m[2]);
  if (den === 0n) return null;
  return { num, den };
}

/**
 * Fraction text → decimal text with `decimals` places, half-up (a half
 * goes away from zero): "41/200", 2 → "0.21"; "71/1000" → "0.07";
 * "1/11" → "0.09"; "1/8" → "0.13". Unparsable text comes back unchanged.
 */
export function roundHalfUp(value, decimals = 2) {
  const f = parseFraction(value);
  if (f === null) return String(value ?? "");
  const negative = f.num < 0n;
  const num = negative ? -f.num : f.num;
  const scale = 10n ** BigInt(decimals);
  let q = (num * scale) / f.den;
  const rem = (num * scale) % f.den;
  if (2n * rem >= f.den) q += 1n;
  const digits = q.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  const sign = negative && q !== 0n ? "-" : "";
  return decimals > 0 ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}
