package nl.dekking.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dekking.io.csv.CsvTable;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Contact;
import nl.dekking.model.Consent;

/**
 * Reads intake forms: several new groups at once, as CSV or JSON.
 *
 * <p><b>CSV</b> ({@code ;}, {@code ,} or tab; quotes as RFC 4180) with a header naming {@code id}, {@code name}
 * (or {@code naam}), {@code streets} (or {@code straten}, {@code straat}), and optionally {@code woonplaats},
 * {@code members} ({@code leden}), {@code admin_name} ({@code beheerder}), {@code admin_email} ({@code email}),
 * {@code admin_phone} ({@code telefoon}), {@code consent} ({@code toestemming}). Street lines in one cell are
 * separated by {@code |} or line breaks; several rows with the same id add streets to one group.
 *
 * <p><b>JSON</b>: an array (or {@code {"groups": [...]}}) of objects with {@code id}, {@code name},
 * {@code streets} (array of lines), {@code woonplaats}, {@code members}, and {@code admins} (objects with
 * {@code name}, {@code email}, {@code phone}, {@code consent}) or the flat admin fields above.
 *
 * <p>Stateless; thread-safe.
 */
public final class IntakeForm {

  private static final JsonFactory JSON = new JsonFactory();

  /** JSON {@code null}, to tell it from a missing field ({@code null}). */
  private static final Object NULL = new Object();

  private IntakeForm() {
  }

