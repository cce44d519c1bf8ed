package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

/**
 * A way in which a group breaks its municipality's rules.
 *
 * @param kind what is wrong
 * @param message a sentence for people, with the observed value and the rule
 */
public record RuleViolation(Kind kind, String message) {

  public RuleViolation {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }

  /** What is wrong. */
  public enum Kind {
    /** Fewer admins than the rules' minimum (usually: no admin at all). */
    NO_ADMIN,
    /** More admins than the rules allow. */
    TOO_MANY_ADMINS,
    /** More members than households in the area, where the rule is one member per household. */
    MORE_MEMBERS_THAN_HOUSEHOLDS,
    /** An admin whose contact details may not be published (consent other than PUBLIC). */
    ADMIN_CONTACT_NOT_PUBLIC
  }
}
