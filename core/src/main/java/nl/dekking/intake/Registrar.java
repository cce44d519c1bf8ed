package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.VersionedGroup;
import org.locationtech.jts.geom.Geometry;

/**
 * Registers new groups from the streets they mail in: reads the street lines ({@link StreetSelector}), draws the
 * area covering exactly those addresses ({@link AreaBuilder}) and finds the existing groups it overlaps. Existing
 * groups are never changed.
 *
 * <pre>{@code
 * Registration r = Registrar.of(households, groups).register(intake);
 * Registrar.register(store, "GM0074", intake);     // into a CoverageStore, as a new group
 * }</pre>
 *
 * <p>Thread-safe and immutable.
 */
public final class Registrar {

  private final List<Household> households;
  private final List<Group> groups;
  private final StreetSelector selector;
  private final AreaBuilder builder;

  private Registrar(List<Household> households, List<Group> groups, StreetSelector selector, AreaBuilder builder) {
    this.households = households;
    this.groups = groups;
    this.selector = selector;
    this.builder = builder;
  }

  /** A registrar over a town's households and its existing groups, with the default {@link AreaBuilder}. */
  public static Registrar of(Collection<Household> households, Collection<Group> groups) {
    List<Household> all = List.copyOf(households);
    return new Registrar(all, List.copyOf(groups), StreetSelector.of(all), AreaBuilder.withDefaults());
  }

  /** This registrar drawing areas with another builder (another reach). */
  public Registrar withAreaBuilder(AreaBuilder newBuilder) {
    return new Registrar(households, groups, selector, requireNonNull(newBuilder, "newBuilder"));
  }

  /**
   * Registers one new group.
   *
   * @throws IllegalArgumentException when a group with its id exists, or a street line names no street or address
   */
  public Registration register(Intake intake) {
    return registerAll(List.of(intake)).get(0);
  }

  /**
   * Registers several new groups; each later one is checked for overlap against the earlier ones too.
   *
   * @throws IllegalArgumentException listing every problem of every intake
   */
  public List<Registration> registerAll(List<Intake> intakes) {
    requireNonNull(intakes, "intakes");
    Set<String> ids = new HashSet<>();
    groups.forEach(g -> ids.add(g.id()));
    List<String> problems = new ArrayList<>();
    List<Registration> result = new ArrayList<>();
    List<Group> known = new ArrayList<>(groups);
    for (Intake intake : intakes) {
      if (!ids.add(intake.id())) {
        problems.add("groep '" + intake.id() + "' bestaat al; kies een ander id");
        continue;
      }
      try {
        Registration r = registerOne(intake, known);
        result.add(r);
        known.add(r.group());
      } catch (IllegalArgumentException e) {
        problems.add(intakes.size() == 1 ? e.getMessage() : intake.id() + ": " + e.getMessage().replace("\n", "\n" + intake.id() + ": "));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return result;
  }

  private Registration registerOne(Intake intake, List<Group> known) {
    List<Household> named = selector.select(intake.streets(), intake.place());
    AreaBuilder.DrawnArea drawn = builder.build(households, named);
    Group group = new Group(intake.id(), intake.name(), drawn.area(), intake.members(), intake.admins(), java.util.Map.of());
    List<Household> covered = new ArrayList<>(named);
    covered.addAll(drawn.sameSpot());
    return new Registration(group, covered, drawn.sameSpot(), overlaps(drawn.area(), covered, known));
  }

  private static List<GroupOverlap> overlaps(Geometry area, List<Household> covered, List<Group> known) {
    List<GroupOverlap> result = new ArrayList<>();
    List<Group> candidates = new ArrayList<>();
    for (Group g : known) {
      if (g.area().getEnvelopeInternal().intersects(area.getEnvelopeInternal())) {
        candidates.add(g);
      }
    }
    if (candidates.isEmpty()) {
      return result;
    }
    CoverageMap map = CoverageMap.of(candidates);
    int[] counts = new int[map.size()];
    int[] out = new int[map.size()];
    for (Household h : covered) {
      int n = map.index().locateAll(h.x(), h.y(), out);
      for (int i = 0; i < n; i++) {
        counts[out[i]]++;
      }
    }
    for (int o = 0; o < map.size(); o++) {
      double shared = map.area(o).intersection(area).getArea();
      if (counts[o] > 0 || shared >= 1.0) {
        Group g = map.group(o);
        result.add(new GroupOverlap(g.id(), g.name(), shared, counts[o]));
      }
    }
    return result;
  }

  /**
   * Registers a new group into a store: reads the municipality's dataset, draws the area against its households and
   * groups, and puts the group as new ({@link CoverageStore#NEW}), so a group created meanwhile with the same id is
   * refused rather than overwritten.
   *
   * @throws IllegalStateException when the store holds no dataset for the municipality
   * @throws IllegalArgumentException as {@link #register(Intake)}
   * @throws nl.dekking.store.ConcurrentUpdateException when the id was taken meanwhile
   */
  public static Registration register(CoverageStore store, String municipality, Intake intake) {
    requireNonNull(store, "store");
    Dataset dataset = store.load(municipality).orElseThrow(
        () -> new IllegalStateException("municipality '" + municipality + "' has no saved dataset to register a group in"));
    Registration r = of(dataset.households(), dataset.groups()).register(intake);
    VersionedGroup stored = store.put(municipality, r.group(), CoverageStore.NEW);
    return new Registration(stored.group(), r.households(), r.sameSpot(), r.overlaps());
  }
}
