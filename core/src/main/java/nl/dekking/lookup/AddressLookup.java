package nl.dekking.lookup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Answers "is there a group for this address, and whom do I contact?" over one analysed map and its households:
 * for an address ({@link #find(String)}) or a point ({@link #at}, {@link #atWgs84}), the status, the household and
 * every group covering it, ascending by id, as {@link PublicGroup}s that say how to join.
 *
 * <p><b>Exactness.</b> A group covers a point when the point lies in its analysed area or on its boundary, as
 * PostGIS {@code ST_Covers}; a point on the shared edge of two groups is covered by <em>both</em>. The map's
 * {@link CoverageIndex} gives such a point (in no group's interior, on several boundaries) to the lowest id only,
 * which is right for counting households once but not for telling a resident which groups they may join. So the
 * lookup keeps a second index over the same areas with the ids in reverse order: when the two name different
 * groups for a point, it is on a shared boundary, and the groups are found by an exact JTS point-in-area test of
 * each group whose envelope holds the point (rare: only points exactly on two groups' edges).
 *
 * <p><b>Algorithm.</b> Households are sorted by a 64-bit code of postcode, number and letter; an address lookup is
 * a parse (one pass over the text), a binary search and a comparison of the suffix. Each household's covering
 * groups are computed once when the lookup is built and shared between households with the same groups, so an
 * address lookup allocates only its result. {@link #groupsAt} allocates nothing. Building costs one or two index
 * lookups per household and a second index build. Measured by {@code AddressLookupBenchmark} (see README).
 *
 * <p>Thread-safe and immutable.
 */
public final class AddressLookup {

  private final CoverageMap map;
  private final CoverageIndex forward;
  private final CoverageIndex reverse;
  private final Geometry[] areas;
  private final Envelope[] envelopes;
  private final List<PublicGroup> groups;
  private final String municipalityContact;
  private final long[] codes;
  private final String[] letters;
  private final String[] suffixes;
  private final Household[] households;
  private final List<Household> householdList;
  private final int[] groupSet;
  private final List<List<PublicGroup>> groupSets;

  private AddressLookup(CoverageMap map, List<Household> input, List<PublicGroup> groups, String municipalityContact) {
    this.map = map;
    this.forward = map.index();
    int n = map.size();
    this.areas = new Geometry[n];
    this.envelopes = new Envelope[n];
    List<String> reversedIds = new ArrayList<>(n);
    List<Geometry> reversedAreas = new ArrayList<>(n);
    for (int o = 0; o < n; o++) {
      areas[o] = map.area(o);
      envelopes[o] = areas[o].getEnvelopeInternal();
    }
    for (int o = n - 1; o >= 0; o--) {
      reversedIds.add(String.format(Locale.ROOT, "%010d", n - 1 - o));
      reversedAreas.add(areas[o]);
    }
    this.reverse = CoverageIndex.of(reversedIds, reversedAreas);
    this.groups = List.copyOf(groups);
    this.municipalityContact = municipalityContact;

    Household[] sorted = input.toArray(Household[]::new);
    long[] keys = new long[sorted.length];
    Integer[] order = new Integer[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      keys[i] = code(sorted[i].address().postcode(), sorted[i].address().houseNumber(), sorted[i].address().letter());
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Long.compare(keys[a], keys[b]);
      return c != 0 ? c : Integer.compare(a, b); // the first of duplicate addresses is found first
    });
    this.codes = new long[sorted.length];
    this.households = new Household[sorted.length];
    this.letters = new String[sorted.length];
    this.suffixes = new String[sorted.length];
    this.groupSet = new int[sorted.length];
    Map<List<Integer>, Integer> setIndex = new HashMap<>();
    List<List<PublicGroup>> sets = new ArrayList<>();
    int[] out = new int[Math.max(1, n)];
    for (int i = 0; i < sorted.length; i++) {
      Household h = sorted[order[i]];
      codes[i] = keys[order[i]];
      households[i] = h;
      letters[i] = h.address().key().letter();
      suffixes[i] = h.address().key().suffix();
      int count = groupsAt(h.x(), h.y(), out);
      List<Integer> ordinals = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        ordinals.add(out[k]);
      }
      Integer index = setIndex.get(ordinals);
      if (index == null) {
        index = sets.size();
        setIndex.put(ordinals, index);
        sets.add(ordinals.stream().map(this.groups::get).toList());
      }
      groupSet[i] = index;
    }
    this.groupSets = List.copyOf(sets);
    this.householdList = List.of(households);
  }

  private AddressLookup(AddressLookup from, List<PublicGroup> groups) {
    this.map = from.map;
    this.forward = from.forward;
    this.reverse = from.reverse;
    this.areas = from.areas;
    this.envelopes = from.envelopes;
    this.groups = List.copyOf(groups);
    this.municipalityContact = from.municipalityContact;
    this.codes = from.codes;
    this.letters = from.letters;
    this.suffixes = from.suffixes;
    this.households = from.households;
    this.householdList = from.householdList;
    this.groupSet = from.groupSet;
    List<List<PublicGroup>> sets = new ArrayList<>(from.groupSets.size());
    for (List<PublicGroup> set : from.groupSets) {
      sets.add(set.stream().map(g -> this.groups.get(map.ordinalOf(g.id()))).toList());
    }
    this.groupSets = List.copyOf(sets);
  }

  /**
   * A lookup over these households and the map's groups, each group published as given.
   *
   * @param groups the public view of every group of the map, in the map's ordinal order (by id)
   * @param municipalityContact the municipality's contact for "no group yet: start one"; may be empty
   * @throws IllegalArgumentException when {@code groups} does not match the map's groups one to one
   */
  public static AddressLookup of(CoverageMap map, List<Household> households, List<PublicGroup> groups,
      String municipalityContact) {
    requireNonNull(map, "map");
    requireNonNull(households, "households");
    requireNonNull(groups, "groups");
    requireMatching(map, groups);
    return new AddressLookup(map, households, groups, municipalityContact == null ? "" : municipalityContact.strip());
  }

  /**
   * A lookup whose groups say how to join: an admin's contact where its consent is {@code PUBLIC}, else the
   * municipality's contact. The groups carry no streets and no colour.
   */
  public static AddressLookup of(CoverageMap map, List<Household> households, String municipalityContact) {
    requireNonNull(map, "map");
    List<PublicGroup> groups = new ArrayList<>(map.size());
    for (Group g : map.groups()) {
      groups.add(PublicGroup.of(g, List.of(), "", municipalityContact));
    }
    return of(map, households, groups, municipalityContact);
  }

  /**
   * This lookup with other public views of the same groups (with their streets and colours, say), without
   * looking the households up again.
   *
   * @throws IllegalArgumentException when {@code groups} does not match the map's groups one to one
   */
  public AddressLookup withGroups(List<PublicGroup> groups) {
    requireNonNull(groups, "groups");
    requireMatching(map, groups);
    return new AddressLookup(this, groups);
  }

  /**
   * Looks up an address as typed ({@code "2628 bx 12a"}).
   *
   * @throws IllegalArgumentException when the text is not a postcode and house number
   */
  public LookupResult find(String text) {
    return result(text.strip(), AddressQuery.parse(text));
  }

  /** Looks up a parsed address. */
  public LookupResult find(AddressQuery query) {
    requireNonNull(query, "query");
    return result(query.toString(), query);
  }

  private LookupResult result(String text, AddressQuery query) {
    int h = household(query);
    if (h < 0) {
      return new LookupResult(text, LookupStatus.UNKNOWN_ADDRESS, Optional.empty(), List.of(), municipalityContact);
    }
    List<PublicGroup> covering = groupSets.get(groupSet[h]);
    return new LookupResult(text, covering.isEmpty() ? LookupStatus.NO_GROUP : LookupStatus.FOUND,
        Optional.of(households[h]), covering, municipalityContact);
  }

  /**
   * The position of the household at this address in {@link #households()}, or −1. When the address is not found
   * as typed, its {@linkplain AddressQuery#alternative() other reading} is tried ({@code "12 A"} as letter or
   * suffix).
   */
  public int household(AddressQuery query) {
    int h = exact(query);
    if (h < 0) {
      AddressQuery other = query.alternative();
      if (other != query) {
        h = exact(other);
      }
    }
    return h;
  }

  private int exact(AddressQuery q) {
    long code = code(q.postcode(), q.houseNumber(), q.letter());
    int i = Arrays.binarySearch(codes, code);
    if (i < 0) {
      return -1;
    }
    while (i > 0 && codes[i - 1] == code) {
      i--;
    }
    for (; i < codes.length && codes[i] == code; i++) {
      if (suffixes[i].equals(q.suffix()) && letters[i].equals(q.letter())) {
        return i; // both upper case, as the BAG key compares them
      }
    }
    return -1;
  }

  /** Looks up a point in RD New (EPSG:28992): {@code FOUND} or {@code NO_GROUP}, with no household. */
  public LookupResult at(double x, double y) {
    RdNew.requireInNetherlands(x, y, "lookup point");
    int[] out = new int[Math.max(1, map.size())];
    int n = groupsAt(x, y, out);
    List<PublicGroup> covering = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      covering.add(groups.get(out[i]));
    }
    return new LookupResult(String.format(Locale.ROOT, "%.2f %.2f", x, y),
        n == 0 ? LookupStatus.NO_GROUP : LookupStatus.FOUND, Optional.empty(), covering, municipalityContact);
  }

  /** Looks up a point in WGS84 (longitude, latitude in degrees). */
  public LookupResult atWgs84(double lon, double lat) {
    Coordinate rd = RdNew.fromWgs84(lon, lat);
    return at(rd.x, rd.y);
  }

  /**
   * Writes the ordinals of every group covering a point (RD New) into {@code out}, ascending, and returns how many:
   * every group, also where the point lies only on the shared boundary of several. Allocates nothing, except in the
   * rare case of a point exactly on the boundaries of two or more groups and in none's interior.
   *
   * @throws IllegalArgumentException when {@code out} is shorter than the number of groups
   */
  public int groupsAt(double x, double y, int[] out) {
    int n = forward.locateAll(x, y, out);
    if (n != 1) {
      return n; // none, or several with some group's interior holding the point: every covering group
    }
    int last = reverse.locate(x, y);
    if (last == CoverageIndex.NONE || map.size() - 1 - last == out[0]) {
      return 1;
    }
    return onBoundaries(x, y, out);
  }

  private int onBoundaries(double x, double y, int[] out) {
    Coordinate p = new Coordinate(x, y);
    int n = 0;
    for (int o = 0; o < areas.length; o++) {
      if (envelopes[o].covers(x, y) && SimplePointInAreaLocator.locate(p, areas[o]) != Location.EXTERIOR) {
        out[n++] = o;
      }
    }
    return n;
  }

  /** The analysed map this lookup answers from. */
  public CoverageMap map() {
    return map;
  }

  /** The households, in the lookup's order (by postcode, number, letter). */
  public List<Household> households() {
    return householdList;
  }

  /** The groups covering the household at this position of {@link #households()}, ascending by id. */
  public List<PublicGroup> groupsOf(int household) {
    return groupSets.get(groupSet[household]);
  }

  /** The public view of the group with this ordinal. */
  public PublicGroup group(int ordinal) {
    return groups.get(ordinal);
  }

  /** The municipality's contact, for residents without a group; may be empty. */
  public String municipalityContact() {
    return municipalityContact;
  }

  private static void requireMatching(CoverageMap map, List<PublicGroup> groups) {
    if (groups.size() != map.size()) {
      throw new IllegalArgumentException("need the public view of all " + map.size() + " groups, got " + groups.size());
    }
    for (int o = 0; o < map.size(); o++) {
      if (!groups.get(o).id().equals(map.group(o).id())) {
        throw new IllegalArgumentException("public group " + o + " must be '" + map.group(o).id() + "' (groups in id "
            + "order), was '" + groups.get(o).id() + "'");
      }
    }
  }

  /** Postcode, number and letter as one sortable number; the suffix is compared separately. */
  private static long code(String postcode, int number, String letter) {
    long digits = (postcode.charAt(0) - '0') * 1000L + (postcode.charAt(1) - '0') * 100 + (postcode.charAt(2) - '0') * 10
        + (postcode.charAt(3) - '0');
    long letters = (Character.toUpperCase(postcode.charAt(4)) - 'A') * 26L + (Character.toUpperCase(postcode.charAt(5)) - 'A');
    long l = letter.isEmpty() ? 0 : Math.max(0, Math.min(26, Character.toUpperCase(letter.charAt(0)) - 'A' + 1));
    return ((digits * 676 + letters) * 100_000L + number) * 27 + l;
  }

  @Override
  public String toString() {
    return "AddressLookup[" + households.length + " households, " + map.size() + " groups]";
  }
}
