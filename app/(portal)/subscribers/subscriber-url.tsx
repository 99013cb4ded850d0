/** A webhook URL as it was entered, up to 2,000 characters: it wraps anywhere and stops after two lines with an ellipsis; the title holds all of it. */
export function SubscriberUrl({ url }: { url: string }) {
  return (
    <code className="subscriber-url" title={url}>
      {url}
    </code>
  );
}
