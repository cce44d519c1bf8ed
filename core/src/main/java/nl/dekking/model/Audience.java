package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Who a written file is for, and so what it may hold: the one place where Dekking decides what is public. Every
 * writer asks its audience; none decides alone.
 *
 * <ul>
 *   <li>{@link #PUBLIC}: residents and the municipal website (the dekkingskaart, public GeoJSON and KML). Only an
 *       allow-list leaves: a group's id, name, member count, streets and colour ({@link PublicGroup}), and an
 *       admin's contact only with consent {@code PUBLIC}. Free text from the input (descriptions, notes, unknown
 *       properties) never does: {@link #metadataOf} gives nothing.</li>
 *   <li>{@link #INTERNAL}: the safety officer and the police (the report, CSVs, {@code summary.json}, incident
 *       answers): contacts with consent {@code PUBLIC} or {@code MUNICIPALITY_ONLY}, never {@code NONE}.</li>
 *   <li>{@link #MUNICIPALITY}: the municipality's own copy of its map (a store export for a round trip): every
 *       contact with its consent and every property. Never publish such output.</li>
 * </ul>
 */
public enum Audience {
  /** Anyone: only allow-listed fields, only contacts with consent {@code PUBLIC}. The default. */
  PUBLIC,
  /** The safety officer and the police: contacts with consent {@code PUBLIC} or {@code MUNICIPALITY_ONLY}. */
  INTERNAL,
  /** The municipality itself: every contact with its consent and every property. Never publish such output. */
  MUNICIPALITY;

  /** Whether a contact with this consent may be written for this audience. */
  public boolean mayInclude(Consent consent) {
    requireNonNull(consent, "consent");
    return switch (this) {
      case PUBLIC -> consent == Consent.PUBLIC;
      case INTERNAL -> consent != Consent.NONE;
      case MUNICIPALITY -> true;
    };
  }

  /** The contacts of a group this audience may read, in the group's order. */
  public List<Contact> contactsOf(Group group) {
    requireNonNull(group, "group");
    return group.admins().stream().filter(c -> mayInclude(c.consent())).toList();
  }

  /**
   * The free properties of a group this audience may read: none for {@link #PUBLIC} (descriptions, notes and
   * properties nobody knows may hold anything, a non-consenting admin's phone number included), all of them for
   * the others.
   */
  public Map<String, String> metadataOf(Group group) {
    requireNonNull(group, "group");
    return this == PUBLIC ? Map.of() : group.metadata();
  }
}
