package nl.dekking.model;

import static java.util.Objects.requireNonNull;

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

  public Household {
    requireNonNull(id, "household id");
    requireNonNull(address, () -> "household " + id + " address");
    Text.requirePlain(id, "household id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("household id must not be blank (" + address + ")");
    }
    RdNew.requireInNetherlands(x, y, "household " + id + " (" + address + ")");
  }
}
