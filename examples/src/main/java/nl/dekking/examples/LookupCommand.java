package nl.dekking.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.dekking.analysis.Language;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.lookup.AddressQuery;
import nl.dekking.lookup.LookupResult;
import nl.dekking.lookup.LookupStatus;
import nl.dekking.model.Address;
import nl.dekking.model.Contact;
import nl.dekking.model.PublicGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dekking lookup}: for each address, whether a group covers it, which groups (every one, ascending by id, as
 * PostGIS {@code ST_Covers} would name them) and how to join. Prints a sentence per address, or with {@code --json}
 * a JSON array with one object per query, in order:
 *
 * <pre>{@code
 * {"query": "6731 BR 12", "status": "FOUND" | "NO_GROUP" | "UNKNOWN_ADDRESS",
 *  "address": {"postcode", "huisnummer", "huisletter", "toevoeging", "straat", "woonplaats"},
 *  "groups": [{"id", "name", "join": {"admins": [{"name", "email", "phone"}], "municipality": "..."}}]}
 * }</pre>
 *
 * {@code address} holds the key as asked, with {@code straat} and {@code woonplaats} from the household found
 * ({@code null} when the address is unknown, and the whole object {@code null} when the query is no address).
 */
@Command(name = "lookup", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Look addresses up: is there a group, which one(s), and how to join.",
        "Addresses as people type them: \"2628 bx 12\", \"2628BX 12a\", \"2628BX 12-2\"."})
