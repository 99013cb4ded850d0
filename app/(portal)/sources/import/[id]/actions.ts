"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { can, refusal } from "@/src/auth/permissions";
import { AppError, type FieldIssue } from "@/src/errors";
import { discardCsvUpload } from "@/src/sources/csv/discard-csv-upload";
import { startCsvUploadImport } from "@/src/sources/csv/start-csv-upload-import";
import { requirePrincipal } from "@/app/components/require-principal";
import { startInputOf, type MappingValues } from "./start-input";

export type StartState = {
  /** how many refusals the form has had: its fields are drawn afresh from `values` after each */
  answers: number;
  message: string | null;
  issues: FieldIssue[];
  values: MappingValues | null;
};

/** Everything the form sent, to show it again as chosen after a refusal. */
function valuesOf(form: FormData): MappingValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const columns = [...form.keys()].filter((k) => /^columns\.\d+$/.test(k));
  const byPlace: string[] = [];
  for (const name of columns) byPlace[Number(name.slice("columns.".length))] = text(name);
  return { source: text("source"), sourceKey: text("sourceKey"), idColumn: text("idColumn"), country: text("country"), columns: Array.from(byPlace, (c) => c ?? "") };
}

/**
 * Starts the import the form describes and opens its progress. The rows
 * are stored after the answer is sent (`after`), so a large file does not
 * hold the request; a refusal comes back with its fields marked.
 */
export async function startImportAction(uploadId: string, previous: StartState, form: FormData): Promise<StartState> {
  const answers = previous.answers + 1;
  const principal = await requirePrincipal();
  if (!can(principal, "sources.manage")) return { answers, message: refusal("sources.manage"), issues: [], values: valuesOf(form) };
  try {
    const { finished } = await startCsvUploadImport({ principal, uploadId, input: startInputOf(form) });
    after(finished);
  } catch (error) {
    if (error instanceof AppError) return { answers, message: error.message, issues: error.issues, values: valuesOf(form) };
    throw error;
  }
  revalidatePath("/sources");
  redirect(`/sources/import/${uploadId}`);
}

/** Throws the upload away and goes back to choosing a file. */
export async function discardUploadAction(uploadId: string, _previous: { message: string | null }): Promise<{ message: string | null }> {
  const principal = await requirePrincipal();
  try {
    await discardCsvUpload({ principal, uploadId });
  } catch (error) {
    if (error instanceof AppError && error.code !== "NOT_FOUND") return { message: error.message };
    if (!(error instanceof AppError)) throw error;
  }
  redirect("/sources/import");
}
