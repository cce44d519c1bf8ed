/**
 * Intake of a new group as a municipality receives it: the streets the group mails in ("Mekelweg 2-40 even",
 * "Dorpsstraat 1–15 (oneven), 2–8 (even)"), read against the addresses ({@link nl.dekking.intake.StreetSelector}),
 * turned into an area that covers exactly those addresses ({@link nl.dekking.intake.AreaBuilder}) and registered
 * beside the existing groups ({@link nl.dekking.intake.Registrar}), in a file ({@link nl.dekking.intake.GroupFileAppender})
 * or a {@link nl.dekking.store.CoverageStore}.
 *
 * <p>Working CRS is RD New, metres. Street names match regardless of case, diacritics and spacing within a
 * woonplaats; a range takes every address whose house number lies in it, whatever its letter or suffix.
 */
package nl.dekking.intake;
