"""Prints the charts openpyxl reads from each sheet of a workbook, as JSON, for the chart tests."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")


def title_text(chart):
    if chart.title is None or chart.title.tx is None or chart.title.tx.rich is None:
        return None
    return "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or []))


def plot(chart):
    return {
        "type": chart.tagname,
        "series": [
            {
                "name": s.tx.v if s.tx is not None else None,
                "values": s.val.numRef.f if s.val is not None else None,
                "categories": s.cat.strRef.f if s.cat is not None and s.cat.strRef else None,
                "cached": [p.v for p in s.val.numRef.numCache.pt]
                if s.val is not None and s.val.numRef.numCache is not None
                else None,
            }
            for s in chart.series
        ],
    }


wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [
        {
            "title": title_text(c),
            "from": [c.anchor._from.col, c.anchor._from.row],
            "to": [c.anchor.to.col, c.anchor.to.row],
            "plots": [plot(p) for p in c._charts],
        }
        for c in ws._charts
    ]
print(json.dumps(out))
