"""Prints what openpyxl reads from one sheet of a workbook, as JSON, for the plan tests to check."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")

def style(cell):
    """The cell's named style; openpyxl fails on some books' style lists (LibreOffice's)."""
    try:
        return cell.style
    except IndexError:
        return None


wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
cells = {}
for row in ws.iter_rows():
    for c in row:
        if c.value is None:
            continue
        cells[c.coordinate] = {
            "value": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat()[:10],
            "type": c.data_type,
            "format": c.number_format,
            "style": style(c),
            "bold": bool(c.font.b),
            "wrap": bool(c.alignment.wrap_text),
        }
print(json.dumps({
    "sheets": wb.sheetnames,
    "state": ws.sheet_state,
    "cells": cells,
    "names": sorted([d.name, d.attr_text] for d in wb.defined_names.definedName),
    "printArea": ws.print_area,
    "printTitles": ws.print_title_rows,
    "freeze": ws.freeze_panes,
    "orientation": ws.page_setup.orientation,
    "fitToWidth": ws.page_setup.fitToWidth,
    "fitToHeight": ws.page_setup.fitToHeight,
    "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
    "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
    "heights": {k: v.height for k, v in ws.row_dimensions.items() if v.height},
    "validations": [[str(v.sqref), v.type, v.formula1] for v in ws.data_validations.dataValidation],
    "tables": {name: ref for name, ref in ws.tables.items()},
    "highlights": sorted([str(r.sqref), rule.type] for r in ws.conditional_formatting for rule in r.rules),
    "images": {s.title: len(s._images) for s in wb.worksheets},
}, default=str))
