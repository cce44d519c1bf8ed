package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of households held in columns of primitives, for national runs: coordinates in two
 * {@code double} arrays, the house number in an {@code int} array, street, place, postcode, letter and suffix as
 * codes into one dictionary of distinct strings, and a numeric id ({@code 0363010000000001}) as a {@code long} and
 * its width. About 50 bytes a household instead of about 300 for a list of {@link Household} records (8.37 million
 * Dutch households: 0.4 GB instead of 2.5 GB).
 *
 * <p>{@link #get(int)} makes a new {@link Household} each time, equal to the one added; callers that visit every
 * household once (an analysis, a writer) pay a few allocations per visit, which the young generation absorbs.
 * Callers that need only the points use {@link #x(int)} and {@link #y(int)}, which make nothing. A
 * {@linkplain #select(int[]) selection} shares the columns and costs 4 bytes a household. Thread-safe.
 *
 * <pre>{@code
 * HouseholdList.Builder b = HouseholdList.builder();
 * for (Household h : read) { b.add(h); }
 * HouseholdList households = b.build();
 * HouseholdList inGm0074 = households.select(indices);
 * }</pre>
 */
public final class HouseholdList extends AbstractList<Household> implements RandomAccess {

  /** Marks an id kept as text in {@code Columns.idText}: not 1 to 18 decimal digits. */
  private static final byte TEXT_ID = -1;

  private final Columns columns;
  /** The rows of {@link #columns} in this list, or {@code null} for all of them in order. */
  private final int[] rows;
  private final int size;

  private HouseholdList(Columns columns, int[] rows, int size) {
    this.columns = columns;
    this.rows = rows;
    this.size = size;
  }

  /** A builder that adds households in order. */
  public static Builder builder() {
    return new Builder(1 << 10);
  }

  /** A builder for about {@code expected} households. */
  public static Builder builder(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected households must be 0 or more, was " + expected);
    }
    return new Builder(Math.max(16, expected));
  }

  /**
   * The households of a collection in columns, in its order; a {@code HouseholdList} is returned as it is.
   *
   * @throws NullPointerException naming the index of a null element
   */
  public static HouseholdList copyOf(Collection<Household> households) {
    requireNonNull(households, "households");
    if (households instanceof HouseholdList list) {
      return list;
    }
    Builder b = builder(households.size());
    int i = 0;
    for (Household h : households) {
      int at = i;
      b.add(requireNonNull(h, () -> "household " + at));
      i++;
    }
    return b.build();
  }

  @Override
  public Household get(int index) {
    return columns.household(row(index));
  }

  @Override
  public int size() {
    return size;
  }

  /** The RD New easting of household {@code index}, without making a {@link Household}. */
  public double x(int index) {
    return columns.x[row(index)];
  }

  /** The RD New northing of household {@code index}, without making a {@link Household}. */
  public double y(int index) {
    return columns.y[row(index)];
  }

  /** The eastings of every household, in list order, in a new array. */
  public double[] xs() {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = columns.x[rows == null ? i : rows[i]];
    }
    return out;
  }

  /** The northings of every household, in list order, in a new array. */
  public double[] ys() {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = columns.y[rows == null ? i : rows[i]];
    }
    return out;
  }

  /**
   * The households at these indices of this list, in the order given, sharing this list's columns.
   *
   * @throws IndexOutOfBoundsException naming an index outside this list
   */
  public HouseholdList select(int[] indices) {
    requireNonNull(indices, "indices");
    int[] selected = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      selected[i] = row(indices[i]);
    }
    return new HouseholdList(columns, selected, selected.length);
  }

  /** How many distinct strings (streets, places, postcodes, letters, suffixes) the columns hold. */
  public int distinctStrings() {
    return columns.strings.length;
  }

  private int row(int index) {
    Objects.checkIndex(index, size);
    return rows == null ? index : rows[index];
  }

  @Override
  public String toString() {
    return "HouseholdList[" + size + " households]";
  }

  /** The shared columns. */
  private static final class Columns {
    final double[] x;
    final double[] y;
    final int[] number;
    final int[] street;
    final int[] place;
    final int[] postcode;
    final int[] letter;
    final int[] suffix;
    final long[] idValue;
    final byte[] idDigits;
    final String[] idText;
    final String[] strings;

    Columns(Builder b) {
      int n = b.size;
      x = Arrays.copyOf(b.x, n);
      y = Arrays.copyOf(b.y, n);
      number = Arrays.copyOf(b.number, n);
      street = Arrays.copyOf(b.street, n);
      place = Arrays.copyOf(b.place, n);
      postcode = Arrays.copyOf(b.postcode, n);
      letter = Arrays.copyOf(b.letter, n);
      suffix = Arrays.copyOf(b.suffix, n);
      idValue = Arrays.copyOf(b.idValue, n);
      idDigits = Arrays.copyOf(b.idDigits, n);
      idText = b.idText == null ? null : Arrays.copyOf(b.idText, n);
      strings = b.strings.toArray(String[]::new);
    }

    Household household(int r) {
      Address address = new Address(strings[street[r]], number[r], strings[letter[r]], strings[suffix[r]],
          strings[postcode[r]], strings[place[r]]);
      return new Household(id(r), address, x[r], y[r]);
    }

    String id(int r) {
      int digits = idDigits[r];
      if (digits == TEXT_ID) {
        return idText[r];
      }
      String s = Long.toString(idValue[r]);
      if (s.length() == digits) {
        return s;
      }
      StringBuilder sb = new StringBuilder(digits);
      for (int k = s.length(); k < digits; k++) {
        sb.append('0');
      }
      return sb.append(s).toString();
    }
  }

  /**
   * Adds households in order and builds the list; strings equal to one added before are stored once. Not
   * thread-safe; a builder builds one list.
   */
  public static final class Builder {
    private double[] x;
    private double[] y;
    private int[] number;
    private int[] street;
    private int[] place;
    private int[] postcode;
    private int[] letter;
    private int[] suffix;
    private long[] idValue;
    private byte[] idDigits;
    /** Ids that are not 1 to 18 digits, by row; made when the first such id is added. */
    private String[] idText;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> strings = new java.util.ArrayList<>();
    private int size;
    private boolean built;

    private Builder(int capacity) {
      x = new double[capacity];
      y = new double[capacity];
      number = new int[capacity];
      street = new int[capacity];
      place = new int[capacity];
      postcode = new int[capacity];
      letter = new int[capacity];
      suffix = new int[capacity];
      idValue = new long[capacity];
      idDigits = new byte[capacity];
    }

    /** Adds a household at the end. */
    public Builder add(Household h) {
      requireNonNull(h, "household");
      if (built) {
        throw new IllegalStateException("this builder has built its list; start a new one");
      }
      if (size == x.length) {
        grow();
      }
      Address a = h.address();
      int r = size;
      x[r] = h.x();
      y[r] = h.y();
      number[r] = a.houseNumber();
      street[r] = code(a.street());
      place[r] = code(a.place());
      postcode[r] = code(a.postcode());
      letter[r] = code(a.letter());
      suffix[r] = code(a.suffix());
      String id = h.id();
      long value = numericId(id);
      if (value >= 0) {
        idValue[r] = value;
        idDigits[r] = (byte) id.length();
      } else {
        idDigits[r] = TEXT_ID;
        if (idText == null) {
          idText = new String[x.length];
        }
        idText[r] = id;
      }
      size++;
      return this;
    }

    /** How many households were added. */
    public int size() {
      return size;
    }

    /** The list of every household added. */
    public HouseholdList build() {
      built = true;
      return new HouseholdList(new Columns(this), null, size);
    }

    private int code(String s) {
      Integer c = codes.get(s);
      if (c == null) {
        c = strings.size();
        strings.add(s);
        codes.put(s, c);
      }
      return c;
    }

    /** The id's value when it is 1 to 18 decimal digits, else -1. */
    private static long numericId(String id) {
      int n = id.length();
      if (n == 0 || n > 18) {
        return -1;
      }
      long v = 0;
      for (int i = 0; i < n; i++) {
        char c = id.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    private void grow() {
      int capacity = x.length + (x.length >> 1) + 16;
      x = Arrays.copyOf(x, capacity);
      y = Arrays.copyOf(y, capacity);
      number = Arrays.copyOf(number, capacity);
      street = Arrays.copyOf(street, capacity);
      place = Arrays.copyOf(place, capacity);
      postcode = Arrays.copyOf(postcode, capacity);
      letter = Arrays.copyOf(letter, capacity);
      suffix = Arrays.copyOf(suffix, capacity);
      idValue = Arrays.copyOf(idValue, capacity);
      idDigits = Arrays.copyOf(idDigits, capacity);
      if (idText != null) {
        idText = Arrays.copyOf(idText, capacity);
      }
    }
  }
}
