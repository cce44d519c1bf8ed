package nl.dekking.lookup;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;

/**
 * The answer to one lookup: its status, the household found (none for a point or an unknown address) and every
 * group covering it, ascending by id, each with how to join ({@link PublicGroup#contacts()} with consent
 * {@code PUBLIC}, else {@link PublicGroup#joinContact()}, the municipality's contact).
 *
 * @param query the query as given (the typed text, or the point)
 * @param status {@link LookupStatus#FOUND} exactly when {@code groups} is not empty
 * @param household the household at the address, empty for a point or an unknown address
 * @param groups the covering groups, ascending by id; empty for {@code NO_GROUP} and {@code UNKNOWN_ADDRESS}
 * @param municipalityContact the municipality's contact, for "no group yet: start one"; may be empty
 */
public record LookupResult(String query, LookupStatus status, Optional<Household> household, List<PublicGroup> groups,
    String municipalityContact) {

  public LookupResult {
    requireNonNull(query, "query");
    requireNonNull(status, "status");
    requireNonNull(household, "household");
    requireNonNull(municipalityContact, "municipalityContact");
    groups = List.copyOf(groups);
    if ((status == LookupStatus.FOUND) == groups.isEmpty()) {
      throw new IllegalArgumentException("lookup of '" + query + "': status " + status + " with " + groups.size()
          + " groups");
    }
  }

  /** The ids of the covering groups, ascending. */
  public List<String> groupIds() {
    return groups.stream().map(PublicGroup::id).toList();
  }
}
