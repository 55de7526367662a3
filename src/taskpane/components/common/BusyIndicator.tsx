import { Spinner } from "@fluentui/react-components";
import { useDelayedFlag } from "../../hooks/useDelayedFlag";

/** A spinner with the work in words, shown only when the work takes over half a second. */
export function BusyIndicator({ label }: { readonly label: string | null }) {
  const shown = useDelayedFlag(label !== null);
  return (
    <div aria-live="polite">
      {shown && label !== null && <Spinner size="tiny" labelPosition="after" label={`${label}…`} />}
    </div>
  );
}