  /**
   * The intakes in a form file, in file order.
   *
   * @throws IllegalArgumentException naming the file and the row or entry that cannot be read
   */
  public static List<Intake> read(Path file) {
    String text;
    try {
      // UTF-8 with or without a byte-order mark, or Windows-1252 as Excel saves it: as the CSV reader decodes
      text = CsvTable.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read intake form " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? json(text, file) : csv(text, file);
  }

  static List<Intake> json(String text, Path file) {
    Object root;
    try (JsonParser p = JSON.createParser(text)) {
      root = p.nextToken() == null ? null : value(p);
    } catch (IOException e) {
      throw new IllegalArgumentException("intake form " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    Object list = root instanceof List<?> ? root : field(root, "groups");
    if (!(list instanceof List<?> groups)) {
      throw new IllegalArgumentException("intake form " + file + " must be an array of groups or {\"groups\": [...]}");
    }
    List<Intake> result = new ArrayList<>();
    int i = 0;
    for (Object g : groups) {
      i++;
      try {
        List<String> streets = new ArrayList<>();
        Object s = first(g, "streets", "straten");
        if (s instanceof List<?> lines) {
          lines.forEach(n -> streets.add(asText(n)));
        } else if (s instanceof String line) {
          streets.addAll(lines(line));
        }
        List<Contact> admins = new ArrayList<>();
        for (Object a : elements(field(g, "admins"))) {
          admins.add(contact(asText(field(a, "name"), ""), asText(field(a, "email"), ""), asText(field(a, "phone"), ""),
              asText(field(a, "consent"), "")));
        }
        if (admins.isEmpty() && !text(g, GroupFields.ADMIN_NAME).isEmpty()) {
          admins.add(contact(text(g, GroupFields.ADMIN_NAME), text(g, GroupFields.ADMIN_EMAIL),
              text(g, GroupFields.ADMIN_PHONE), text(g, GroupFields.CONSENT)));
        }
        String members = text(g, GroupFields.MEMBERS);
        result.add(new Intake(text(g, GroupFields.ID), text(g, GroupFields.NAME), streets,
            Optional.of(text(g, List.of("woonplaats", "place"))), members.isEmpty() ? 0 : Integer.parseInt(members), admins));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("intake form " + file + ", group " + i + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  /**
   * The value at the parser's current token: an object as a {@link LinkedHashMap} (a repeated field keeps its last
   * value), an array as a {@link List}, {@link #NULL}, and any other value as its text (numbers and booleans as
   * written, a fraction as {@link Double#toString}).
   */
  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.put(name, value(p));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(p));
        }
        return array;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      case VALUE_NUMBER_FLOAT -> {
        return Double.toString(p.getDoubleValue());
      }
      default -> {
        return p.getText();
      }
    }
  }

  private static Object field(Object object, String name) {
    return object instanceof Map<?, ?> map ? map.get(name) : null;
  }

  /** An array's elements or an object's values, as Jackson's tree iterates them; nothing for anything else. */
  private static Iterable<?> elements(Object container) {
    if (container instanceof List<?> list) {
      return list;
    }
    return container instanceof Map<?, ?> map ? map.values() : List.of();
  }

  private static String asText(Object value) {
    if (value instanceof String s) {
      return s;
    }
    return value == NULL ? "null" : "";
  }

  private static String asText(Object value, String missing) {
    return value == null || value == NULL ? missing : asText(value);
  }

  private static Object first(Object g, String... names) {
    for (String n : names) {
      if (g instanceof Map<?, ?> map && map.containsKey(n)) {
        return map.get(n);
      }
    }
    return null;
  }

  private static String text(Object g, List<String> names) {
    for (String n : names) {
      Object v = field(g, n);
      if (v instanceof String s) {
        return s.strip();
      }
    }
    return "";
  }

  static List<Intake> csv(String text, Path file) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("intake form " + file + " is empty");
    }
    CsvTable table;
    try {
      table = CsvTable.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("intake form " + file + ": " + e.getMessage(), e);
    }
    List<String> header = table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    int id = column(header, GroupFields.ID, file, true);
    int name = column(header, GroupFields.NAME, file, true);
    int streets = column(header, List.of("streets", "straten", "straat", "street"), file, true);
    int place = column(header, List.of("woonplaats", "place"), file, false);
    int members = column(header, GroupFields.MEMBERS, file, false);
    int adminName = column(header, GroupFields.ADMIN_NAME, file, false);
    int adminEmail = column(header, GroupFields.ADMIN_EMAIL, file, false);
    int adminPhone = column(header, GroupFields.ADMIN_PHONE, file, false);
    int consent = column(header, GroupFields.CONSENT, file, false);
    Map<String, Intake> byId = new LinkedHashMap<>();
    for (CsvTable.Row csvRow : table.rows()) {
      List<String> row = csvRow.fields();
      try {
        String groupId = cell(row, id);
        Intake earlier = byId.get(groupId);
        List<String> lines = new ArrayList<>(earlier == null ? List.of() : earlier.streets());
        lines.addAll(lines(cell(row, streets)));
        List<Contact> admins = new ArrayList<>(earlier == null ? List.of() : earlier.admins());
        if (!cell(row, adminName).isEmpty()) {
          admins.add(contact(cell(row, adminName), cell(row, adminEmail), cell(row, adminPhone), cell(row, consent)));
        }
        String m = cell(row, members);
        int count = m.isEmpty() ? (earlier == null ? 0 : earlier.members()) : Integer.parseInt(m);
        String p = cell(row, place);
        byId.put(groupId, new Intake(groupId, cell(row, name).isEmpty() && earlier != null ? earlier.name() : cell(row, name),
            lines, p.isEmpty() && earlier != null ? earlier.place() : Optional.of(p), count, admins));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("intake form " + file + ", row " + csvRow.line() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(byId.values());
  }

  private static int column(List<String> header, List<String> names, Path file, boolean required) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    if (required) {
      throw new IllegalArgumentException("intake form " + file + " has no column " + names.get(0) + " (header: " + header + ")");
    }
    return -1;
  }

  private static String cell(List<String> row, int i) {
    return i < 0 || i >= row.size() ? "" : row.get(i).strip();
  }

  private static List<String> lines(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("[|\\n\\r]")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static Contact contact(String name, String email, String phone, String consent) {
    Consent c = consent.isBlank() ? Consent.NONE : GroupFields.parseConsent(consent);
    return new Contact(name, email, phone, c);
  }
}
