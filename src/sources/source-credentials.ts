import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";

const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(): Buffer {
  if (!env.SOURCE_CREDENTIALS_KEY) {
    throw new AppError("BAD_REQUEST", "Storing credentials needs SOURCE_CREDENTIALS_KEY (32 bytes, base64) in the environment.");
  }
  return Buffer.from(env.SOURCE_CREDENTIALS_KEY, "base64");
}

/**
 * Seals a source's credentials for the database (AES-256-GCM, a fresh IV
 * each time, the tag appended): a database dump or backup alone reveals
 * nothing, and a tampered value fails to open instead of reading as garbage.
 */
export function sealCredentials(credentials: Record<string, unknown>): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(credentials), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** Opens sealed credentials; a wrong key or a changed value says so without echoing anything of the value. */
export function openCredentials(sealed: Uint8Array): Record<string, unknown> {
  const bytes = Buffer.from(sealed);
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  try {
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new AppError("BAD_REQUEST", "The stored credentials cannot be opened with this SOURCE_CREDENTIALS_KEY; enter them again.");
  }
}
