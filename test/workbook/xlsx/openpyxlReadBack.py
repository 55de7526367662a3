"""Prints what openpyxl reads from a workbook, as JSON, for the producers test to compare."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {
    "sheets": [ws.title for ws in wb.worksheets],
    "tables": {ws.title: dict(ws.tables.items()) for ws in wb.worksheets},
    "names": sorted([d.name, d.attr_text, d.localSheetId] for d in wb.defined_names.definedName),
    "validations": {ws.title: len(ws.data_validations.dataValidation) for ws in wb.worksheets},
    "printTitles": {ws.title: ws.print_title_rows for ws in wb.worksheets if ws.print_title_rows},
    "lockStructure": bool(wb.security and wb.security.lockStructure),
    "images": {ws.title: len(ws._images) for ws in wb.worksheets},
}
if "Contact Log" in wb.sheetnames:
    ws = wb["Contact Log"]
    out["lastLog"] = [str(c.value) if c.value is not None else None for c in ws[ws.max_row]]
print(json.dumps(out))
