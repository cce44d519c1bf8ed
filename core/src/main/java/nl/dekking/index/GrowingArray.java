package nl.dekking.index;

import java.util.Arrays;

/**
 * Primitive arrays that grow as the {@link CellTreeBuilder} appends to them, so the build boxes nothing. Amortised
 * O(1) per append. Not thread-safe; each is used by one thread of a build.
 */
final class GrowingArray {

  private GrowingArray() {
  }

  /** Ints. */
  static final class Ints {
    private int[] values = new int[256];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    void set(int i, int v) {
      values[i] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Longs. */
  static final class Longs {
    private long[] values = new long[256];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void set(int i, long v) {
      values[i] = v;
    }

    /** The backing array, valid until the next add; for reading back what was appended. */
    long[] array() {
      return values;
    }

    /** Drops the values from {@code size} on. */
    void truncate(int size) {
      this.size = size;
    }

    int size() {
      return size;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
