package nl.dekking.model;

/**
 * Who a written file is for, which decides whose contact details it may hold.
 *
 * <p>Admins tell the municipality whether their details may be shared ({@link nl.dekking.model.Consent}). Every
 * writer that can include contact details takes an audience and applies one rule: {@link #PUBLIC} output holds
 * only contacts whose consent is {@code PUBLIC}; {@link #MUNICIPALITY} output, which the caller must ask for
 * explicitly, holds every contact together with its consent, for the municipality's own use.
 */
public enum Audience {
  /** Anyone: only contacts with consent {@code PUBLIC} are written. The default. */
  PUBLIC,
  /** The municipality itself: every contact is written with its consent. Never publish such output. */
  MUNICIPALITY;

  /** Whether a contact with this consent may be written for this audience. */
  public boolean mayInclude(nl.dekking.model.Consent consent) {
    return this == MUNICIPALITY || consent.allowsPublication();
  }
}
