import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SplitButton,
  type MenuButtonProps,
  tokens,
} from "@fluentui/react-components";
import type { TodayItem } from "../../../core/today/today";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
});

export interface CallCardActionsProps {
  readonly item: TodayItem;
  readonly busy: boolean;
  readonly onLog: (item: TodayItem) => void;
  readonly onSnooze: (item: TodayItem) => void;
  readonly onPlan: (item: TodayItem) => void;
  /** Offers the client's planned contacts as a calendar file. */
  readonly onCalendar: (item: TodayItem) => void;
}

/** What to do about a client on the list: log a contact, snooze, or plan. */
export function CallCardActions({
  item,
  busy,
  onLog,
  onSnooze,
  onPlan,
  onCalendar,
}: CallCardActionsProps) {
  const styles = useStyles();
  const { name } = item.client;
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        size="small"
        disabled={busy}
        onClick={() => onLog(item)}
        aria-label={`Log contact with ${name}`}
      >
        Log contact
      </Button>
      <Button
        size="small"
        disabled={busy}
        onClick={() => onSnooze(item)}
        aria-label={`Snooze ${name}`}
      >
        Snooze
      </Button>
      {/* One control for the plan: the sheet in a click, its calendar file one menu away. */}
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          {(triggerProps: MenuButtonProps) => (
            <SplitButton
              size="small"
              appearance="subtle"
              menuButton={{ ...triggerProps, "aria-label": `More plan actions for ${name}` }}
              primaryActionButton={{
                disabled: busy,
                onClick: () => onPlan(item),
                "aria-label": `Write the relationship plan sheet for ${name}`,
              }}
            >
              Plan
            </SplitButton>
          )}
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled={busy} onClick={() => onPlan(item)}>
              Write the plan sheet
            </MenuItem>
            <MenuItem onClick={() => onCalendar(item)}>Planned contacts to my calendar</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
