import {
  twelveDays,
  twelveDaysStart,
  upcomingTwelveDaysStart,
} from "../../../src/core/reviews/twelveDays";
import { d } from "../../fixtures/smallBook";

const client = (id: string, score: number | null, name = id) => ({
  id,
  name,
  owner: "Dana",
  score,
});

describe("twelve days of appreciation", () => {
  test("the top twelve by score, one a day from 13 December to Christmas Eve", () => {
    const clients = Array.from({ length: 15 }, (_, i) => client(`C-${i + 1}`, i * 5));
    const days = twelveDays(clients, twelveDaysStart(2026));
    expect(days).toHaveLength(12);
    expect(days[0]).toEqual({ day: 1, date: d("2026-12-13"), client: clients[14] });
    expect(days[11].date).toBe(d("2026-12-24"));
    expect(days.map((r) => r.client.id)).not.toContain("C-1");
  });

  test("ties are broken by name then ID; clients without a score come last", () => {
    const days = twelveDays(
      [
        client("3", 50, "Chen"),
        client("2", null, "Ames"),
        client("1", 50, "Baker"),
        client("4", 50, "Baker"),
      ],
      d("2027-01-04")
    );
    expect(days.map((r) => r.client.id)).toEqual(["1", "4", "3", "2"]);
    expect(days.map((r) => r.date)).toEqual([
      d("2027-01-04"),
      d("2027-01-05"),
      d("2027-01-06"),
      d("2027-01-07"),
    ]);
  });

  test("a book of fewer than twelve gets fewer days", () => {
    expect(twelveDays([client("1", 1)], twelveDaysStart(2026))).toHaveLength(1);
    expect(twelveDays([], twelveDaysStart(2026))).toEqual([]);
  });

  test("the coming twelve days: this year's until Christmas Eve, then next year's", () => {
    expect(upcomingTwelveDaysStart(d("2026-11-23"))).toBe(d("2026-12-13"));
    expect(upcomingTwelveDaysStart(d("2026-12-24"))).toBe(d("2026-12-13"));
    expect(upcomingTwelveDaysStart(d("2026-12-25"))).toBe(d("2027-12-13"));
  });
});
