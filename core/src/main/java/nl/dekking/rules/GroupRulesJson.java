package nl.dekking.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads and writes {@link GroupRules} as JSON, one object with the record's component names:
 *
 * <pre>{@code
 * {"name": "Heerenveen", "softMemberCap": 40, "softCapTolerance": 5, "hardMemberCap": 1024,
 *  "minAdmins": 1, "maxAdmins": 1, "oneMemberPerHousehold": true, "residentsOnly": false, "minimumAge": 18}
 * }</pre>
 *
 * <p>{@code adminTitle} ({@code "beheerder"} or {@code "coördinator"}) is optional and defaults to beheerder; every
 * other field is required and unknown fields are refused, so a typo does not silently fall back to a default.
 * Thread-safe.
 */
public final class GroupRulesJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final Set<String> FIELDS = Set.of("name", "softMemberCap", "softCapTolerance", "hardMemberCap",
      "minAdmins", "maxAdmins", "oneMemberPerHousehold", "residentsOnly", "minimumAge", "adminTitle");

  private GroupRulesJson() {
  }

  /** The rules as a JSON text. */
  public static String toJson(GroupRules rules) {
    try {
      return MAPPER.writeValueAsString(toNode(rules));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rules '" + rules.name() + "' as JSON", e);
    }
  }

  /**
   * The rules as a Jackson object with every field, for documents that embed them (the report's
   * {@code summary.json}); {@link #fromJson} reads it back. A new object on each call, free to change.
   */
  public static ObjectNode toNode(GroupRules rules) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", rules.name());
    o.put("softMemberCap", rules.softMemberCap());
    o.put("softCapTolerance", rules.softCapTolerance());
    o.put("hardMemberCap", rules.hardMemberCap());
    o.put("minAdmins", rules.minAdmins());
    o.put("maxAdmins", rules.maxAdmins());
    o.put("oneMemberPerHousehold", rules.oneMemberPerHousehold());
    o.put("residentsOnly", rules.residentsOnly());
    o.put("minimumAge", rules.minimumAge());
    o.put("adminTitle", rules.adminTitle().word(false));
    return o;
  }

  /** Writes the rules to a file, replacing it. */
  public static void write(GroupRules rules, Path file) {
    try {
      Files.writeString(file, toJson(rules) + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rules to " + file, e);
    }
  }

  /**
   * Reads rules from a file.
   *
   * @throws IllegalArgumentException naming the file and the field when the JSON is malformed, a field is missing,
   *     unknown or of the wrong type, or the values break a rule of {@link GroupRules}
   */
  public static GroupRules read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules file " + file + ": " + e.getMessage(), e);
    }
    return fromJson(text, file.toString());
  }

  /**
   * Parses rules from a JSON text; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException naming the source and the problem
   */
  public static GroupRules fromJson(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rules " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("rules " + source + " must be a JSON object");
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        unknown.add(f);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("rules " + source + " has unknown fields " + unknown + "; known: " + FIELDS);
    }
    try {
      return new GroupRules(
          text(root, "name", source),
          integer(root, "softMemberCap", source),
          integer(root, "softCapTolerance", source),
          integer(root, "hardMemberCap", source),
          integer(root, "minAdmins", source),
          integer(root, "maxAdmins", source),
          bool(root, "oneMemberPerHousehold", source),
          bool(root, "residentsOnly", source),
          integer(root, "minimumAge", source),
          root.hasNonNull("adminTitle") ? AdminTitle.of(text(root, "adminTitle", source)) : AdminTitle.BEHEERDER);
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("rules " + source)) {
        throw e;
      }
      throw new IllegalArgumentException("rules " + source + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode root, String field, String source) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("rules " + source + " is missing field '" + field + "'");
    }
    return n;
  }

  private static String text(JsonNode root, String field, String source) {
    JsonNode n = required(root, field, source);
    if (!n.isTextual()) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be a string, was " + n);
    }
    return n.asText();
  }

  private static int integer(JsonNode root, String field, String source) {
    JsonNode n = required(root, field, source);
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be a whole number, was " + n);
    }
    return n.intValue();
  }

  private static boolean bool(JsonNode root, String field, String source) {
    JsonNode n = required(root, field, source);
    if (!n.isBoolean()) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be true or false, was " + n);
    }
    return n.booleanValue();
  }
}
