package nl.dekking.bench;

/** One way of finding the group covering a point: the lowest covering ordinal, or -1. */
interface PointLocator {

  /** The lowest ordinal (group index) whose closed area covers the point, or -1 when none does. */
  int locate(double x, double y);
}
