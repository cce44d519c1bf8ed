package nl.dekking.analysis;

/**
 * The tolerances and distances of a {@link CoverageAnalysis}, in metres and square metres (RD New).
 *
 * @param overlapToleranceM2 two groups whose areas share more than this many m² overlap; a smaller shared area is
 *     a drawing error (QA). Default {@value #DEFAULT_OVERLAP_TOLERANCE_M2}.
 * @param gapWidthM an area between neighbouring groups narrower than this is a drawing error (QA), not a gap.
 *     Default {@value #DEFAULT_GAP_WIDTH_M}.
 * @param walkingDistanceM uncovered households this close (straight line) to one another belong to one gap
 *     cluster. Default {@value #DEFAULT_WALKING_DISTANCE_M}.
 * @param neighbourDistanceM groups whose areas touch, overlap or lie within this distance are neighbours.
 *     Default {@value #DEFAULT_NEIGHBOUR_DISTANCE_M}.
 */
public record AnalysisSettings(double overlapToleranceM2, double gapWidthM, double walkingDistanceM,
    double neighbourDistanceM) {

  /** Default overlap tolerance, m². */
  public static final double DEFAULT_OVERLAP_TOLERANCE_M2 = 50;
  /** Default narrow-gap width, m. */
  public static final double DEFAULT_GAP_WIDTH_M = 10;
  /** Default walking distance of a gap cluster, m. */
  public static final double DEFAULT_WALKING_DISTANCE_M = 100;
  /** Default neighbour distance, m. */
  public static final double DEFAULT_NEIGHBOUR_DISTANCE_M = 25;

  public AnalysisSettings {
    requireNonNegative("overlapToleranceM2", overlapToleranceM2);
    requireNonNegative("gapWidthM", gapWidthM);
    requireNonNegative("neighbourDistanceM", neighbourDistanceM);
    if (!(walkingDistanceM > 0) || !Double.isFinite(walkingDistanceM)) {
      throw new IllegalArgumentException("walkingDistanceM must be a finite number above 0, was " + walkingDistanceM);
    }
  }

  /** The defaults: 50 m², 10 m, 100 m, 25 m. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(DEFAULT_OVERLAP_TOLERANCE_M2, DEFAULT_GAP_WIDTH_M, DEFAULT_WALKING_DISTANCE_M,
        DEFAULT_NEIGHBOUR_DISTANCE_M);
  }

  public AnalysisSettings withOverlapToleranceM2(double value) {
    return new AnalysisSettings(value, gapWidthM, walkingDistanceM, neighbourDistanceM);
  }

  public AnalysisSettings withGapWidthM(double value) {
    return new AnalysisSettings(overlapToleranceM2, value, walkingDistanceM, neighbourDistanceM);
  }

  public AnalysisSettings withWalkingDistanceM(double value) {
    return new AnalysisSettings(overlapToleranceM2, gapWidthM, value, neighbourDistanceM);
  }

  public AnalysisSettings withNeighbourDistanceM(double value) {
    return new AnalysisSettings(overlapToleranceM2, gapWidthM, walkingDistanceM, value);
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number of 0 or more, was " + value);
    }
  }
}
