/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { scoreBook } from "../../src/core/book/clientBook";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { buildToday, type TodayItem } from "../../src/core/today/today";
import {
  LogContactDialog,
  type LogTarget,
} from "../../src/taskpane/components/dialogs/LogContactDialog";
import { AS_OF, householdRecords } from "../fixtures/householdBook";

const settings = { ...DEFAULT_SETTINGS, me: "Dana" };

function lopezItem(): TodayItem {
  const view = buildToday(scoreBook(householdRecords(), settings), settings, AS_OF);
  return [...view.mine.calls, ...view.mine.waiting].find(
    (i) => i.household !== null && i.client.household?.key === "lopez"
  )!;
}

test("on a household's card the dialog asks who was reached, and logs that member", async () => {
  const user = userEvent.setup();
  const onSubmit = jest.fn<Promise<null>, [LogTarget, unknown, unknown]>(async () => null);
  const item = lopezItem();
  render(
    <FluentProvider theme={webLightTheme}>
      <LogContactDialog
        target={{ item, channel: "call" }}
        today={AS_OF}
        minutesPerCall={10}
        onSubmit={onSubmit}
        onClose={() => undefined}
      />
    </FluentProvider>
  );
  const dialog = await screen.findByRole("dialog");
  const who = within(dialog).getByRole("combobox", { name: /Who did you reach/ });
  expect((who as HTMLSelectElement).value).toBe(item.client.id);
  expect(
    within(who)
      .getAllByRole("option")
      .map((o) => o.textContent)
  ).toEqual(["Maria Lopez", "Tom Lopez"]);
  await user.selectOptions(who, "H-2");
  // The form is Tom's now: his follow-up is the one on record.
  const followUp = within(await screen.findByRole("dialog")).getByRole("textbox", {
    name: "Follow-up for next time",
  });
  expect((followUp as HTMLTextAreaElement).value).toBe("golf trip");
  await user.click(
    within(screen.getByRole("dialog")).getByRole("button", { name: "Save contact" })
  );
  await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  expect(onSubmit.mock.calls[0][0].item.client.id).toBe("H-2");
});

test("a client called alone gets no such question", async () => {
  // The same client with the rotation by household off: a card of their own.
  const alone: TodayItem = { ...lopezItem(), household: null };
  render(
    <FluentProvider theme={webLightTheme}>
      <LogContactDialog
        target={{ item: alone, channel: "call" }}
        today={AS_OF}
        minutesPerCall={10}
        onSubmit={async () => null}
        onClose={() => undefined}
      />
    </FluentProvider>
  );
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).queryByRole("combobox", { name: /Who did you reach/ })).toBeNull();
});
