import type { ReactNode } from "react";

// One button in a list row that posts a few hidden values to a server action: a plain form, so it
// works without JavaScript. The action checks the caller and the values itself.
export function ActionButton({
  action,
  fields,
  className = "button",
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className}>
        {children}
      </button>
    </form>
  );
}
