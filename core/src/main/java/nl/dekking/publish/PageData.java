package nl.dekking.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.model.Address;
import nl.dekking.model.Contact;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;

/**
 * The page's data as compact JSON, safe to embed in a {@code <script>} element:
 *
 * <pre>{@code
 * {"lang": "nl", "contact": "...",
 *  "groups": [{"id", "name", "members", "colour", "streets": [...], "contacts": [{"name", "email", "phone"}],
 *              "join"}],                               // in id order: index = ordinal
 *  "sets": [[], [0], [0, 3], ...],                      // distinct sets of covering groups, ordinals ascending
 *  "streets": [["Karweg", "Otterlo"], ...],
 *  "pc": {"2628BX": ["12", 0, 1, "12A", 0, 1, ...]}}   // per postcode: house, street index, set index
 * }</pre>
 *
 * Every group field comes from a {@link PublicGroup}; every address field from a household's {@link Address}.
 */
final class PageData {

  private PageData() {
  }

  static String json(AddressLookup lookup, Language language) {
    StringWriter w = new StringWriter(1 << 20);
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("lang", language.name().toLowerCase(Locale.ROOT));
      g.writeStringField("contact", lookup.municipalityContact());
      CoverageMap map = lookup.map();
      g.writeArrayFieldStart("groups");
      for (int o = 0; o < map.size(); o++) {
        group(g, lookup.group(o));
      }
      g.writeEndArray();

      List<Household> households = lookup.households();
      Map<List<PublicGroup>, Integer> sets = new IdentityHashMap<>();
      List<List<PublicGroup>> setList = new ArrayList<>();
      Map<String, Integer> streets = new HashMap<>();
      List<Address> streetList = new ArrayList<>();
      int[] setOf = new int[households.size()];
      int[] streetOf = new int[households.size()];
      for (int i = 0; i < households.size(); i++) {
        List<PublicGroup> set = lookup.groupsOf(i);
        Integer s = sets.get(set);
        if (s == null) {
          s = setList.size();
          sets.put(set, s);
          setList.add(set);
        }
        setOf[i] = s;
        Address a = households.get(i).address();
        String key = a.street() + '\n' + a.place();
        Integer st = streets.get(key);
        if (st == null) {
          st = streetList.size();
          streets.put(key, st);
          streetList.add(a);
        }
        streetOf[i] = st;
      }
      g.writeArrayFieldStart("sets");
      for (List<PublicGroup> set : setList) {
        g.writeStartArray();
        for (PublicGroup pg : set) {
          g.writeNumber(map.ordinalOf(pg.id()));
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("streets");
      for (Address a : streetList) {
        g.writeStartArray();
        g.writeString(a.street());
        g.writeString(a.place());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("pc");
      String open = null;
      for (int i = 0; i < households.size(); i++) {
        Address a = households.get(i).address();
        if (!a.postcode().equals(open)) {
          if (open != null) {
            g.writeEndArray();
          }
          open = a.postcode();
          g.writeArrayFieldStart(open);
        }
        g.writeString(house(a));
        g.writeNumber(streetOf[i]);
        g.writeNumber(setOf[i]);
      }
      if (open != null) {
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dekkingskaart data", e);
    }
    // '<' only occurs inside JSON strings, where \u003c means the same: no "</script>" can close the element early
    return w.toString().replace("<", "\\u003c");
  }

  /** The house number as the page's search normalises it: {@code 12}, {@code 12A}, {@code 12-2}, {@code 12A-2}. */
  static String house(Address a) {
    return a.houseNumber() + a.letter().toUpperCase(Locale.ROOT)
        + (a.suffix().isEmpty() ? "" : "-" + a.suffix().toUpperCase(Locale.ROOT));
  }

  private static void group(JsonGenerator g, PublicGroup pg) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", pg.id());
    g.writeStringField("name", pg.name());
    g.writeNumberField("members", pg.members());
    g.writeStringField("colour", pg.colour());
    g.writeArrayFieldStart("streets");
    for (String s : pg.streets()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("contacts");
    for (Contact c : pg.contacts()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("email", c.email());
      g.writeStringField("phone", c.phone());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("join", pg.joinContact());
    g.writeEndObject();
  }
}
