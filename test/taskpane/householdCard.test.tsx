/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { scoreBook } from "../../src/core/book/clientBook";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { buildToday, type TodayItem } from "../../src/core/today/today";
import { CallCard } from "../../src/taskpane/components/today/CallCard";
import { AS_OF, d, householdRecords } from "../fixtures/householdBook";

const settings = { ...DEFAULT_SETTINGS, me: "Dana" };

function items(): TodayItem[] {
  const view = buildToday(scoreBook(householdRecords(), settings), settings, AS_OF, [
    {
      date: d("2026-09-01"),
      introducerId: "H-2",
      introducerName: "Tom Lopez",
      introducedId: "",
      introducedName: "Ana Ruiz",
      result: "not yet",
    },
  ]);
  return [...view.mine.calls, ...view.mine.waiting, ...view.cards];
}

function card(item: TodayItem) {
  const nothing = () => undefined;
  render(
    <FluentProvider theme={webLightTheme}>
      <CallCard
        item={item}
        contactedToday={false}
        busy={false}
        onLog={nothing}
        onSnooze={nothing}
        onPlan={nothing}
        onCalendar={nothing}
      />
    </FluentProvider>
  );
}

describe("a household on the call list", () => {
  test("one card names the family and gives each member's reasons, follow-up and introductions", () => {
    card(items().find((i) => i.household !== null && i.client.household?.key === "lopez")!);
    const article = screen.getByRole("article", { name: "The Lopez household: Maria, Tom" });
    const members = within(article).getByRole("list", { name: "Members of The Lopez household" });
    const lines = within(members)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(/^Maria Lopez: birthday .*ask about: ask about the new house/);
    expect(lines[1]).toMatch(
      /^Tom Lopez: .*ask about: golf trip · introduced Ana Ruiz \(1 Sep 2026, not yet\)/
    );
  });

  test("the card to send stays per person", () => {
    card(items().find((i) => i.household === null && i.client.id === "H-1")!);
    expect(screen.getByRole("article", { name: "Maria Lopez" }).textContent).toContain(
      "Ask about: ask about the new house"
    );
  });
});
