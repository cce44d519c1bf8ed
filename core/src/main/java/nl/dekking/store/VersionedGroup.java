package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import nl.dekking.model.Group;

/**
 * A group as a store holds it, with the version to name when writing it back.
 *
 * @param group the group
 * @param version its version in the store, 1 or more
 */
public record VersionedGroup(Group group, long version) {

  public VersionedGroup {
    requireNonNull(group, "group");
    if (version < 1) {
      throw new IllegalArgumentException("group '" + group.id() + "' version must be 1 or more, was " + version);
    }
  }
}
