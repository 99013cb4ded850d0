import { diffWords } from "diff";

type Props = { before: string | null; after: string | null; side: "before" | "after" };

/**
 * One side of a changed value with the words that differ marked: removed
 * words struck through on the older side, added words underlined on the
 * newer, so a changed house number in a long street reads at a glance.
 */
export function WordDiff({ before, after, side }: Props) {
  const own = side === "before" ? before : after;
  if (own === null) return <span className="muted">no value</span>;
  if (before === null || after === null) return <bdi>{own}</bdi>;
  const parts = diffWords(before, after);
  return (
    <bdi>
      {parts.map((part, i) => {
        if (side === "before" && part.added) return null;
        if (side === "after" && part.removed) return null;
        if (part.removed) return <del key={i}>{part.value}</del>;
        if (part.added) return <ins key={i}>{part.value}</ins>;
        return <span key={i}>{part.value}</span>;
      })}
    </bdi>
  );
}
