package nl.dekking.model;

import static java.util.Objects.requireNonNull;

/**
 * An admin's (beheerder's, coördinator's) contact details with their consent. Absent fields are empty strings.
 *
 * @param name the person's name, not blank
 * @param email an e-mail address, or empty
 * @param phone a phone number, or empty
 * @param consent what may be done with these details
 */
public record Contact(String name, String email, String phone, Consent consent) {

  public Contact {
    requireNonNull(name, "contact name");
    name = Text.requirePlain(name, "contact name").strip();
    String who = "contact '" + name + "'";
    requireNonNull(consent, () -> who + " consent");
    email = email == null ? "" : Text.requirePlain(email, who + " e-mail").strip();
    phone = phone == null ? "" : Text.requirePlain(phone, who + " phone").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("contact name must not be blank");
    }
    if (!email.isEmpty() && (email.indexOf('@') < 1 || email.indexOf('@') == email.length() - 1)) {
      throw new IllegalArgumentException("contact " + name + " has an invalid e-mail address: '" + email + "'");
    }
  }

  /** Whether this contact may appear in public output. */
  public boolean isPublic() {
    return consent.allowsPublication();
  }

  @Override
  public String toString() {
    // never leak details through logging
    return "Contact[" + name + ", consent=" + consent + "]";
  }
}
