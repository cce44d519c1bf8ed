package nl.dekking.crs;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A transformation of coordinates from a source CRS into a target CRS, with the Netherlands' extent checked on
 * the RD New side so that swapped axes and wrong CRS declarations fail loudly instead of becoming data.
 *
 * <p>Instances are not thread-safe (proj4j keeps scratch state); create one per thread or use {@link RdNew}'s
 * static methods.
 */
public final class CrsTransform {

  private static final CRSFactory CRS_FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

  /** Which transformation {@link #apply(double, double)} runs. */
  private enum Path {
    /** RD New to RD New: nothing to compute. */
    IDENTITY,
    /** proj4j's {@link CoordinateTransform}. */
    PROJ4J,
    /**
     * {@link RdToWgs84#toWgs84}: proj4j's answers from {@link RdNew#PROJ4} to {@code +proj=longlat +datum=WGS84}
     * within 1e-13 degrees, at a third of the time.
     */
    RD_TO_WGS84,
    /** {@link RdToWgs84#fromWgs84}: proj4j's answers to the bit, the other way. */
    WGS84_TO_RD
  }

  private final String source;
  private final CoordinateTransform transform; // only for Path.PROJ4J
  private final Path path;
  private final boolean checkTarget;
  private final boolean checkSource;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  private CrsTransform(String source, CoordinateTransform transform, Path path, boolean checkSource,
      boolean checkTarget) {
    this.source = source;
    this.transform = transform;
    this.path = path;
    this.checkSource = checkSource;
    this.checkTarget = checkTarget;
  }

  /** WGS84 longitude/latitude (EPSG:4326, CRS84) to RD New. */
  public static CrsTransform wgs84ToRd() {
    return new CrsTransform("EPSG:4326", null, Path.WGS84_TO_RD, false, true);
  }

  /** RD New to WGS84 longitude/latitude; the RD New input is checked against the Netherlands' extent. */
  public static CrsTransform rdToWgs84() {
    return new CrsTransform("EPSG:28992", null, Path.RD_TO_WGS84, true, false);
  }

  /** RD New to RD New: no change, but the extent is checked. */
  public static CrsTransform rdIdentity() {
    return new CrsTransform("EPSG:28992", null, Path.IDENTITY, false, true);
  }

  /**
   * From a CRS given as a proj4 definition to RD New.
   *
   * @throws IllegalArgumentException when proj4j cannot parse the definition
   */
  public static CrsTransform proj4ToRd(String proj4Definition) {
    requireNonNull(proj4Definition, "proj4Definition");
    return new CrsTransform(proj4Definition, create(proj4Definition, RdNew.PROJ4), Path.PROJ4J, false, true);
  }

  /**
   * The transformation into RD New for a CRS name as GeoJSON, GeoPackage and KML write them: {@code EPSG:4326},
   * {@code urn:ogc:def:crs:OGC:1.3:CRS84}, {@code urn:ogc:def:crs:EPSG::28992}, {@code EPSG:28992} and the like.
   *
   * @throws IllegalArgumentException naming the CRS when it is neither WGS84 nor RD New
   */
  public static CrsTransform toRd(String crsName) {
    requireNonNull(crsName, "crsName");
    return switch (epsgCode(crsName)) {
      case 4326 -> wgs84ToRd();
      case RdNew.EPSG -> rdIdentity();
      default -> throw new IllegalArgumentException("unsupported CRS '" + crsName
          + "': Dekking reads WGS84 (EPSG:4326, CRS84) and RD New (EPSG:28992); supply a proj4 definition for others");
    };
  }

  /**
   * The EPSG code in a CRS name, 4326 for CRS84, or -1 when there is none.
   */
  public static int epsgCode(String crsName) {
    String n = crsName.strip().toUpperCase(Locale.ROOT);
    if (n.endsWith("CRS84") || n.endsWith("CRS:84")) {
      return 4326;
    }
    int i = n.lastIndexOf(':');
    if (n.contains("EPSG") && i >= 0 && i < n.length() - 1) {
      try {
        return Integer.parseInt(n.substring(i + 1));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** The source CRS as it was named. */
  public String source() {
    return source;
  }

  /** Whether this transformation changes nothing (the source is RD New). */
  public boolean isIdentity() {
    return path == Path.IDENTITY;
  }

  /**
   * Transforms one coordinate.
   *
   * @throws IllegalArgumentException when the RD New side lies outside the Netherlands
   */
  public Coordinate apply(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("coordinate is not a finite number: " + x + ", " + y);
    }
    // messages are made only on failure: this runs for every household read
    if (checkSource && !RdNew.isInNetherlands(x, y)) {
      RdNew.requireInNetherlands(x, y, "point " + x + ", " + y);
    }
    if (path == Path.IDENTITY) {
      if (checkTarget && !RdNew.isInNetherlands(x, y)) {
        RdNew.requireInNetherlands(x, y, "point " + x + ", " + y + " (" + source + ")");
      }
      return new Coordinate(x, y);
    }
    if (source.equals("EPSG:4326") && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
      throw new IllegalArgumentException(outsideAfterTransform(x, y));
    }
    Coordinate result;
    try {
      result = switch (path) {
        case RD_TO_WGS84 -> RdToWgs84.toWgs84(x, y);
        case WGS84_TO_RD -> RdToWgs84.fromWgs84(x, y);
        default -> {
          in.x = x;
          in.y = y;
          transform.transform(in, out);
          yield new Coordinate(out.x, out.y);
        }
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot transform point " + x + ", " + y + " from " + source + ": " + e.getMessage()
          + " (are the axes swapped, or is the data in another CRS?)", e);
    }
    if (checkTarget && !RdNew.isInNetherlands(result.x, result.y)) {
      throw new IllegalArgumentException(outsideAfterTransform(x, y));
    }
    return result;
  }

  /**
   * Transforms every coordinate of a copy of a geometry; the result has the target SRID.
   *
   * @throws IllegalArgumentException when a point lies outside the Netherlands
   */
  public Geometry apply(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        Coordinate c = apply(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, 0, c.x);
        seq.setOrdinate(i, 1, c.y);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    copy.setSRID(checkTarget ? RdNew.EPSG : 4326);
    return copy;
  }

  private String outsideAfterTransform(double x, double y) {
    String hint;
    if (source.equals("EPSG:4326") && Math.abs(x) > 45 && Math.abs(x) <= 90 && Math.abs(y) < 10) {
      hint = "latitude and longitude look swapped: GeoJSON and CRS84 put longitude first";
    } else if (source.equals("EPSG:4326") && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
      hint = "these are not degrees: is the file in RD New (EPSG:28992) without a crs member?";
    } else {
      hint = "are the axes swapped, or is the data in another CRS than " + source + "?";
    }
    return "point " + x + ", " + y + " (" + source + ") lies outside the Netherlands after transformation to RD New ("
        + hint + ")";
  }

  private static CoordinateTransform create(String fromProj4, String toProj4) {
    try {
      CoordinateReferenceSystem from = CRS_FACTORY.createFromParameters("source", fromProj4);
      CoordinateReferenceSystem to = CRS_FACTORY.createFromParameters("target", toProj4);
      return TRANSFORMS.createTransform(from, to);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot use proj4 definition '" + fromProj4 + "': " + e.getMessage(), e);
    }
  }
}
