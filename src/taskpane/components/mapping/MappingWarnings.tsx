import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ColumnMapping } from "../../../core/book/clientFields";
import { missingKeyFields } from "../../../core/book/mappingReport";

/**
 * The key fields the chosen columns leave out, and what that costs: the same lines the command
 * line prints. The client ID has its own bar with an action, so it is not repeated here.
 */
export function MappingWarnings({ mapping }: { readonly mapping: ColumnMapping }) {
  const warnings = missingKeyFields(mapping).filter((w) => !w.startsWith("no client ID"));
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <ul aria-label="Columns not found">
          {warnings.map((w) => (
            <li key={w}>{w.charAt(0).toUpperCase() + w.slice(1)}.</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
