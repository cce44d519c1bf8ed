package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.dekking.model.Contact;

/**
 * What a new group mails the municipality: its id and name, the streets it covers as written, the woonplaats, its
 * member count and its admins with their consent.
 *
 * @param id the new group's id, not blank
 * @param name the name, not blank
 * @param streets the street lines ({@code "Mekelweg 2-40 even"}), at least one
 * @param place the woonplaats, when given
 * @param members the number of members, 0 or more
 * @param admins the admins
 */
public record Intake(String id, String name, List<String> streets, Optional<String> place, int members, List<Contact> admins) {

  public Intake {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    id = id.strip();
    name = name.strip();
    streets = List.copyOf(streets);
    admins = List.copyOf(admins);
    place = place.map(String::strip).filter(p -> !p.isEmpty());
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a new group needs an id (name '" + name + "')");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("new group '" + id + "' needs a name");
    }
    if (streets.isEmpty() || streets.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("new group '" + id + "' names no streets");
    }
    if (members < 0) {
      throw new IllegalArgumentException("new group '" + id + "' member count must be 0 or more, was " + members);
    }
  }
}
