package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

import nl.dekking.crs.RdNew;

/**
 * One dwelling at an address point: the unit that Dekking counts. "One member per household" makes the number
 * of households in a group's area the group's potential.
 *
 * @param id a stable identifier from the source (BAG verblijfsobject id, INSPIRE id, or a row number)
 * @param address the address
 * @param x RD New easting in metres
 * @param y RD New northing in metres
 */
public record Household(String id, Address address, double x, double y) {

  /**
   * The order of households in every report list, and which of several households at one address counts (the
   * first): place, street, number, letter, suffix (case-insensitive), postcode, then id and point, so it is total.
   */
  public static final Comparator<Household> ADDRESS_ORDER = Comparator
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


  public Household {
    requireNonNull(id, "household id");
    requireNonNull(address, () -> "household " + id + " address");
    Text.requirePlain(id, "household id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("household id must not be blank (" + address + ")");
    }
    if (!RdNew.isInNetherlands(x, y)) { // the message only when needed: households are made millions of times
      RdNew.requireInNetherlands(x, y, "household " + id + " (" + address + ")");
    }
  }
}
