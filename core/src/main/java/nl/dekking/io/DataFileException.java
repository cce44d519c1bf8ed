package nl.dekking.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Bad input in a data file: names the file, the feature (its index, counted from 0, and its id when it has one)
 * and what is wrong, as in {@code data/groups.geojson, feature 17 (id 'Noord-3'): area is not a polygon: LineString}.
 * A file is named by {@link #nameOf(java.nio.file.Path)}.
 * Readers throw it instead of returning a partial result.
 */
public final class DataFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long featureIndex;
  private final String featureId;
  private final String problem;

  /**
   * @param file the file (or other source) name
   * @param featureIndex the feature's index from 0, or -1 when the problem is not with one feature
   * @param featureId the feature's id, or null or empty when it has none
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   */
  public DataFileException(String file, long featureIndex, String featureId, String problem, Throwable cause) {
    super(message(file, featureIndex, featureId, problem), cause);
    this.file = requireNonNull(file, "file");
    this.featureIndex = featureIndex;
    this.featureId = featureId == null ? "" : featureId;
    this.problem = requireNonNull(problem, "problem");
  }

  /**
   * How every reader names a file in messages: the path as the user gave it ({@code data/buurten.gpkg}, or an
   * absolute path when given one), so a message points at the one file meant among files of the same name.
   */
  public static String nameOf(java.nio.file.Path file) {
    return requireNonNull(file, "file").toString();
  }

  /** A problem with the file as a whole. */
  public static DataFileException ofFile(String file, String problem, Throwable cause) {
    return new DataFileException(file, -1, null, problem, cause);
  }

  /** The file (or source) name. */
  public String file() {
    return file;
  }

  /** The feature's index from 0, or -1 when the problem is not with one feature. */
  public long featureIndex() {
    return featureIndex;
  }

  /** The feature's id, when it has one. */
  public Optional<String> featureId() {
    return featureId.isEmpty() ? Optional.empty() : Optional.of(featureId);
  }

  /** What is wrong, without the file and feature. */
  public String problem() {
    return problem;
  }

  private static String message(String file, long index, String id, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (index >= 0) {
      sb.append(", feature ").append(index);
      if (id != null && !id.isEmpty()) {
        sb.append(" (id '").append(id).append("')");
      }
    }
    return sb.append(": ").append(problem).toString();
  }
}
