package nl.dekking.analysis;

import java.util.Comparator;
import nl.dekking.model.Household;

/** The order of households in every report list: place, street, number, letter, suffix, postcode, then id and point. */
final class AddressOrder {

  static final Comparator<Household> HOUSEHOLDS = Comparator
      .comparing((Household h) -> h.address().place(), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(h -> h.address().street(), String.CASE_INSENSITIVE_ORDER)
      .thenComparingInt(h -> h.address().houseNumber())
      .thenComparing(h -> h.address().letter(), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(h -> h.address().suffix(), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(h -> h.address().postcode())
      .thenComparing(Household::id)
      .thenComparingDouble(Household::x)
      .thenComparingDouble(Household::y)
      .thenComparing(h -> h.address().place())
      .thenComparing(h -> h.address().street());

  private AddressOrder() {
  }
}
