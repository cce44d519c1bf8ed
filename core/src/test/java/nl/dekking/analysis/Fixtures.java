package nl.dekking.analysis;

import java.util.List;
import java.util.Map;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small hand-made geometries near Otterlo: local coordinates in metres offset to RD New (180000, 450000). */
public final class Fixtures {

  public static final double X0 = 180_000;
  public static final double Y0 = 450_000;

  private Fixtures() {
  }

  /** A household at local coordinates; the postcode ends in the street's first and last letter. */
  public static Household household(String street, int number, double x, double y) {
    return household(street + "-" + number, address(street, number), x, y);
  }

  public static Address address(String street, int number) {
    String letters = ("" + street.charAt(0) + street.charAt(street.length() - 1)).toUpperCase(java.util.Locale.ROOT);
    return Address.of(street, number, "6731" + letters, "Otterlo");
  }

  public static Household household(String id, Address address, double x, double y) {
    return new Household(id, address, X0 + x, Y0 + y);
  }

  /** A polygon from local WKT. */
  public static Geometry wkt(String wkt) {
    try {
      Geometry g = new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
      g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
        c.x += X0;
        c.y += Y0;
      });
      g.geometryChanged();
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  /** A rectangle in local coordinates. */
  public static Geometry box(double x0, double y0, double x1, double y1) {
    return wkt("POLYGON ((" + x0 + " " + y0 + ", " + x1 + " " + y0 + ", " + x1 + " " + y1 + ", " + x0 + " " + y1
        + ", " + x0 + " " + y0 + "))");
  }

  /** A group with one public admin and some members. */
  public static Group group(String id, Geometry area) {
    return new Group(id, "Groep " + id, area, 1,
        List.of(new Contact("Beheerder " + id, "b@" + id + ".nl", "", nl.dekking.model.Consent.PUBLIC)), Map.of());
  }
}
