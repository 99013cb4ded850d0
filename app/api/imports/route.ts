import { createCsvUpload } from "@/src/sources/csv/create-csv-upload";
import { MAX_UPLOAD_BYTES } from "@/src/sources/csv/upload-limits";
import { errorResponse, readJson } from "@/app/api/_lib/json-response";
import { requestPrincipal } from "./_lib/request-principal";

export const dynamic = "force-dynamic";

/**
 * Opens an upload: `{ fileName, size, type, encoding }` as JSON. The file
 * follows in pieces to /api/imports/{id}/chunks, never in one body: the
 * proxy in front of every API route cuts a body off at 10 MB.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const principal = await requestPrincipal(request);
    const input = await readJson(request, 4096);
    const { upload, chunkBytes } = await createCsvUpload({ principal, input });
    return Response.json(
      { id: upload.id, fileName: upload.fileName, size: upload.size, encoding: upload.encoding, chunkBytes, maxBytes: MAX_UPLOAD_BYTES },
      { status: 201, headers: { location: `/api/imports/${upload.id}` } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
