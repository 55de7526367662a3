"""Prints what openpyxl reads from a workbook as JSON: each sheet's cells (dates as ISO text,
formulas as written), its tables with their ranges and columns, and the number format of each
cell holding a date, for the package layer's round-trip tests."""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])


def shown(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()[:10]
    return value


out = {"sheets": {}}
for ws in wb.worksheets:
    out["sheets"][ws.title] = {
        "state": ws.sheet_state,
        "rows": [[shown(c) for c in row] for row in ws.iter_rows(values_only=True)],
        "tables": {
            t.displayName: {"ref": t.ref, "columns": [c.name for c in t.tableColumns]}
            for t in ws.tables.values()
        },
        "dateFormats": sorted(
            {c.number_format for row in ws.iter_rows() for c in row if c.is_date}
        ),
    }
print(json.dumps(out))
