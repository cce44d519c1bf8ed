package nl.dekking.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> FIELDS = Set.of("name", "softMemberCap", "softCapTolerance", "hardMemberCap",
      "minAdmins", "maxAdmins", "oneMemberPerHousehold", "residentsOnly", "minimumAge", "adminTitle");

  private GroupRulesJson() {
  }

  /** The rules as a JSON text, indented. */
  public static String toJson(GroupRules rules) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      for (Map.Entry<String, Object> field : fields(rules).entrySet()) {
        g.writeFieldName(field.getKey());
        if (field.getValue() instanceof Integer i) {
          g.writeNumber(i);
        } else if (field.getValue() instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString((String) field.getValue());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write rules '" + rules.name() + "' as JSON", e);
    }
    return text.toString();
  }

  /**
   * Every field of the rules in the order {@link #toJson} writes them, each a {@link String}, {@link Integer} or
   * {@link Boolean}; {@link #fromJson} reads them back. Documents that embed the rules (the report's
   * {@code summary.json}) write these, so the fields are listed once and Jackson stays out of Dekking's API.
   */
  public static Map<String, Object> fields(GroupRules rules) {
    Map<String, Object> o = new LinkedHashMap<>();
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
    Map<String, Value> root = parse(json, source);
    Set<String> unknown = new LinkedHashSet<>();
    for (String f : root.keySet()) {
      if (!FIELDS.contains(f)) {
        unknown.add(f);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("rules " + source + " has unknown fields " + unknown + "; known: " + FIELDS);
    }
    try {
      Value title = root.get("adminTitle");
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
          title != null && title.token() != JsonToken.VALUE_NULL ? AdminTitle.of(text(root, "adminTitle", source))
              : AdminTitle.BEHEERDER);
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("rules " + source)) {
        throw e;
      }
      throw new IllegalArgumentException("rules " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * One field's value as read: its first token, the value for a string, whole number or boolean ({@code null}
   * otherwise), and its JSON text for messages.
   */
  private record Value(JsonToken token, Object value, String json) {
  }

  /** The top-level object's fields in document order; a repeated field keeps its last value. */
  private static Map<String, Value> parse(String json, String source) {
    Map<String, Value> fields = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("rules " + source + " must be a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken token = p.nextToken();
        Object value = switch (token) {
          case VALUE_STRING -> p.getText();
          case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE;
          case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
          default -> null;
        };
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
          g.copyCurrentStructure(p);
        }
        fields.put(name, new Value(token, value, text.toString()));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rules " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + source + ": " + e.getMessage(), e);
    }
    return fields;
  }

  private static Value required(Map<String, Value> root, String field, String source) {
    Value n = root.get(field);
    if (n == null || n.token() == JsonToken.VALUE_NULL) {
      throw new IllegalArgumentException("rules " + source + " is missing field '" + field + "'");
    }
    return n;
  }

  private static String text(Map<String, Value> root, String field, String source) {
    Value n = required(root, field, source);
    if (n.token() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be a string, was " + n.json());
    }
    return (String) n.value();
  }

  private static int integer(Map<String, Value> root, String field, String source) {
    Value n = required(root, field, source);
    if (!(n.value() instanceof Integer i) || n.token() != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be a whole number, was " + n.json());
    }
    return i;
  }

  private static boolean bool(Map<String, Value> root, String field, String source) {
    Value n = required(root, field, source);
    if (!(n.value() instanceof Boolean b)) {
      throw new IllegalArgumentException("rules " + source + ": '" + field + "' must be true or false, was " + n.json());
    }
    return b;
  }
}
