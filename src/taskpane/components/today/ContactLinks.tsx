import { Link, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  links: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
});

/** A tel: URI keeps digits, "+" and dialling characters; spaces and brackets are for reading. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+*#,;]/g, "")}`;
}

/** Phone and email as links that open the phone or mail app. */
export function ContactLinks({
  name,
  phone,
  email,
}: {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
}) {
  const styles = useStyles();
  if (phone === "" && email === "") return null;
  return (
    <div className={styles.links}>
      {phone !== "" && (
        <Link href={telHref(phone)} aria-label={`Call ${name} at ${phone}`}>
          {phone}
        </Link>
      )}
      {email !== "" &&
        (email.includes("@") ? (
          <Link href={`mailto:${email}`} aria-label={`Email ${name} at ${email}`}>
            {email}
          </Link>
        ) : (
          <span>{email}</span>
        ))}
    </div>
  );
}
