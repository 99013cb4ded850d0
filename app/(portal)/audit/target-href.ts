/** Where the portal shows a target of each type; types without a page of their own get no link. */
const pages: Record<string, (id: string) => string> = {
  GoldenRecord: (id) => `/golden/${encodeURIComponent(id)}`,
  DuplicateSuspect: (id) => `/suspects/${encodeURIComponent(id)}`,
  User: () => "/admin/users",
  ApiToken: () => "/admin/tokens",
};

/** The page an audit entry's target lives on, or null. */
export function targetHref(targetType: string, targetId: string): string | null {
  return pages[targetType]?.(targetId) ?? null;
}
