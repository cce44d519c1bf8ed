package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.HouseholdList;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Coordinate;

/**
 * Splits a national (or provincial) dataset into one dataset per municipality, for a report per municipality from
 * one run.
 *
 * <p><b>Rule.</b> A household lies in the municipality of the neighbourhood (CBS wijk or buurt, which names its
 * {@code gemeentecode}) that covers it; where simplified neighbourhoods overlap, the one whose code sorts first
 * (the {@link CoverageIndex} rule), so every household lies in exactly one municipality or in none (outside every
 * neighbourhood, counted in {@link #outside()}). A group belongs to every municipality where it covers a household,
 * so each municipality's analysis sees every group covering its households and the per-group counts over all
 * municipalities, plus {@link #outsideByGroup()}, add up to the national ones; a group that covers no household in
 * any municipality belongs to the municipality whose neighbourhood holds its area's interior point (or to none). Streets go with the municipality of their first
 * household's neighbourhood when they have no line.
 *
 * <p>Cost: two batch assignments over all households (neighbourhoods, groups), on every core, and one pass to
 * deal them out. The households are held once, in columns ({@link HouseholdList}); each part's are a selection of
 * them (4 bytes a household), so a national split of 8.37 million households holds about 0.5 GB. Immutable and
 * thread-safe once built.
 */
public final class MunicipalitySplit {

  /** One municipality's share of the dataset. */
  public record Part(String code, String name, Dataset dataset) {
    public Part {
      requireNonNull(code, "code");
      requireNonNull(name, "name");
      requireNonNull(dataset, "dataset");
    }
  }

  private final List<Part> parts;
  private final int outside;
  private final Map<String, Integer> outsideByGroup;
  private final CoverageMap map;
  private final CoverageIndex neighbourhoodIndex;

  private MunicipalitySplit(List<Part> parts, int outside, Map<String, Integer> outsideByGroup, CoverageMap map,
      CoverageIndex neighbourhoodIndex) {
    this.parts = parts;
    this.outside = outside;
    this.outsideByGroup = outsideByGroup;
    this.map = map;
    this.neighbourhoodIndex = neighbourhoodIndex;
  }

