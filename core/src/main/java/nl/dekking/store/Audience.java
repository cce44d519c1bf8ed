package nl.dekking.store;

import nl.dekking.model.Consent;

/** Who an export is for; it decides which admin contacts the export may contain. */
public enum Audience {
  /** Anyone (a public coverage map): only contacts with {@link Consent#PUBLIC} consent. */
  PUBLIC,
  /** The municipality itself: contacts with {@link Consent#PUBLIC} or {@link Consent#MUNICIPALITY_ONLY} consent. */
  MUNICIPALITY;

  /** Whether a contact with this consent may be shown to this audience. */
  public boolean mayShow(Consent consent) {
    return switch (this) {
      case PUBLIC -> consent == Consent.PUBLIC;
      case MUNICIPALITY -> consent == Consent.PUBLIC || consent == Consent.MUNICIPALITY_ONLY;
    };
  }
}
