/** A form's refusal or error in words, announced to screen readers as it appears; nothing when there is none. */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-message" role="alert">
      {message}
    </p>
  );
}
