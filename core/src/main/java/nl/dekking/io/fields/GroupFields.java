package nl.dekking.io.fields;

import static java.util.Objects.requireNonNull;

import nl.dekking.io.DataFileException;
import nl.dekking.model.Audience;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.index.CoverageMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Recognises group properties under the names municipal maps and hand-made files give them, builds a
 * {@link Group} from them, and writes a group back as properties. Names match case-insensitively; the first name
 * in each list that has a non-blank value wins.
 *
 * <table>
 *   <caption>Recognised names, tried in this order</caption>
 *   <tr><th>field</th><th>names</th></tr>
 *   <tr><td>id</td><td>id, groep_id, group_id, code (else the feature id given by the reader, else the name)</td></tr>
 *   <tr><td>name</td><td>name, naam, groepsnaam</td></tr>
 *   <tr><td>members</td><td>members, leden, deelnemers, aantal_leden, aantal_deelnemers</td></tr>
 *   <tr><td>admin name</td><td>admin_name, admin, beheerder, coordinator, coördinator</td></tr>
 *   <tr><td>admin e-mail</td><td>admin_email, email, e-mail, e_mail</td></tr>
 *   <tr><td>admin phone</td><td>admin_phone, telefoon, mobiel, phone, telefoonnummer</td></tr>
 *   <tr><td>consent</td><td>consent, toestemming</td></tr>
 * </table>
 *
 * <p>A second and further admin use the same names with {@code _2}, {@code _3} ... up to {@code _9}
 * ({@code admin_name_2}, {@code beheerder_2}, {@code consent_2}). Consent values: {@code PUBLIC}, {@code openbaar},
 * {@code ja}, {@code yes}, {@code true} mean {@link Consent#PUBLIC}; {@code MUNICIPALITY_ONLY},
 * {@code MUNICIPALITY}, {@code gemeente}, {@code alleen_gemeente} mean {@link Consent#MUNICIPALITY_ONLY};
 * {@code NONE}, {@code geen}, {@code nee}, {@code no}, {@code false} mean {@link Consent#NONE}. A missing consent
 * is {@link Consent#NONE}: details nobody agreed to share are never published. Every other property, in source
 * order, becomes the group's metadata.
 *
 * <p>Thread-safe and stateless.
 */
public final class GroupFields {

  /** Names of the group id. */
  public static final List<String> ID = List.of("id", "groep_id", "group_id", "code");
  /** Names of the group name. */
  public static final List<String> NAME = List.of("name", "naam", "groepsnaam");
  /** Names of the member count. */
  public static final List<String> MEMBERS = List.of("members", "leden", "deelnemers", "aantal_leden", "aantal_deelnemers");
  /** Names of an admin's name. */
  public static final List<String> ADMIN_NAME = List.of("admin_name", "admin", "beheerder", "coordinator", "coördinator");
  /** Names of an admin's e-mail address. */
  public static final List<String> ADMIN_EMAIL = List.of("admin_email", "email", "e-mail", "e_mail");
  /** Names of an admin's phone number. */
  public static final List<String> ADMIN_PHONE = List.of("admin_phone", "telefoon", "mobiel", "phone", "telefoonnummer");
  /** Names of an admin's consent. */
  public static final List<String> CONSENT = List.of("consent", "toestemming");

  /** The most admins read from one set of properties ({@code admin_name} to {@code admin_name_9}). */
  public static final int MAX_ADMINS = 9;

  private static final Set<String> RECOGNISED = recognised();

  private GroupFields() {
  }

  /**
   * Builds a group from its area and properties.
   *
   * @param featureId the id the source gives the feature itself (a GeoJSON feature {@code id}, a KML
   *     {@code Placemark} id), or empty; a recognised id property takes precedence
   * @param properties the properties with their names as in the source, in source order; null values are absent
   * @param area the area in RD New, Polygon or MultiPolygon
   * @throws IllegalArgumentException saying which field is missing or malformed; callers wrap it in a
   *     {@link DataFileException} with file and feature
   */
  public static Group read(Optional<String> featureId, Map<String, String> properties, Geometry area) {
    requireNonNull(featureId, "featureId");
    requireNonNull(properties, "properties");
    requireNonNull(area, "area");
    Map<String, String> lower = new HashMap<>();
    for (Map.Entry<String, String> e : properties.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        lower.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue().strip());
      }
    }
    Optional<String> name = first(lower, NAME, "");
    String id = first(lower, ID, "")
        .or(() -> featureId.filter(s -> !s.isBlank()))
        .or(() -> name)
        .orElseThrow(() -> new IllegalArgumentException(
            "group has no id and no name (looked for " + String.join(", ", ID) + ", " + String.join(", ", NAME) + ")"));
    if (area instanceof Polygonal && CoverageMap.analysedArea(area).isEmpty()) {
      throw new IllegalArgumentException("group '" + id + "' area encloses nothing (a ring of zero area, or a hole as"
          + " large as its shell): " + abbreviated(area));
    }
    int members = first(lower, MEMBERS, "").map(GroupFields::parseMembers).orElse(0);
    List<Contact> admins = new ArrayList<>();
    for (int i = 1; i <= MAX_ADMINS; i++) {
      String suffix = i == 1 ? "" : "_" + i;
      Optional<String> adminName = first(lower, ADMIN_NAME, suffix);
      Optional<String> email = first(lower, ADMIN_EMAIL, suffix);
      Optional<String> phone = first(lower, ADMIN_PHONE, suffix);
      if (adminName.isEmpty()) {
        if (email.isPresent() || phone.isPresent()) {
          throw new IllegalArgumentException("admin " + i + " has an e-mail address or phone number but no name (looked for "
              + String.join(", ", ADMIN_NAME.stream().map(n -> n + suffix).toList()) + ")");
        }
        continue;
      }
      Consent consent = first(lower, CONSENT, suffix).map(GroupFields::parseConsent).orElse(Consent.NONE);
      admins.add(new Contact(adminName.get(), email.orElse(""), phone.orElse(""), consent));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : properties.entrySet()) {
      if (e.getValue() != null && !RECOGNISED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        metadata.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    return new Group(id, name.orElse(id), area, members, admins, metadata);
  }

  /**
   * A group's properties for writing, in this order: {@code id}, {@code name}, {@code members}, then per admin
   * the audience may see {@code admin_name}, {@code admin_email}, {@code admin_phone}, {@code consent} (the
   * second admin written with {@code _2}, and so on; empty e-mail and phone left out), then the metadata the
   * audience may read ({@link Audience#metadataOf}: none for {@link Audience#PUBLIC}, whose output is the
   * allow-list alone).
   * Admins the audience may not see are left out entirely, and so is any metadata entry under one of the
   * recognised names above, so that contact details reach the output only through the consent rule.
   *
   * @return a new mutable map; values are {@code String} except {@code members}, an {@code Integer}
   */
  public static Map<String, Object> write(Group group, Audience audience) {
    requireNonNull(group, "group");
    requireNonNull(audience, "audience");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", group.id());
    out.put("name", group.name());
    out.put("members", group.members());
    int written = 0;
    for (Contact c : group.admins()) {
      if (!audience.mayInclude(c.consent())) {
        continue;
      }
      written++;
      String suffix = written == 1 ? "" : "_" + written;
      out.put("admin_name" + suffix, c.name());
      if (!c.email().isEmpty()) {
        out.put("admin_email" + suffix, c.email());
      }
      if (!c.phone().isEmpty()) {
        out.put("admin_phone" + suffix, c.phone());
      }
      out.put("consent" + suffix, c.consent().name());
    }
    for (Map.Entry<String, String> e : audience.metadataOf(group).entrySet()) {
      // a metadata entry under a recognised name (an "email" set by hand) would be read back as a contact field:
      // it is left out, so that no contact detail reaches the output except through the consent rule
      if (!RECOGNISED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        out.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /**
   * Reads a consent value, in English or Dutch.
   *
   * @throws IllegalArgumentException naming the value and the accepted values
   */
  public static Consent parseConsent(String value) {
    requireNonNull(value, "value");
    String v = value.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return switch (v) {
      case "public", "openbaar", "ja", "yes", "true" -> Consent.PUBLIC;
      case "municipality_only", "municipality", "gemeente", "alleen_gemeente" -> Consent.MUNICIPALITY_ONLY;
      case "none", "geen", "nee", "no", "false" -> Consent.NONE;
      default -> throw new IllegalArgumentException("consent must be PUBLIC, MUNICIPALITY_ONLY or NONE"
          + " (or openbaar, gemeente, geen, ja, nee), was '" + value + "'");
    };
  }

  private static int parseMembers(String value) {
    String v = value.strip();
    if (v.endsWith(".0")) {
      v = v.substring(0, v.length() - 2);
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("member count is not a whole number: '" + value + "'", e);
    }
    if (n < 0) {
      throw new IllegalArgumentException("member count must be 0 or more, was " + n);
    }
    return n;
  }

  private static Optional<String> first(Map<String, String> lower, List<String> names, String suffix) {
    for (String name : names) {
      String v = lower.get(name + suffix);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Set<String> recognised() {
    Set<String> names = new HashSet<>();
    names.addAll(ID);
    names.addAll(NAME);
    names.addAll(MEMBERS);
    for (int i = 1; i <= MAX_ADMINS; i++) {
      String suffix = i == 1 ? "" : "_" + i;
      for (List<String> list : List.of(ADMIN_NAME, ADMIN_EMAIL, ADMIN_PHONE, CONSENT)) {
        for (String n : list) {
          names.add(n + suffix);
        }
      }
    }
    return Set.copyOf(names);
  }

  /** The area as WKT, cut to 120 characters for a message. */
  private static String abbreviated(Geometry area) {
    String wkt = area.toText();
    return wkt.length() <= 120 ? wkt : wkt.substring(0, 117) + "...";
  }
}
