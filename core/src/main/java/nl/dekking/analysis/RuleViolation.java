package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import nl.dekking.model.Consent;
import nl.dekking.rules.AdminTitle;

/**
 * A way in which a group breaks its municipality's rules, as data: the observed value and the limit, so each output
 * puts it into words in its own language ({@link #message(Language)}). Planning advice (an area that could hold
 * more groups) is not a violation: see {@link GroupCoverage#groupsNeeded()}.
 *
 * @param kind what is wrong
 * @param groupId the group
 * @param observed what the group has: its admins ({@code NO_ADMIN}, {@code TOO_MANY_ADMINS}), its members
 *     ({@code MORE_MEMBERS_THAN_HOUSEHOLDS}) or the admin's position, 1-based ({@code ADMIN_CONTACT_NOT_PUBLIC})
 * @param limit the rule's limit: the fewest or most admins, the households in the area, or the number of admins
 *     ({@code ADMIN_CONTACT_NOT_PUBLIC})
 * @param consent the admin's consent for {@code ADMIN_CONTACT_NOT_PUBLIC}, else empty
 * @param rulesName the rules' name ("Heerenveen")
 * @param adminTitle what the rules call an admin
 */
public record RuleViolation(Kind kind, String groupId, int observed, int limit, Optional<Consent> consent,
    String rulesName, AdminTitle adminTitle) {

  public RuleViolation {
    requireNonNull(kind, "kind");
    requireNonNull(groupId, "groupId");
    requireNonNull(consent, "consent");
    requireNonNull(rulesName, "rulesName");
    requireNonNull(adminTitle, "adminTitle");
    if (consent.isPresent() != (kind == Kind.ADMIN_CONTACT_NOT_PUBLIC)) {
      throw new IllegalArgumentException("rule violation " + kind + " of group " + groupId
          + ": a consent belongs to ADMIN_CONTACT_NOT_PUBLIC and only there, was " + consent);
    }
  }

  /** The violation in English, with the observed value and the rule. */
  public String message() {
    return message(Language.EN);
  }

  /**
   * The violation in a language, with the observed value and the rule, in the rules' own word for an admin:
   * "groep H-3 heeft 0 coördinatoren; Harlingen vraagt er minstens 1". An admin is named by position, never by name.
   */
  public String message(Language language) {
    boolean en = language == Language.EN;
    Locale locale = en ? Locale.UK : Locale.forLanguageTag("nl-NL");
    String admins = adminTitle.plural(en);
    return switch (kind) {
      case NO_ADMIN -> en
          ? String.format(locale, "group %s has %d %s; %s asks for at least %d", groupId, observed, admins, rulesName, limit)
          : String.format(locale, "groep %s heeft %d %s; %s vraagt er minstens %d", groupId, observed, admins, rulesName, limit);
      case TOO_MANY_ADMINS -> en
          ? String.format(locale, "group %s has %d %s; %s allows at most %d", groupId, observed, admins, rulesName, limit)
          : String.format(locale, "groep %s heeft %d %s; %s staat er hoogstens %d toe", groupId, observed, admins, rulesName, limit);
      case MORE_MEMBERS_THAN_HOUSEHOLDS -> en
          ? String.format(locale, "group %s has %,d members but its area holds %,d households (one member per household)",
              groupId, observed, limit)
          : String.format(locale, "groep %s heeft %,d leden, maar in het gebied wonen %,d huishoudens (één lid per huishouden)",
              groupId, observed, limit);
      case ADMIN_CONTACT_NOT_PUBLIC -> en
          ? String.format(locale, "group %s %s %d of %d has consent %s: contact details may not be published", groupId,
              adminTitle.word(true), observed, limit, consent.orElseThrow())
          : String.format(locale, "groep %s %s %d van %d heeft toestemming '%s': contactgegevens mogen niet openbaar",
              groupId, adminTitle.word(false), observed, limit, dutch(consent.orElseThrow()));
    };
  }

  private static String dutch(Consent consent) {
    return switch (consent) {
      case PUBLIC -> "openbaar";
      case MUNICIPALITY_ONLY -> "alleen gemeente";
      case NONE -> "geen";
    };
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
