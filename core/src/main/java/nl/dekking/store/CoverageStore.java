package nl.dekking.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.dekking.model.Audience;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * Keeps each municipality's coverage map: its dataset, and its groups one at a time with a version so that two
 * people editing the map do not overwrite each other. The spatial questions an app asks most ("which groups cover
 * this address", "which households does this group cover") are answered by the store itself, so a database store
 * can answer them on its spatial index without loading the whole map.
 *
 * <p>The rules every implementation follows are in the {@linkplain nl.dekking.store package documentation}.
 * Municipalities are named by a code of ASCII letters, digits, {@code -} and {@code _} (the CBS code
 * {@code GM0228} by convention). Methods that read
 * never return null. Implementations are thread-safe.
 *
 * <p>Implementations: {@link InMemoryCoverageStore} (embedded, the default) and {@code PostgisCoverageStore} in
 * the {@code dekking-postgis} module.
 */
public interface CoverageStore extends AutoCloseable {

  /** The version to name when writing a group that must not exist yet. */
  long NEW = 0;

  /**
   * Replaces the municipality's dataset (households, streets, groups, neighbourhoods) with this one, atomically.
   * Every group gets a new version. Households that repeat an address key (postcode, number, letter, suffix) are
   * counted once, as the analysis counts them: the first in address order is stored, and the result lists every
   * repeated address.
   *
   * @return how many households were stored and which repeated addresses were counted once
   * @throws InvalidDatasetException when an element cannot be stored (a household id used twice, text with a NUL
   *     character or a lone surrogate, geometry not in RD New), naming it; the previous dataset is then intact
   * @throws IllegalArgumentException when the municipality code is not a plain code
   *     ({@link DatasetChecker#requireMunicipality})
   */
  SaveResult save(String municipality, Dataset dataset);

  /**
   * The municipality's dataset with every contact, for the municipality's own use (as
   * {@code export(municipality, Audience.MUNICIPALITY)}); empty when none was saved. Groups come sorted by id;
   * households, streets and neighbourhoods in the order they were saved.
   */
  Optional<Dataset> load(String municipality);

  /**
   * The municipality's dataset as it may be shown to an audience: admins whose consent does not allow it are left
   * out of every group.
   */
  Optional<Dataset> export(String municipality, Audience audience);

  /** The group with this id, with its version; empty when there is none. */
  Optional<VersionedGroup> group(String municipality, String groupId);

  /** Every group of the municipality with its version, sorted by id; empty when none was saved. */
  List<VersionedGroup> groups(String municipality);

  /**
   * Creates or replaces a group, if it is still at {@code expectedVersion} ({@link #NEW}: it must not exist).
   *
   * @return the group with its new version
   * @throws ConcurrentUpdateException when the group is at another version (or exists, or does not)
   * @throws InvalidDatasetException when the group holds text or geometry no store keeps
   * @throws IllegalStateException when the municipality has no saved dataset
   */
  VersionedGroup put(String municipality, Group group, long expectedVersion);

  /**
   * Deletes a group, if it is still at {@code expectedVersion}.
   *
   * @throws ConcurrentUpdateException when the group is at another version or no longer exists
   */
  void delete(String municipality, String groupId, long expectedVersion);

  /**
   * The households inside an area or on its boundary, in dataset order. An invalid area is used as JTS
   * {@code GeometryFixer} repairs it.
   *
   * @param area a Polygon or MultiPolygon in RD New (SRID 28992, or 0 when unset)
   */
  List<Household> householdsIn(String municipality, Geometry area);

  /**
   * The households a group covers, in dataset order: inside its area or on its boundary, except boundary points
   * that the shared-boundary rule gives to another group. Equal to what a {@link nl.dekking.index.CoverageIndex}
   * over the municipality's groups assigns to this group.
   *
   * @throws IllegalArgumentException when the municipality has no group with this id
   */
  List<Household> householdsCoveredBy(String municipality, String groupId);

  /**
   * The groups covering a point, sorted by id, exactly as {@link nl.dekking.index.CoverageMap#covering} answers.
   *
   * @param x RD New easting, metres
   * @param y RD New northing, metres
   */
  List<Group> groupsCovering(String municipality, double x, double y);

  /**
   * How the municipality's households fall over its groups by the coverage rule: per group its households and shared
   * households, and the totals, equal to those of a {@link nl.dekking.analysis.CoverageReport} of the saved dataset.
   * All zero with no groups when no dataset was saved. A database store counts in the database and returns only
   * the counts.
   */
  CoverageCounts householdCounts(String municipality);

  /**
   * Hands every household that no group covers to {@code action}, in dataset order, and returns how many there were:
   * {@link nl.dekking.analysis.CoverageReport#uncovered()} of the saved dataset, streamed rather than collected, so
   * millions of households never sit in memory at once. A database store reads them from a cursor in one read-only
   * transaction while the action runs. An exception from the action ends the call and is thrown as it is.
   */
  long forEachUncoveredHousehold(String municipality, Consumer<? super Household> action);

  /**
   * Every pair of groups that overlap ({@link GroupOverlap}: they share area, or both cover a household), sorted by
   * {@code groupA}, then {@code groupB}; empty when no dataset was saved.
   */
  List<GroupOverlap> overlaps(String municipality);

  /** Releases what the store holds (connections). Idempotent. */
  @Override
  void close();
}
