/**
 * Names of the fake Excel context (fakeExcel.ts): the workbook's, and each sheet's own (where
 * Excel keeps Print_Area). Names match ignoring case, as Excel's do. See fakeProxies.ts for the rules.
 */
import type { NameTarget } from "./fakeModel";
import {
  FakeObject,
  FakeOfficeError,
  FakeRange,
  areaOf,
  localAddress,
  type Session,
} from "./fakeProxies";

type Scope = Map<string, NameTarget>;
type NameRef = NameTarget & { readonly name: string; readonly scope: Scope };

function find(scope: Scope, name: string): [string, NameTarget] | undefined {
  return [...scope].find(([n]) => n.toLowerCase() === name.toLowerCase());
}

class FakeNamedItem extends FakeObject<NameRef> {
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  getRange(): FakeRange {
    return new FakeRange(this.session, () => areaOf(this.target().sheet, this.target().address));
  }
  delete(): void {
    this.queue((ref) => ref.scope.delete(ref.name));
  }
  protected override scalar(ref: NameRef, key: string): unknown {
    if (key === "name") return ref.name;
    if (key === "type") return "Range";
    if (key === "value") return `${ref.sheet.name}!${ref.address}`;
    return super.scalar(ref, key);
  }
}

export class FakeNames {
  constructor(
    private readonly session: Session,
    private readonly scope: () => Scope
  ) {}

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.session,
      () => {
        const scope = this.scope();
        const found = find(scope, name);
        return found ? { name: found[0], ...found[1], scope } : null;
      },
      true
    );
  }

  add(name: string, range: FakeRange): void {
    this.session.enqueue(() => {
      const scope = this.scope();
      if (find(scope, name) !== undefined)
        throw new FakeOfficeError("ItemAlreadyExists", `the name "${name}" exists`);
      const a = range.target();
      scope.set(name, { sheet: a.sheet, address: localAddress(a) });
    }, name.length);
  }
}
