/** What the upload routes answer on a refusal: a message written for the person who sent the file. */
type Refusal = { error?: { message?: string } };

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & Refusal) | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The portal answered ${response.status}; try again.`);
  return body as T;
}

/** One request, sent again once after a dropped connection: a piece already stored is refused by its offset, never stored twice. */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return fetch(url, init).catch(() => {
      throw new Error("The connection to the portal broke while sending the file; check it and upload again.");
    });
  }
}

type Progress = { sent: number; total: number } | "checking";

/**
 * Sends a file to /api/imports in pieces (the routes' proxy cuts a single
 * body off at 10 MB), then asks the portal to check it whole. A refusal at
 * any step throws its message; a half-sent upload is discarded on the way.
 */
export async function sendFile(file: File, encoding: string, onProgress: (progress: Progress) => void): Promise<string> {
  const opened = await answer<{ id: string; chunkBytes: number }>(
    await send("/api/imports", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fileName: file.name, size: file.size, type: file.type, encoding }),
    }),
  );
  try {
    for (let offset = 0; offset < file.size; offset += opened.chunkBytes) {
      const piece = file.slice(offset, offset + opened.chunkBytes);
      await answer(await send(`/api/imports/${opened.id}/chunks?offset=${offset}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: piece }));
      onProgress({ sent: Math.min(offset + opened.chunkBytes, file.size), total: file.size });
    }
    onProgress("checking");
    await answer(await send(`/api/imports/${opened.id}/complete`, { method: "POST" }));
    return opened.id;
  } catch (error) {
    void fetch(`/api/imports/${opened.id}`, { method: "DELETE" }).catch(() => undefined);
    throw error;
  }
}
