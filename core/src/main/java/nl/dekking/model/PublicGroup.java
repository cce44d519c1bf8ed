package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything about a group that may be published, and nothing else: the allow-list behind every public file (the
 * dekkingskaart, the public GeoJSON and KML). A public writer is given these, never a {@link Group}, so free text
 * and non-consenting contacts cannot reach it by accident.
 *
 * @param id the group's id
 * @param name the group's name
 * @param members the member count
 * @param streets the streets it covers in the report's form ("Karweg 2–18 (even)")
 * @param colour the map colour, {@code #rrggbb}
 * @param contacts the admins whose consent is {@code PUBLIC}
 * @param joinContact how to join when no admin may be shown: the municipality's own contact; empty when unknown
 */
public record PublicGroup(String id, String name, int members, List<String> streets, String colour,
    List<Contact> contacts, String joinContact) {

  public PublicGroup {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(colour, "colour");
    requireNonNull(joinContact, "joinContact");
    streets = List.copyOf(streets);
    contacts = List.copyOf(contacts);
    for (Contact c : contacts) {
      if (!Audience.PUBLIC.mayInclude(c.consent())) {
        throw new IllegalArgumentException("group " + id + ": a contact with consent " + c.consent()
            + " may not be published");
      }
    }
  }

  /** The public view of a group: its allow-listed fields and only the contacts {@link Audience#PUBLIC} may read. */
  public static PublicGroup of(Group group, List<String> streets, String colour, String municipalityContact) {
    requireNonNull(group, "group");
    return new PublicGroup(group.id(), group.name(), group.members(), streets, colour,
        Audience.PUBLIC.contactsOf(group), municipalityContact == null ? "" : municipalityContact.strip());
  }
}