  /**
   * Splits the dataset by the municipalities its neighbourhoods name.
   *
   * @throws IllegalArgumentException when the dataset has no neighbourhoods, a neighbourhood names no
   *     municipality, or two neighbourhoods share a code
   */
  public static MunicipalitySplit of(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    List<Neighbourhood> hoods = dataset.neighbourhoods();
    if (hoods.isEmpty()) {
      throw new IllegalArgumentException("dataset '" + dataset.name() + "' has no neighbourhoods to split it by"
          + " municipality: give CBS wijken or buurten, which name their gemeentecode");
    }
    Map<String, Neighbourhood> byCode = new TreeMap<>();
    for (Neighbourhood n : hoods) {
      if (n.municipalityCode().isEmpty()) {
        throw new IllegalArgumentException("neighbourhood " + n.code() + " (" + n.name() + ") names no municipality"
            + " (gemeentecode); a household there cannot be given a municipality");
      }
      if (byCode.put(n.code(), n) != null) {
        throw new IllegalArgumentException("two neighbourhoods have code '" + n.code() + "'");
      }
    }
    List<Neighbourhood> sorted = List.copyOf(byCode.values());
    CoverageIndex hoodIndex = CoverageIndex.of(sorted.stream().map(Neighbourhood::code).toList(),
        sorted.stream().map(Neighbourhood::area).toList());

    // municipality ordinals in code order
    Map<String, Integer> municipalityOf = new TreeMap<>();
    for (Neighbourhood n : sorted) {
      municipalityOf.putIfAbsent(n.municipalityCode(), 0);
    }
    List<String> codes = List.copyOf(municipalityOf.keySet());
    for (int m = 0; m < codes.size(); m++) {
      municipalityOf.put(codes.get(m), m);
    }
    int[] hoodMunicipality = new int[sorted.size()];
    String[] names = new String[codes.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Neighbourhood n = sorted.get(i);
      int m = municipalityOf.get(n.municipalityCode());
      hoodMunicipality[i] = m;
      if (names[m] == null && !n.municipalityName().isEmpty()) {
        names[m] = n.municipalityName();
      }
    }

    // in columns, so the parts are selections of them and no household is made to be dealt out
    HouseholdList households = HouseholdList.copyOf(dataset.households());
    double[] xs = households.xs();
    double[] ys = households.ys();
    Assignment inHood = hoodIndex.assign(xs, ys);
    CoverageMap map = CoverageMap.of(dataset.groups());
    Assignment inGroup = map.index().assign(xs, ys);
    xs = null;
    ys = null;

    int municipalities = codes.size();
    int[] count = new int[municipalities];
    int[] municipalityOfHousehold = new int[households.size()];
    List<BitSet> groupsOf = new ArrayList<>(municipalities);
    List<List<Neighbourhood>> hoodsOf = new ArrayList<>(municipalities);
    for (int m = 0; m < municipalities; m++) {
      groupsOf.add(new BitSet(map.size()));
      hoodsOf.add(new ArrayList<>());
    }
    for (int i = 0; i < sorted.size(); i++) {
      hoodsOf.get(hoodMunicipality[i]).add(sorted.get(i));
    }
    int outside = 0;
    int[] outsidePerGroup = new int[map.size()];
    for (int i = 0; i < households.size(); i++) {
      int hood = inHood.firstGroup(i);
      if (hood == CoverageIndex.NONE) {
        outside++;
        municipalityOfHousehold[i] = -1;
        for (int g : inGroup.groupsOf(i)) {
          outsidePerGroup[g]++;
        }
        continue;
      }
      int m = hoodMunicipality[hood];
      municipalityOfHousehold[i] = m;
      count[m]++;
      int k = inGroup.coveringCount(i);
      if (k == 1) {
        groupsOf.get(m).set(inGroup.firstGroup(i));
      } else if (k > 1) {
        for (int g : inGroup.groupsOf(i)) {
          groupsOf.get(m).set(g);
        }
      }
    }
    BitSet placed = new BitSet(map.size());
    for (BitSet set : groupsOf) {
      placed.or(set);
    }
    for (int g = 0; g < map.size(); g++) {
      if (!placed.get(g)) {
        Coordinate c = map.area(g).isEmpty() ? map.group(g).area().getCentroid().getCoordinate()
            : map.area(g).getInteriorPoint().getCoordinate();
        int hood = hoodIndex.locate(c.x, c.y);
        if (hood != CoverageIndex.NONE) {
          groupsOf.get(hoodMunicipality[hood]).set(g);
        }
      }
    }

    int[][] indicesOf = new int[municipalities][];
    for (int m = 0; m < municipalities; m++) {
      indicesOf[m] = new int[count[m]];
    }
    int[] filled = new int[municipalities];
    for (int i = 0; i < municipalityOfHousehold.length; i++) {
      int m = municipalityOfHousehold[i];
      if (m >= 0) {
        indicesOf[m][filled[m]++] = i;
      }
    }
    municipalityOfHousehold = null;
    Map<Street.Key, Integer> streetMunicipality = new LinkedHashMap<>();
    if (!dataset.streets().isEmpty()) {
      for (int m = 0; m < municipalities; m++) {
        for (int i : indicesOf[m]) {
          streetMunicipality.putIfAbsent(Street.Key.of(households.get(i).address()), m);
        }
      }
    }
    List<List<Street>> streetsOf = new ArrayList<>(municipalities);
    for (int m = 0; m < municipalities; m++) {
      streetsOf.add(new ArrayList<>());
    }
    for (Street s : dataset.streets()) {
      Integer m = streetMunicipality.get(s.key());
      if (m != null) {
        streetsOf.get(m).add(s);
      }
    }

    List<Part> parts = new ArrayList<>(municipalities);
    for (int m = 0; m < municipalities; m++) {
      BitSet set = groupsOf.get(m);
      List<Group> groups = new ArrayList<>(set.cardinality());
      for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
        groups.add(map.group(g));
      }
      String name = names[m] == null ? codes.get(m) : names[m];
      parts.add(new Part(codes.get(m), name, new Dataset(name, households.select(indicesOf[m]), streetsOf.get(m),
          groups, hoodsOf.get(m))));
      indicesOf[m] = null;
    }
    Map<String, Integer> outsideByGroup = new TreeMap<>();
    for (int g = 0; g < map.size(); g++) {
      if (outsidePerGroup[g] > 0) {
        outsideByGroup.put(map.group(g).id(), outsidePerGroup[g]);
      }
    }
    return new MunicipalitySplit(List.copyOf(parts), outside, Map.copyOf(outsideByGroup), map, hoodIndex);
  }

  /** One part per municipality, in code order ({@code GM0003} first), each with its households, groups and neighbourhoods. */
  public List<Part> parts() {
    return parts;
  }

  /** Households inside no neighbourhood, and so in no municipality's report. */
  public int outside() {
    return outside;
  }

  /**
   * Per group id, the households it covers that lie inside no neighbourhood (a simplified neighbourhood's edge
   * passing just inside them): in no municipality's report, but part of the group's national count, which must
   * equal a covers-join over all households. Groups without such households are absent.
   */
  public Map<String, Integer> outsideByGroup() {
    return outsideByGroup;
  }

  /**
   * The analysed map of every group, which the split assigned the households with: each part's groups are groups
   * of it, so {@link CoverageAnalysis#analysePart} analyses a part without repairing or indexing its groups again.
   */
  public CoverageMap map() {
    return map;
  }

  /** The index over every neighbourhood (codes as ids) the split placed the households with. */
  public CoverageIndex neighbourhoodIndex() {
    return neighbourhoodIndex;
  }

  @Override
  public String toString() {
    return "MunicipalitySplit[" + parts.size() + " municipalities, " + outside + " households outside]";
  }
}