final class LookupCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  LookupSource source;

  @Option(names = "--json", description = "Print a JSON array, one object per query, in order.")
  boolean json;

  @Option(names = "--addresses", paramLabel = "FILE",
      description = "A CSV file of addresses to look up (columns postcode;huisnummer, optionally huisletter;toevoeging).")
  Path addresses;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the sentences (default: ${DEFAULT-VALUE}).")
  String lang;

  @Parameters(paramLabel = "ADDRESS", arity = "0..*", description = "Addresses: postcode and house number.")
  List<String> queries = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Language language = Language.of(lang);
    List<String> all = new ArrayList<>(queries);
    if (addresses != null) {
      all.addAll(AddressCsv.read(addresses));
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to look up: give addresses (\"2628 BX 12\") or --addresses FILE");
    }
    AddressLookup lookup = source.lookup(language);
    PrintWriter out = spec.commandLine().getOut();
    List<Answer> answers = new ArrayList<>(all.size());
    for (String q : all) {
      answers.add(answer(lookup, q));
    }
    if (json) {
      out.println(json(answers));
    } else {
      for (Answer a : answers) {
        out.println(sentence(a, language));
      }
    }
    out.flush();
    return 0;
  }

  /** One query's answer: the parsed key (absent when the text is no address) and the result. */
  record Answer(String text, AddressQuery key, LookupResult result) {}

  static Answer answer(AddressLookup lookup, String text) {
    AddressQuery key;
    try {
      key = AddressQuery.parse(text);
    } catch (IllegalArgumentException e) {
      return new Answer(text, null, new LookupResult(text.strip(), LookupStatus.UNKNOWN_ADDRESS,
          java.util.Optional.empty(), List.of(), lookup.municipalityContact()));
    }
    return new Answer(text, key, lookup.find(key));
  }

  static String json(List<Answer> answers) throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
      for (Answer a : answers) {
        g.writeStartObject();
        g.writeStringField("query", a.text());
        g.writeStringField("status", a.result().status().name());
        if (a.key() == null) {
          g.writeNullField("address");
        } else {
          Address found = a.result().household().map(h -> h.address()).orElse(null);
          g.writeObjectFieldStart("address");
          g.writeStringField("postcode", found != null ? found.postcode() : a.key().postcode());
          g.writeNumberField("huisnummer", found != null ? found.houseNumber() : a.key().houseNumber());
          textOrNull(g, "huisletter", found != null ? found.letter() : a.key().letter());
          textOrNull(g, "toevoeging", found != null ? found.suffix() : a.key().suffix());
          textOrNull(g, "straat", found != null ? found.street() : "");
          textOrNull(g, "woonplaats", found != null ? found.place() : "");
          g.writeEndObject();
        }
        g.writeArrayFieldStart("groups");
        for (PublicGroup pg : a.result().groups()) {
          g.writeStartObject();
          g.writeStringField("id", pg.id());
          g.writeStringField("name", pg.name());
          g.writeObjectFieldStart("join");
          g.writeArrayFieldStart("admins");
          for (Contact c : pg.contacts()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            textOrNull(g, "email", c.email());
            textOrNull(g, "phone", c.phone());
            g.writeEndObject();
          }
          g.writeEndArray();
          textOrNull(g, "municipality", pg.joinContact());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    return w.toString();
  }

  private static void textOrNull(JsonGenerator g, String field, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  static String sentence(Answer a, Language language) {
    boolean nl = language == Language.NL;
    LookupResult r = a.result();
    String where = r.household().map(h -> h.address().display() + " (" + h.address().postcode() + ")")
        .orElse(a.key() == null ? "'" + a.text().strip() + "'" : a.key().toString());
    return switch (r.status()) {
      case UNKNOWN_ADDRESS -> a.key() == null
          ? (nl ? "'" + a.text().strip() + "' is geen adres: typ een postcode en huisnummer, zoals 2628 BX 12."
              : "'" + a.text().strip() + "' is not an address: type a postcode and house number, like 2628 BX 12.")
          : (nl ? "Het adres " + where + " kennen we niet." : "The address " + where + " is not known.");
      case NO_GROUP -> {
        String contact = r.municipalityContact();
        yield nl ? where + " heeft nog geen groep. Begin er een" + (contact.isEmpty() ? "!" : ": neem contact op met de gemeente, " + contact + ".")
            : where + " has no group yet. Start one" + (contact.isEmpty() ? "!" : ": contact the municipality, " + contact + ".");
      }
      case FOUND -> {
        List<String> parts = new ArrayList<>();
        for (PublicGroup g : r.groups()) {
          parts.add(g.name() + " (" + g.id() + "), " + join(g, nl));
        }
        String lead = r.groups().size() == 1 ? (nl ? " valt in de groep " : " is in the group ")
            : String.format(Locale.ROOT, nl ? " valt in %d groepen: " : " is in %d groups: ", r.groups().size());
        yield where + lead + String.join("; ", parts) + ".";
      }
    };
  }

  private static String join(PublicGroup g, boolean nl) {
    if (!g.contacts().isEmpty()) {
      List<String> admins = new ArrayList<>();
      for (Contact c : g.contacts()) {
        StringBuilder sb = new StringBuilder(c.name());
        if (!c.email().isEmpty()) {
          sb.append(", ").append(c.email());
        }
        if (!c.phone().isEmpty()) {
          sb.append(", ").append(c.phone());
        }
        admins.add(sb.toString());
      }
      return (nl ? "aanmelden bij de beheerder: " : "join through the admin: ") + String.join(" / ", admins);
    }
    if (!g.joinContact().isEmpty()) {
      return (nl ? "aanmelden via de gemeente: " : "join through the municipality: ") + g.joinContact();
    }
    return nl ? "aanmelden via de gemeente" : "join through the municipality";
  }

  /** Reads {@code postcode;huisnummer} rows (with or without a header; {@code ;}, {@code ,} or tab separated). */
  static final class AddressCsv {
    private AddressCsv() {
    }

    static List<String> read(Path file) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the addresses file " + file + ": " + e.getMessage(), e);
      }
      List<String> queries = new ArrayList<>();
      int postcode = 0;
      int number = 1;
      int letter = -1;
      int suffix = -1;
      String separator = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        if (separator == null) {
          separator = line.contains(";") ? ";" : line.contains("\t") ? "\t" : ",";
          String[] header = split(line, separator);
          int pc = indexOf(header, "postcode");
          if (pc >= 0) {
            postcode = pc;
            number = Math.max(indexOf(header, "huisnummer"), indexOf(header, "number"));
            letter = indexOf(header, "huisletter");
            suffix = Math.max(indexOf(header, "toevoeging"), indexOf(header, "huisnummertoevoeging"));
            if (number < 0) {
              throw new IllegalArgumentException(file + " line 1: a header with postcode needs a huisnummer column");
            }
            continue;
          }
        }
        String[] cells = split(line, separator);
        if (cells.length <= Math.max(postcode, number)) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected postcode" + separator
              + "huisnummer, got '" + line + "'");
        }
        String text = cells[postcode] + " " + cells[number];
        if (letter >= 0 && letter < cells.length && !cells[letter].isBlank()) {
          text += cells[letter];
        }
        if (suffix >= 0 && suffix < cells.length && !cells[suffix].isBlank()) {
          text += "-" + cells[suffix];
        }
        queries.add(text);
      }
      return queries;
    }

    private static String[] split(String line, String separator) {
      String[] cells = line.split(java.util.regex.Pattern.quote(separator), -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip().replaceAll("^\"|\"$", "").strip();
      }
      return cells;
    }

    private static int indexOf(String[] header, String name) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
    }
  }
}
