import { AppError } from "@/src/errors";

/** The refusal a steward sees when someone else decided the suspect first, naming how it was decided. */
export function alreadyDecided(status: string): AppError {
  return new AppError("CONFLICT", `This suspect was already decided (${status.toLowerCase().replace("_", " ")}).`);
}
