package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.dekking.analysis.QaFinding;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;

/**
 * What every {@link CoverageStore} accepts, checked before anything is written, so that all stores accept and
 * refuse the same things with the same message:
 * <ul>
 *   <li>municipality codes of 1 to 64 ASCII letters, digits, {@code -} and {@code _}, starting with a letter or
 *       digit (the CBS code {@code GM0228} by convention): a code is never more than a plain word;</li>
 *   <li>text without NUL characters (PostgreSQL cannot hold them) and without lone surrogates (they are not
 *       Unicode and cannot be encoded as UTF-8): the model refuses them where a value is made ({@code model.Text}),
 *       and reads answer "no such group" for an id that holds one ({@link #isStorable});</li>
 *   <li>geometry in RD New: SRID 28992, or 0 when the geometry says nothing;</li>
 *   <li>unique household ids after duplicate addresses are counted once: of households sharing an address key
 *       the first in the analysis's address order is kept, the rest reported as
 *       {@link QaFinding.DuplicateAddress}, exactly as {@code CoverageAnalysis} does.</li>
 * </ul>
 * Violations are {@link InvalidDatasetException}s naming the element; a contact's name, e-mail or phone never
 * appears in a message. One pass over the dataset plus a sort of each repeated address: O(n) time and memory for
 * n households. Thread-safe and stateless.
 */
public final class DatasetChecker {

  private static final Pattern MUNICIPALITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** The analysis's address order: which duplicate is kept. */
  private static final Comparator<Household> ADDRESS_ORDER = Household.ADDRESS_ORDER;

  private DatasetChecker() {
  }

  /** A dataset as a store keeps it, and what saving it reports. Immutable. */
  public static final class Checked {
    private final Dataset dataset;
    private final SaveResult result;
    private final int[] rows;

    private Checked(Dataset dataset, SaveResult result, int[] rows) {
      this.dataset = dataset;
      this.result = result;
      this.rows = rows;
    }

    /** The dataset with every repeated address counted once, households otherwise in their order. */
    public Dataset dataset() {
      return dataset;
    }

    /** What {@link CoverageStore#save} returns after storing {@link #dataset()}. */
    public SaveResult result() {
      return result;
    }

    /** The row in the dataset as given of the household at {@code row} of {@link #dataset()}, for messages. */
    public int originalRow(int row) {
      return rows == null ? row : rows[row];
    }
  }

  /**
   * Checks a municipality code.
   *
   * @return the code, stripped of surrounding white space
   * @throws IllegalArgumentException when it is not 1 to 64 ASCII letters, digits, {@code -} or {@code _}
   */
  public static String requireMunicipality(String municipality) {
    requireNonNull(municipality, "municipality");
    String code = municipality.strip();
    if (!MUNICIPALITY.matcher(code).matches()) {
      throw new IllegalArgumentException("municipality code must be 1 to 64 ASCII letters, digits, '-' or '_',"
          + " starting with a letter or digit (the CBS code, GM0228), was '" + printable(municipality) + "'");
    }
    return code;
  }

  /**
   * Checks a dataset and counts each repeated address once.
   *
   * @param municipality a code checked by {@link #requireMunicipality}
   * @throws InvalidDatasetException naming the first element no store can keep
   */
  public static Checked check(String municipality, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    // texts need no check here: the model refuses NUL, control characters and lone surrogates where a value is
    // made (model.Text), so every text of a Dataset is one a store can keep
    String name = dataset.name();
    List<Household> households = dataset.households();
    int n = households.size();
    List<QaFinding.DuplicateAddress> duplicates = new ArrayList<>();
    boolean[] dropped = duplicates(households, duplicates);
    Map<String, Integer> ids = new HashMap<>(n * 2);
    List<Household> kept = new ArrayList<>(n);
    int[] rows = duplicates.isEmpty() ? null : new int[n];
    for (int i = 0; i < n; i++) {
      if (dropped[i]) {
        continue;
      }
      Household h = households.get(i);
      if (rows != null) {
        rows[kept.size()] = i;
      }
      Integer before = ids.putIfAbsent(h.id(), i);
      if (before != null) {
        throw InvalidDatasetException.household(municipality, name, i, h.id(), "household id repeats household "
            + before + " at another address (" + households.get(before).address().key() + "); a store keeps one"
            + " household per id", null);
      }
      kept.add(h);
    }
    for (Group g : dataset.groups()) {
      requireStorable(municipality, g);
    }
    List<Street> streets = dataset.streets();
    for (int i = 0; i < streets.size(); i++) {
      Street s = streets.get(i);
      String element = "street " + i + " ('" + printable(s.name()) + "') of dataset '" + printable(name) + "'";
      if (s.line().isPresent()) {
        requireRdNew(municipality, element, "line", s.line().get());
      }
    }
    List<Neighbourhood> neighbourhoods = dataset.neighbourhoods();
    for (int i = 0; i < neighbourhoods.size(); i++) {
      Neighbourhood nb = neighbourhoods.get(i);
      String element = "neighbourhood " + i + " ('" + printable(nb.code()) + "') of dataset '" + printable(name) + "'";
      requireRdNew(municipality, element, "area", nb.area());
    }
    Dataset storable = kept.size() == n ? dataset
        : new Dataset(name, kept, dataset.streets(), dataset.groups(), dataset.neighbourhoods());
    return new Checked(storable, new SaveResult(municipality, kept.size(), duplicates), rows);
  }

