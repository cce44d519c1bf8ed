package nl.dekking.bench;

import java.util.List;
import nl.dekking.index.CoverageIndex;
import nl.dekking.model.Group;

/** The implementations a benchmark compares, as a JMH {@code @Param}. */
public enum Implementation {

  /** Dekking's {@link CoverageIndex} (the cell tree). */
  DEKKING {
    @Override
    PointLocator create(List<Group> groups) {
      CoverageIndex index = CoverageIndex.build(groups);
      return index::locate;
    }
  },

  /** Every group's envelope, then {@code PreparedGeometry.covers}: no spatial index. */
  NAIVE_PREPARED {
    @Override
    PointLocator create(List<Group> groups) {
      return new JtsBaselines.NaivePrepared(JtsBaselines.areas(groups));
    }
  },

  /** JTS {@code STRtree} of envelopes, then {@code PreparedGeometry.covers}. */
  JTS_STRTREE_PREPARED {
    @Override
    PointLocator create(List<Group> groups) {
      return new JtsBaselines.StrTreePrepared(JtsBaselines.areas(groups));
    }
  },

  /** JTS {@code HPRtree} of envelopes, then {@code IndexedPointInAreaLocator}. */
  JTS_HPRTREE_INDEXED {
    @Override
    PointLocator create(List<Group> groups) {
      return new JtsBaselines.HprTreeIndexed(JtsBaselines.areas(groups));
    }
  };

  /** Builds this implementation over groups whose ordinals are their list positions (sorted by id). */
  abstract PointLocator create(List<Group> groups);
}
