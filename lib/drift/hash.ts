/**
 * A short, stable fingerprint of a string, for the drift log: it tells two messages (or two flagged
 * phrases) apart and recognises the same one again, without keeping the string. FNV-1a, 64 bits, over
 * the string's UTF-8 bytes (http://www.isthe.com/chongo/tech/comp/fnv/), computed in two 32-bit
 * halves so that it needs no BigInt and gives the same 16 hex digits in every browser, Node and run.
 *
 * Not a secret: a short phrase ("50%") can be found again by hashing guesses. The log keeps such
 * hashes only to count a finding once; it never keeps the text.
 */

const encoder = new TextEncoder();

// 2^32, to split a product into its high and low 32 bits exactly (every product here stays below 2^53).
const TWO_32 = 4_294_967_296;

export function shortHash(s: string): string {
  // Offset basis 0xcbf29ce484222325.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(s)) {
    lo = (lo ^ byte) >>> 0;
    // Times the FNV prime 2^40 + 0x1b3, modulo 2^64: lo·0x1b3 carries into hi, and lo·2^40 adds lo·2^8 to hi.
    const low = lo * 0x1b3;
    const carry = Math.floor(low / TWO_32);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
