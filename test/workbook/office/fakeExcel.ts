/**
 * A thin fake of Excel.RequestContext over an in-memory workbook (fakeModel.ts), for the adapter's
 * tests. office-addin-mock cannot serve here: it knows no tables, collections or null objects,
 * objects made by a method call are never synced, and it does not count syncs or measure what a
 * sync carries. This fake counts every context.sync(), records the bytes each one sends and brings
 * back, and, like Excel on the web, refuses a sync over 5 MB either way.
 */
import { SERIAL_1904_OFFSET, serialFromDate } from "../../../src/core/dates/serial";
import type { RunBatch } from "../../../src/workbook/office/excelWorkbook";
import { WEB_PAYLOAD_LIMIT } from "../../../src/workbook/office/payload";
import { FakeWorkbook } from "./fakeModel";
import { FakeNames } from "./fakeNames";
import { FakeObject, FakeOfficeError, type Session } from "./fakeProxies";
import { FakeTables, FakeWorksheets } from "./fakeSheets";

class FakeValue extends FakeObject<{ readonly value: unknown }> {
  get value(): unknown {
    return this.read("value");
  }
  protected override scalar(setting: { readonly value: unknown }, key: string): unknown {
    return key === "value" ? setting.value : super.scalar(setting, key);
  }
}

export class FakeExcel implements Session {
  readonly model = new FakeWorkbook();
  /** context.sync() calls, all batches together; reset it freely between steps of a test. */
  syncs = 0;
  /** Bytes sent and brought back by each sync, in order. */
  readonly requests: number[] = [];
  readonly responses: number[] = [];
  /** Excel on the web's limit on either; null models desktop Excel, which has none. */
  payloadLimit: number | null = WEB_PAYLOAD_LIMIT;
  /** Each application.calculate(type) that reached Excel (was synced), in order. */
  readonly calculations: string[] = [];
  /** The newest ExcelApi set the host has is 1.<this>; calls from a newer set fail the sync. */
  excelApiMinor = 17;

  /** Whether the host has ExcelApi `version` ("1.8"): pass it to the adapter as its `excelApi`. */
  readonly supports = (version: string): boolean =>
    Number(version.split(".")[1] ?? 0) <= this.excelApiMinor;

  private ops: { run: () => void; bytes: number }[] = [];
  private staged = new Set<FakeObject<unknown>>();
  private stagedBytes = 0;

  /** A stand-in for Excel.run: each batch gets a context of its own. */
  readonly run: RunBatch = (batch) => batch(this.newContext() as unknown as Excel.RequestContext);

  enqueue(run: () => void, requestBytes = 0): void {
    this.ops.push({ run, bytes: requestBytes });
  }

  stage(proxy: FakeObject<unknown>, bytes: number): void {
    this.staged.add(proxy);
    this.stagedBytes += bytes;
  }

  private async sync(): Promise<void> {
    await Promise.resolve();
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    const request = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.requests.push(request);
    this.stagedBytes = 0;
    try {
      if (this.payloadLimit !== null && request > this.payloadLimit)
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit."
        );
      for (const op of ops) op.run();
      this.responses.push(this.stagedBytes);
      if (this.payloadLimit !== null && this.stagedBytes > this.payloadLimit)
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        );
    } catch (error) {
      this.staged.forEach((proxy) => proxy.discard());
      this.staged.clear();
      throw error;
    }
    this.staged.forEach((proxy) => proxy.deliver());
    this.staged.clear();
  }

  private newContext() {
    const session: Session = this as Session;
    const model = this.model;
    return {
      sync: () => this.sync(),
      workbook: {
        tables: new FakeTables(session, () => model.tables),
        worksheets: new FakeWorksheets(session, () => model.sheets),
        names: new FakeNames(session, () => model.names),
        application: {
          calculate: (type: string) => session.enqueue(() => this.calculations.push(type)),
        },
        functions: {
          // DATE(y, m, d) as the workbook's date system has it.
          date: (year: number, month: number, day: number) =>
            new FakeValue(session, () => ({
              value:
                serialFromDate({ year, month, day }) - (model.date1904 ? SERIAL_1904_OFFSET : 0),
            })),
        },
        settings: {
          getItemOrNullObject: (key: string) =>
            new FakeValue(
              session,
              () => (model.settings.has(key) ? { value: model.settings.get(key) } : null),
              true
            ),
          add: (key: string, value: unknown) =>
            session.enqueue(() => model.settings.set(key, value), JSON.stringify(value).length),
        },
      },
    };
  }
}
