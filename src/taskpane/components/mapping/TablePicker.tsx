import { Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { CONTACT_LOG_TABLE } from "../../../core/book/contactLog";
import type { TableInfo } from "../../../workbook/workbookPort";

interface Props {
  /** The table read as the client list now. */
  readonly current: string;
  readonly busy: boolean;
  readonly listTables: () => Promise<TableInfo[]>;
  readonly onChooseTable: (name: string) => void;
}

/** Another table as the client list; shown only when the workbook has more than one. */
export function TablePicker({ current, busy, listTables, onChooseTable }: Props) {
  const [tables, setTables] = useState<TableInfo[]>([]);

  useEffect(() => {
    let live = true;
    // Only to offer other tables; when listing fails the current one is still fine.
    listTables().then(
      (all) => live && setTables(all.filter((t) => t.name !== CONTACT_LOG_TABLE)),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [listTables]);

  if (tables.length <= 1) return null;
  return (
    <Field label="Client table">
      <Select value={current} disabled={busy} onChange={(_, data) => onChooseTable(data.value)}>
        {tables.map((t) => (
          <option key={t.name} value={t.name}>
            {t.name} ({t.sheet})
          </option>
        ))}
      </Select>
    </Field>
  );
}
