import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { mailtoUri, telUri } from "../../../core/book/contactUri";

const useStyles = makeStyles({
  links: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
});

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
  // The links carry only the number and the address (contactUri.ts); the text shows the cell.
  const tel = telUri(phone);
  const mailto = mailtoUri(email);
  return (
    <div className={styles.links}>
      {phone !== "" &&
        (tel !== null ? (
          <Link href={tel} aria-label={`Call ${name} at ${phone}`}>
            {phone}
          </Link>
        ) : (
          <span>{phone}</span>
        ))}
      {email !== "" &&
        (mailto !== null ? (
          <Link href={mailto} aria-label={`Email ${name} at ${email}`}>
            {email}
          </Link>
        ) : (
          <span>{email}</span>
        ))}
    </div>
  );
}
