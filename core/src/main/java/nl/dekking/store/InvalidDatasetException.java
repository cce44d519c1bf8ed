package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A dataset or group that no {@link CoverageStore} keeps: a household id used twice, text with a NUL character or
 * a lone surrogate, a geometry in another CRS than RD New. Nothing was written; the previous dataset is intact.
 * The message names the municipality, the element (household row and id, group, contact, street or
 * neighbourhood) and the reason, never a contact's name, e-mail or phone. Every store refuses the same things
 * with the same message.
 */
public final class InvalidDatasetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String municipality;
  private final String element;
  private final long row;
  private final String householdId;

  private InvalidDatasetException(String municipality, String element, long row, String householdId, String problem,
      Throwable cause) {
    super("cannot store " + element + " of municipality " + municipality + ": " + problem, cause);
    this.municipality = requireNonNull(municipality, "municipality");
    this.element = element;
    this.row = row;
    this.householdId = householdId;
  }

  /**
   * A household row that cannot be stored.
   *
   * @param datasetName the dataset's name
   * @param row the row's index in {@link nl.dekking.model.Dataset#households()}
   * @param id the household's id
   * @param problem what is wrong with it
   * @param cause the database error, or null
   */
  public static InvalidDatasetException household(String municipality, String datasetName, long row, String id,
      String problem, Throwable cause) {
    return new InvalidDatasetException(municipality, "household " + row + " (id '" + DatasetChecker.printable(id)
        + "') of dataset '" + DatasetChecker.printable(datasetName) + "'", row, id, problem, cause);
  }

  /**
   * Another element that cannot be stored.
   *
   * @param element what it is, as it reads in the message: {@code group 'noord'}, {@code street 3 of dataset 'Ede'}
   */
  public static InvalidDatasetException element(String municipality, String element, String problem) {
    return new InvalidDatasetException(municipality, element, -1, null, problem, null);
  }

  /** The municipality the dataset or group was meant for. */
  public String municipality() {
    return municipality;
  }

  /** The element at fault as the message names it: {@code household 7 (id 'h7') of dataset 'Ede'}. */
  public String element() {
    return element;
  }

  /** The household row at fault, its index in the dataset's households; empty when the fault is elsewhere. */
  public OptionalLong row() {
    return row < 0 ? OptionalLong.empty() : OptionalLong.of(row);
  }

  /** The id of the household at fault; empty when the fault is elsewhere. */
  public Optional<String> householdId() {
    return Optional.ofNullable(householdId);
  }
}
