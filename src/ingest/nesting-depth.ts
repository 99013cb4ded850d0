/**
 * The path to the first object or array nested more than `max` levels deep,
 * or null. Walks with its own stack, so a body nested a million levels deep
 * (which JSON.parse accepts) is measured without overflowing the call stack
 * that validating or storing it would overflow.
 */
export function pathDeeperThan(value: unknown, max: number): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.value === null || typeof next.value !== "object") continue;
    if (next.path.length >= max) return next.path;
    // Children pushed last first, so the first path found is the earliest one (the lowest record index).
    for (const [key, child] of Object.entries(next.value).reverse()) stack.push({ value: child, path: [...next.path, key] });
  }
  return null;
}
