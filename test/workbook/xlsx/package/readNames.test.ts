/**
 * readNames on a package: a name over a range gives its cells, a constant name its value (number,
 * text, TRUE/FALSE, an array constant), a workbook-wide name wins over a sheet's own, and a name
 * that is a formula or an error, or does not exist, gives null.
 */
import { constantValue } from "../../../../src/workbook/xlsx/package/definedNameValue";
import { handBuiltBook } from "./handBuilt";

const ROWS =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1"><v>90</v></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>B</t></is></c><c r="B2"><v>180</v></c></row>`;

const NAMES =
  `<definedName name="RH_Cadence">Clients!$A$1:$B$2</definedName>` +
  `<definedName name="RH_Days">365</definedName>` +
  `<definedName name="RH_Me">"Dana ""D"" Whitfield"</definedName>` +
  `<definedName name="RH_On">TRUE</definedName>` +
  `<definedName name="RH_Grid">{1,"a";2,"b"}</definedName>` +
  `<definedName name="RH_Moving">OFFSET(Clients!$A$1,0,0,COUNTA(Clients!$A:$A),1)</definedName>` +
  `<definedName name="RH_Gone">#REF!</definedName>` +
  `<definedName name="RH_Scoped" localSheetId="0">Clients!$B$1</definedName>` +
  `<definedName name="RH_Scoped">Clients!$B$2</definedName>`;

test("readNames gives ranges' cells, constants' values, and null for the rest", async () => {
  const port = handBuiltBook(ROWS, NAMES);

  const names = await port.readNames([
    "rh_cadence",
    "RH_Days",
    "RH_Me",
    "RH_On",
    "RH_Grid",
    "RH_Moving",
    "RH_Gone",
    "RH_Scoped",
    "RH_Nothing",
  ]);

  expect(names).toEqual({
    rh_cadence: [
      ["A", 90],
      ["B", 180],
    ],
    RH_Days: [[365]],
    RH_Me: [['Dana "D" Whitfield']],
    RH_On: [[true]],
    RH_Grid: [
      [1, "a"],
      [2, "b"],
    ],
    RH_Moving: null,
    RH_Gone: null,
    RH_Scoped: [[180]],
    RH_Nothing: null,
  });
});

test.each([
  ["-1.5E3", [[-1500]]],
  ['="x"', [["x"]]],
  ["{1,2,3}", [[1, 2, 3]]],
  ["{1,2;3}", null],
  ["Sheet1!A1+1", null],
])("constantValue(%s)", (formula, expected) => {
  expect(constantValue(formula)).toEqual(expected);
});
