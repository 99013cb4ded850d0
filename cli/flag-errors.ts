import { AppError } from "@/src/errors";

/**
 * Puts a refused option back in the words the person typed: the domain names
 * the field (`map`) and says what is wrong with it, and the command knows
 * which flag filled that field (`--map`). Errors about anything else, or about
 * a field no flag fills, pass through unchanged.
 */
export function inFlagTerms(flags: Record<string, string>): (err: unknown) => never {
  return (err) => {
    if (!(err instanceof AppError) || !err.issues.length || !err.issues.every((i) => i.path in flags)) throw err;
    throw new AppError(err.code, err.issues.map((i) => `${flags[i.path]} ${i.message}`).join("; "), err.issues);
  };
}
