import { nextcontact } from "../../src/functions/functions";
import { createSettingsSheet } from "../../src/app/setupActions";
import { DEFAULT_SETTINGS, SETTING_NAMES } from "../../src/core/book/settings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

// The settings sheet's named ranges are made for formulas: =RH.NEXTCONTACT(F2, G2, RH_Cadence, RH_Holidays, RH_Weekend).
test("the settings sheet's names work as NEXTCONTACT's cadence, holidays and weekend", async () => {
  const port = new MemoryWorkbook();
  const monday = 46349;
  await createSettingsSheet(port, {
    ...DEFAULT_SETTINGS,
    tiers: [
      { tier: "A", days: 60, channel: "Personal call", responsible: "Owner" },
      ...DEFAULT_SETTINGS.tiers.slice(1),
    ],
    holidays: [monday + 60],
    weekend: "0000110",
  });
  const names = await port.readNames([
    SETTING_NAMES.cadence,
    SETTING_NAMES.holidays,
    SETTING_NAMES.weekend,
  ]);
  const [[next]] = nextcontact(
    [[monday]],
    [["A"]],
    names.RH_Cadence!,
    names.RH_Holidays!,
    names.RH_Weekend![0][0]
  );
  // Monday + 60 is a Friday holiday; Friday and Saturday are the weekend → Sunday.
  expect(next).toBe(monday + 62);
});
