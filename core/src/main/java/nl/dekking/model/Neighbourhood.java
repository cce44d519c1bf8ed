package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A CBS buurt or wijk: its code ({@code BU00740101}, {@code WK007401}), name, area in RD New and the number of
 * households CBS reports for it, when CBS publishes one (CBS writes {@code -99997} for suppressed values; readers
 * turn that into an empty value, never a count).
 *
 * @param code the CBS code, not blank
 * @param name the name
 * @param municipalityCode the CBS municipality code ({@code GM0074}), or empty when unknown
 * @param municipalityName the municipality name, or empty when unknown
 * @param area the area, Polygon or MultiPolygon in RD New
 * @param reportedHouseholds the households CBS reports, when known
 */
public record Neighbourhood(String code, String name, String municipalityCode, String municipalityName, Geometry area,
    OptionalInt reportedHouseholds) {

  public Neighbourhood {
    requireNonNull(code, "code");
    requireNonNull(area, "area");
    requireNonNull(reportedHouseholds, "reportedHouseholds");
    code = Text.requirePlain(code, "neighbourhood code").strip();
    name = name == null || name.isBlank() ? code : Text.requirePlain(name, "neighbourhood " + code + " name").strip();
    municipalityCode = municipalityCode == null ? ""
        : Text.requirePlain(municipalityCode, "neighbourhood " + code + " municipality code").strip();
    municipalityName = municipalityName == null ? ""
        : Text.requirePlain(municipalityName, "neighbourhood " + code + " municipality name").strip();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("neighbourhood code must not be blank (name '" + name + "')");
    }
    if (!(area instanceof Polygon || area instanceof MultiPolygon) || area.isEmpty()) {
      throw new IllegalArgumentException("neighbourhood " + code + " area must be a non-empty polygon, was " + area.getGeometryType());
    }
    for (org.locationtech.jts.geom.Coordinate c : area.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new IllegalArgumentException("neighbourhood " + code + " area has a non-finite coordinate: " + c.x + ", "
            + c.y);
      }
    }
    nl.dekking.crs.RdNew.requireInNetherlands(area, "neighbourhood " + code + " area");
    if (reportedHouseholds.isPresent() && reportedHouseholds.getAsInt() < 0) {
      throw new IllegalArgumentException("neighbourhood " + code + " reported households must be 0 or more, was "
          + reportedHouseholds.getAsInt() + " (CBS -99997 means unknown: pass OptionalInt.empty())");
    }
    area = area.copy();
  }

  @Override
  public Geometry area() {
    return area.copy();
  }

  @Override
  public String toString() {
    return "Neighbourhood[" + code + " '" + name + "']";
  }
}
