package nl.dekking.members;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.dekking.model.Address;

/**
 * One member of a group as the member list names them: the group and the address (postcode, house number, letter,
 * suffix). Personal data: for internal files only.
 *
 * @param group the group's id
 * @param key the member's address key, letter and suffix in upper case
 * @param line the line of the member list it was read from, 1 or more
 */
public record Member(String group, Address.Key key, int line) {
  public Member {
    requireNonNull(group, "group");
    requireNonNull(key, "key");
    group = group.strip();
    if (group.isEmpty()) {
      throw new IllegalArgumentException("member on line " + line + " names no group");
    }
    key = new Address.Key(key.postcode().replace(" ", "").toUpperCase(Locale.ROOT), key.houseNumber(),
        key.letter().strip().toUpperCase(Locale.ROOT), key.suffix().strip().toUpperCase(Locale.ROOT));
  }
}