  /**
   * Checks a group before it is written on its own ({@link CoverageStore#put}).
   *
   * @throws InvalidDatasetException when the area is not in RD New (its texts are checked where they are made)
   */
  public static void requireStorable(String municipality, Group g) {
    requireNonNull(g, "group");
    requireRdNew(municipality, "group '" + printable(g.id()) + "'", "area", g.area());
  }


  /**
   * Checks that an area given to a query is in RD New.
   *
   * @throws IllegalArgumentException when its SRID is neither 28992 nor 0
   */
  public static void requireRdNew(Geometry area, String what) {
    int srid = area.getSRID();
    if (srid != RdNew.EPSG && srid != 0) {
      throw new IllegalArgumentException(what + " has SRID " + srid + "; a store works in RD New only (SRID "
          + RdNew.EPSG + ", or 0 when unset): transform it to RD New first");
    }
  }

  /**
   * Whether a store can hold this text: no NUL character, no lone surrogate. A group id that is not can name no
   * stored group, so reads answer "no such group" for it in every store alike.
   */
  public static boolean isStorable(String text) {
    return textProblem(text) == null;
  }

  /**
   * Text as it may appear in a message: control characters and lone surrogates as a {@code \\u} escape with four
   * hex digits.
   */
  static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedAt(s, i));
      if (bad && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (bad) {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Marks the rows a store does not keep: of each address key held by several rows, all but the first in address
   * order. Adds one finding per repeated key to {@code findings}, in address order.
   */
  private static boolean[] duplicates(List<Household> households, List<QaFinding.DuplicateAddress> findings) {
    int n = households.size();
    boolean[] dropped = new boolean[n];
    Map<Address.Key, Integer> first = new HashMap<>(n * 2);
    Map<Address.Key, List<Integer>> repeated = null;
    for (int i = 0; i < n; i++) {
      Address.Key key = households.get(i).address().key();
      Integer before = first.putIfAbsent(key, i);
      if (before != null) {
        if (repeated == null) {
          repeated = new HashMap<>();
        }
        repeated.computeIfAbsent(key, k -> new ArrayList<>(List.of(before))).add(i);
      }
    }
    if (repeated == null) {
      return dropped;
    }
    for (Map.Entry<Address.Key, List<Integer>> e : repeated.entrySet()) {
      List<Integer> rows = e.getValue();
      rows.sort((a, b) -> ADDRESS_ORDER.compare(households.get(a), households.get(b)));
      List<Household> same = new ArrayList<>(rows.size());
      for (int k = 0; k < rows.size(); k++) {
        same.add(households.get(rows.get(k)));
        dropped[rows.get(k)] = k > 0;
      }
      findings.add(new QaFinding.DuplicateAddress(e.getKey(), same));
    }
    findings.sort((a, b) -> ADDRESS_ORDER.compare(a.households().get(0), b.households().get(0)));
    return dropped;
  }

  private static void requireRdNew(String municipality, String element, String field, Geometry g) {
    int srid = g.getSRID();
    if (srid != RdNew.EPSG && srid != 0) {
      throw InvalidDatasetException.element(municipality, element, field + " has SRID " + srid + "; a store keeps"
          + " RD New only (SRID " + RdNew.EPSG + ", or 0 when unset): transform it to RD New first");
    }
  }

  /** Why a text cannot be stored, or null when it can. */
  private static String textProblem(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return "has a NUL character (U+0000) at index " + i + "; a store keeps text without NUL characters";
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return "has a lone surrogate " + String.format("U+%04X", (int) c) + " at index " + i
            + "; a store keeps only well-formed Unicode text";
      }
    }
    return null;
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
