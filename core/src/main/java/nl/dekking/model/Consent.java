package nl.dekking.model;

/**
 * What an admin agreed may be done with their contact details, as Heerenveen asks admins to state.
 */
public enum Consent {
  /** The details may be published, for example on the public coverage map. */
  PUBLIC,
  /** The municipality may hold and use the details, but not publish them. */
  MUNICIPALITY_ONLY,
  /** No consent: the details are not shared at all. */
  NONE;

  /** Whether a contact with this consent may appear in public output. */
  public boolean allowsPublication() {
    return this == PUBLIC;
  }
}
