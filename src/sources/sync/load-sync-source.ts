import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { parseConnectorSettings, type ConnectorSettings } from "@/src/sources/connector-settings";
import { openCredentials } from "@/src/sources/source-credentials";

/** A connector source as a sync or a listener needs it: its state, and its settings with the credentials opened, in memory only. */
export type SyncSource = {
  id: string;
  key: string;
  settings: ConnectorSettings;
  syncCursor: unknown;
  replayIds: Record<string, number>;
  pausedAt: Date | null;
  resumeAt: Date | null;
};

/**
 * Loads a connector source for syncing. A source without a connector, or
 * without stored credentials, cannot be synced: that is a NOT_FOUND the job
 * does not retry. Settings that no longer parse (stored before a stricter
 * release) are a VALIDATION_FAILED naming the field.
 */
export async function loadSyncSource(sourceId: string): Promise<SyncSource> {
  const source = await prisma.source.findUnique({ where: { id: sourceId } });
  if (!source?.connector) throw new AppError("NOT_FOUND", `Source ${sourceId} does not exist or has no connector to sync.`);
  if (!source.credentials) throw new AppError("NOT_FOUND", `Source ${source.key} has no stored credentials; enter them on the Sources page.`);
  const settings = parseConnectorSettings(source.connector, source.connectorConfig, openCredentials(source.credentials));
  return {
    id: source.id,
    key: source.key,
    settings,
    syncCursor: source.syncCursor,
    replayIds: (source.replayIds ?? {}) as Record<string, number>,
    pausedAt: source.pausedAt,
    resumeAt: source.resumeAt,
  };
}
