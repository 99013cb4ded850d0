/**
 * Words that begin a family name rather than end the given names ("Ludwig van
 * Beethoven", "Ana de la Cruz", "Omar ibn Said"), in the languages customer
 * names most often carry them in. Lower case, without accents.
 */
const particles = new Set([
  "van", "von", "vom", "der", "den", "het", "ter", "ten", "te", "zu", "zum", "zur",
  "de", "del", "della", "dei", "degli", "di", "da", "du", "des", "la", "las", "los", "le",
  "dos", "das", "do", "bin", "bint", "ibn", "al", "el", "af",
]);

export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase());
}
