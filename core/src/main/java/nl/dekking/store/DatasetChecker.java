package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.io.DataFileException;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;

/**
 * Checks, before a store writes anything, that a dataset can be stored: unique household ids and unique address
 * keys. The first offending row is named by its index in {@link Dataset#households()} and its id, together with
 * the row it collides with. One pass with two hash maps: O(n) time and memory. Thread-safe and stateless.
 */
public final class DatasetChecker {

  private DatasetChecker() {
  }

  /**
   * Checks a municipality code: not blank, at most 64 characters.
   *
   * @return the code, stripped
   * @throws IllegalArgumentException when it is blank or too long
   */
  public static String requireMunicipality(String municipality) {
    requireNonNull(municipality, "municipality");
    String code = municipality.strip();
    if (code.isEmpty() || code.length() > 64) {
      throw new IllegalArgumentException("municipality code must be 1 to 64 characters, was '" + municipality + "'");
    }
    return code;
  }

  /**
   * Checks that the dataset's households have unique ids and unique address keys.
   *
   * @throws DataFileException naming the first duplicate row (index, id) and the row it repeats
   */
  public static void requireStorable(String municipality, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    List<Household> households = dataset.households();
    Map<String, Integer> ids = new HashMap<>(households.size() * 2);
    Map<Address.Key, Integer> keys = new HashMap<>(households.size() * 2);
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      Integer before = ids.putIfAbsent(h.id(), i);
      if (before != null) {
        throw rejected(municipality, dataset, i, h, "household id '" + h.id() + "' repeats row " + before);
      }
      Address.Key key = h.address().key();
      before = keys.putIfAbsent(key, i);
      if (before != null) {
        throw rejected(municipality, dataset, i, h, "address key " + key + " (" + h.address() + ") repeats row "
            + before + " (id '" + households.get(before).id() + "'); a store keeps one household per address");
      }
    }
  }

  /** The error for a household row that cannot be stored. */
  public static DataFileException rejected(String municipality, Dataset dataset, long index, Household household,
      String problem) {
    return new DataFileException(source(municipality, dataset), index, household.id(), "household " + problem, null);
  }

  /** How a dataset being saved is named in errors: {@code dataset 'Otterlo' for municipality GM0228}. */
  public static String source(String municipality, Dataset dataset) {
    return "dataset '" + dataset.name() + "' for municipality " + municipality;
  }
}
