import type { EventType } from "@/src/golden/change-rows";
import type { EntityType } from "@/src/matching/model/thresholds";

// Keyed by the writer's own union: a type added there fails to compile here until it is listed.
const everyEventType: Record<EventType, true> = {
  "golden.created": true,
  "golden.updated": true,
  "golden.merged": true,
  "golden.unmerged": true,
};

/** The event types the hub emits, the only ones a subscriber can ask for: a typo would otherwise subscribe to nothing, silently. */
export const hubEventTypes = Object.keys(everyEventType) as EventType[];

const everyEntityType: Record<EntityType, true> = { person: true, organization: true };

/** The kinds of customer a subscriber can narrow its events to, as the change event's `entityType` names them. */
export const subscriberEntityTypes = Object.keys(everyEntityType) as EntityType[];
