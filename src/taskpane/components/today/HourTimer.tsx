import { Body1, Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  clock: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  /** My calls planned now (from the core's call list) and the minutes they take. */
  readonly plannedCalls: number;
  readonly plannedMinutes: number;
  readonly capacityMinutes: number;
  /** Clients contacted proactively today so far. */
  readonly doneToday: number;
}

interface Running {
  /** Date.now() when the clock last started, or null while paused. */
  readonly since: number | null;
  /** Milliseconds counted before that. */
  readonly banked: number;
  /** The plan when the hour started: calls then planned, calls done before. */
  readonly planned: number;
  readonly doneBefore: number;
}

function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** "Start my hour": a clock against the hour's capacity and calls done out of planned. */
export function HourTimer({ plannedCalls, plannedMinutes, capacityMinutes, doneToday }: Props) {
  const styles = useStyles();
  const [running, setRunning] = useState<Running | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (running?.since == null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running?.since]);

  if (running === null) {
    return (
      <div className={styles.row}>
        <Body1>
          {plannedCalls === 1 ? "1 call" : `${plannedCalls} calls`} planned: {plannedMinutes} of{" "}
          {capacityMinutes} minutes
        </Body1>
        <Button
          appearance="primary"
          disabled={plannedCalls === 0}
          onClick={() =>
            setRunning({
              since: Date.now(),
              banked: 0,
              planned: plannedCalls,
              doneBefore: doneToday,
            })
          }
        >
          Start my hour
        </Button>
      </div>
    );
  }

  const elapsed = running.banked + (running.since === null ? 0 : Math.max(0, now - running.since));
  const done = Math.max(0, doneToday - running.doneBefore);
  const over = elapsed >= capacityMinutes * 60_000;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <span className={styles.clock} role="timer" aria-label="Time in the hour">
          {clockText(elapsed)} of {capacityMinutes}:00
        </span>
        <Body1 aria-live="polite">
          {done} of {running.planned} calls done{over ? ": the hour is up" : ""}
        </Body1>
      </div>
      <ProgressBar
        value={Math.min(1, running.planned === 0 ? 1 : done / running.planned)}
        aria-label="Calls done"
      />
      <div className={styles.row}>
        {running.since === null ? (
          <Button onClick={() => setRunning({ ...running, since: Date.now() })}>Resume</Button>
        ) : (
          <Button onClick={() => setRunning({ ...running, since: null, banked: elapsed })}>
            Pause
          </Button>
        )}
        <Button onClick={() => setRunning(null)}>End the hour</Button>
      </div>
    </div>
  );
}
