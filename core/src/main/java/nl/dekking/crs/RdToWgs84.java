package nl.dekking.crs;

import org.locationtech.jts.geom.Coordinate;

/**
 * proj4j 1.4.1's transformation between {@link RdNew#PROJ4} and {@code +proj=longlat +datum=WGS84}, written out
 * for this one pair of definitions on precomputed constants, so that Dekking's answers stay proj4j's while a
 * point costs a third of the time ({@code CrsTransformBenchmark}: about 960 ns with proj4j, 340 ns here, RD New
 * to WGS84).
 *
 * <p>RD New to WGS84 follows proj4j's steps:
 * <ol>
 *   <li>the oblique stereographic inverse ({@code ObliqueStereographicAlternativeProjection}) onto the Gauss
 *       conformal sphere, after removing the false origin and dividing by the Bessel semi-major axis;
 *   <li>the Gauss inverse ({@code GaussProjection}): conformal to geodetic latitude, longitude divided by the cone
 *       constant, then {@code +lon_0} added;
 *   <li>Bessel geodetic to geocentric at height 0;
 *   <li>the seven-parameter Helmert shift of {@code +towgs84} in proj4j's {@code Datum} form: rotations in arc
 *       seconds turned into radians, scale in ppm, the small-angle rotation matrix of the position-vector
 *       convention (as PROJ applies {@code +towgs84}), then the translation;
 *   <li>WGS84 geocentric to geodetic with the iterative method of the University of Hannover
 *       ({@code GeocentricConverter.convertGeocentricToGeodeticIter}, to 1e-12 in sin(latitude)), as proj4j does;
 *   <li>radians to degrees.
 * </ol>
 * Steps 1 and 2 are done in closed form where proj4j calls atan2, sin, cos, asin and tan and iterates about seven
 * times on sin, pow and atan (see {@link #toWgs84}); the answers differ from proj4j's by rounding only, less than
 * 1e-13 degrees over the RD New extent (the tests compare on a dense grid and random points).
 *
 * <p>WGS84 to RD New runs proj4j's steps backwards with the same operations on the same constants in the same
 * order: its answers are bit for bit those of {@code BasicCoordinateTransform.transform}.
 *
 * <p>The constants repeat {@link RdNew#PROJ4}'s parameters: a change there must be made here too, and
 * {@code RdToWgs84Test}, which compares with proj4j running {@code PROJ4}, fails until it is.
 *
 * <p>Only primitives: a call allocates nothing but the returned {@link Coordinate}. Callers check the extent
 * ({@link CrsTransform} does); the iterations converge in a few steps anywhere near the Netherlands.
 *
 * <p>Thread-safe: stateless.
 */
final class RdToWgs84 {

  // proj4j's ProjectionMath constants
  private static final double HALFPI = Math.PI / 2.0;
  private static final double QUARTERPI = Math.PI / 4.0;
  private static final double TWOPI = Math.PI * 2.0;
  private static final double RTD = 180.0 / Math.PI;
  private static final double DTR = Math.PI / 180.0;
  private static final double SECONDS_TO_RAD = 4.84813681109535993589914102357e-6;
  private static final double MILLION = 1000000.0;

  // Bessel 1841 as proj4j's Ellipsoid builds it from a and 1/f
  private static final double BESSEL_A = 6377397.155;
  private static final double BESSEL_ES = eccentricitySquared(299.1528128);
  private static final double BESSEL_E = Math.sqrt(BESSEL_ES);

  // WGS84 likewise
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_ES = eccentricitySquared(298.257223563);

  // +proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000
  private static final double LAT_0 = DTR * 52.15616055555555;
  private static final double LON_0 = DTR * 5.38763888888889;
  private static final double K_0 = 0.9999079;
  private static final double X_0 = 155000;
  private static final double Y_0 = 463000;
  private static final double TOTAL_SCALE = BESSEL_A * (1.0 / 1.0); // a * fromMetres, +units=m
  private static final double TOTAL_FALSE_EASTING = X_0 * (1.0 / 1.0);
  private static final double TOTAL_FALSE_NORTHING = Y_0 * (1.0 / 1.0);

  // GaussProjection.initialize
  private static final double GAUSS_RC;
  private static final double GAUSS_C;
  private static final double GAUSS_PHIC0;
  private static final double GAUSS_RATEXP;
  private static final double GAUSS_K;

  static {
    double sphi = Math.sin(LAT_0);
    double cphi = Math.cos(LAT_0);
    cphi *= cphi;
    GAUSS_RC = Math.sqrt(1.0 - BESSEL_ES) / (1.0 - BESSEL_ES * sphi * sphi);
    GAUSS_C = Math.sqrt(1.0 + BESSEL_ES * cphi * cphi / (1.0 - BESSEL_ES));
    GAUSS_PHIC0 = Math.asin(sphi / GAUSS_C);
    GAUSS_RATEXP = 0.5 * GAUSS_C * BESSEL_E;
    GAUSS_K = Math.tan(0.5 * GAUSS_PHIC0 + QUARTERPI)
        / (Math.pow(Math.tan(0.5 * LAT_0 + QUARTERPI), GAUSS_C) * srat(BESSEL_E * sphi, GAUSS_RATEXP));
  }

  private static final double HALF_INVERSE_C = 0.5 / GAUSS_C;
  private static final double K_POWER = Math.pow(GAUSS_K, -1. / GAUSS_C);
  private static final double BESSEL_E2M = 1 - BESSEL_ES;
  private static final int NEWTON_MAX_ITER = 5;
  private static final double NEWTON_TOLERANCE = Math.sqrt(Math.ulp(1.0)) / 10;

  // ObliqueStereographicAlternativeProjection.initialize
  private static final double SINC0 = Math.sin(GAUSS_PHIC0);
  private static final double COSC0 = Math.cos(GAUSS_PHIC0);
  private static final double R2 = 2.0 * GAUSS_RC;
  private static final double R2_SQUARED = R2 * R2;
  private static final double SCALE_R2 = K_0 * R2;

  // +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 as proj4j's Datum keeps it
  private static final double DX = 565.417;
  private static final double DY = 50.3319;
  private static final double DZ = 465.552;
  private static final double RX = -0.398957 * SECONDS_TO_RAD;
  private static final double RY = 0.343988 * SECONDS_TO_RAD;
  private static final double RZ = -1.8774 * SECONDS_TO_RAD;
  private static final double M = 4.0725 / MILLION + 1.;

  // GeocentricConverter.convertGeocentricToGeodeticIter
  private static final double GENAU = 1.E-12;
  private static final double GENAU2 = GENAU * GENAU;
  private static final int MAXITER = 30;

  private RdToWgs84() {
  }

  /**
   * WGS84 longitude (x) and latitude (y) in degrees of an RD New point in the Netherlands' extent.
   *
   * <p>The same mathematics as proj4j's, with three steps done in closed form: the stereographic inverse from
   * tan(c/2) = rho/2R instead of atan2, sin, cos and asin; tan(pi/4 + chi/2) from sin(chi) instead of tan; and the
   * geodetic latitude from the Gauss sphere's isometric latitude by Karney's Newton iteration on tan(phi)
   * (two or three steps of one {@code pow} each, to full precision) instead of proj4j's fixed-point iteration to
   * 1e-14 radians (about seven steps of {@code sin}, {@code pow} and {@code atan}). The geocentric steps are
   * proj4j's own. Answers differ from proj4j's by rounding only: at most 7.8e-14 degrees in 3 M random points
   * over the extent; the tests hold them to 1e-12.
   */
  static Coordinate toWgs84(double x, double y) {
    // Projection.inverseProjectRadians, then ObliqueStereographicAlternativeProjection.projectInverse with
    // t = tan(c / 2) = rho / R2: sin c = 2t / (1 + t^2), cos c = (1 - t^2) / (1 + t^2)
    double xyx = (x - TOTAL_FALSE_EASTING) / TOTAL_SCALE / K_0;
    double xyy = (y - TOTAL_FALSE_NORTHING) / TOTAL_SCALE / K_0;
    double t2 = (xyx * xyx + xyy * xyy) / R2_SQUARED;
    double sinChi = ((1 - t2) * SINC0 + 2 * xyy * COSC0 / R2) / (1 + t2);
    double lplam = Math.atan2(2 * xyx, (1 - t2) * COSC0 * R2 - 2 * xyy * SINC0);

    // GaussProjection.projectInverse: tan(pi/4 + chi/2)^2 = (1 + sin chi) / (1 - sin chi); num is
    // exp(isometric latitude) of the geodetic latitude, taup its sinh
    double num = Math.pow((1 + sinChi) / (1 - sinChi), HALF_INVERSE_C) * K_POWER;
    double taup = 0.5 * (num - 1 / num);
    double tau = geodeticTangent(taup);
    double secant = Math.sqrt(1 + tau * tau);
    double sinLat = tau / secant;
    double cosLat = 1 / secant;
    double lon = lplam / GAUSS_C + LON_0;

    // GeocentricConverter.convertGeodeticToGeocentric on Bessel, height 0
    double rn = BESSEL_A / (Math.sqrt(1.0e0 - BESSEL_ES * (sinLat * sinLat)));
    double gx = rn * cosLat * Math.cos(lon);
    double gy = rn * cosLat * Math.sin(lon);
    double gz = (rn * (1 - BESSEL_ES)) * sinLat;

    // Datum.transformFromGeocentricToWgs84, seven parameters
    double wx = M * (gx - RZ * gy + RY * gz) + DX;
    double wy = M * (RZ * gx + gy - RX * gz) + DY;
    double wz = M * (-RY * gx + RX * gy + gz) + DZ;

    // GeocentricConverter.convertGeocentricToGeodeticIter on WGS84; then LongLatProjection's radians to degrees
    double longitude = Math.atan2(wy, wx);
    double latitude = geodeticLatitude(wx, wy, wz, WGS84_A, WGS84_ES);
    return new Coordinate(longitude * RTD, latitude * RTD);
  }

  /**
   * tan(phi) on Bessel for the sinh of an isometric latitude, by Newton's method as in GeographicLib's
   * {@code Math::tauf} (C. F. F. Karney, J. Geodesy 85, 2011, eq. 19 and the text after it).
   */
  private static double geodeticTangent(double taup) {
    double tau = taup / BESSEL_E2M;
    double stol = NEWTON_TOLERANCE * Math.max(1.0, Math.abs(taup));
    for (int i = 0; i < NEWTON_MAX_ITER; i++) {
      double tau1 = Math.sqrt(1 + tau * tau);
      double esin = BESSEL_E * (tau / tau1);
      double q = Math.pow((1 + esin) / (1 - esin), 0.5 * BESSEL_E); // exp(e atanh(e sin phi))
      double sig = 0.5 * (q - 1 / q);
      double taupa = 0.5 * (q + 1 / q) * tau - sig * tau1;
      double dtau = (taup - taupa) * (1 + BESSEL_E2M * tau * tau)
          / (BESSEL_E2M * tau1 * Math.sqrt(1 + taupa * taupa));
      tau += dtau;
      if (!(Math.abs(dtau) >= stol)) {
        break;
      }
    }
    return tau;
  }

  /** RD New x and y in metres of a WGS84 longitude and latitude in degrees within the Netherlands. */
  static Coordinate fromWgs84(double lonDegrees, double latDegrees) {
    // Projection.inverseProjectRadians of LongLatProjection (degrees), clamped; lon_0 is 0
    double lon = lonDegrees * DTR;
    double lat = latDegrees * DTR;
    if (lon < -Math.PI) {
      lon = -Math.PI;
    } else if (lon > Math.PI) {
      lon = Math.PI;
    }

    // GeocentricConverter.convertGeodeticToGeocentric on WGS84, height 0
    if (lat < -HALFPI && lat > -1.001 * HALFPI) {
      lat = -HALFPI;
    } else if (lat > HALFPI && lat < 1.001 * HALFPI) {
      lat = HALFPI;
    } else if (lat < -HALFPI || lat > HALFPI) {
      throw new IllegalStateException("Latitude is out of range: " + lat);
    }
    if (lon > Math.PI) {
      lon -= (2 * Math.PI);
    }
    double sinLat = Math.sin(lat);
    double cosLat = Math.cos(lat);
    double rn = WGS84_A / (Math.sqrt(1.0e0 - WGS84_ES * (sinLat * sinLat)));
    double gx = (rn + 0) * cosLat * Math.cos(lon);
    double gy = (rn + 0) * cosLat * Math.sin(lon);
    double gz = ((rn * (1 - WGS84_ES)) + 0) * sinLat;

    // Datum.transformToGeocentricFromWgs84, seven parameters
    double tx = (gx - DX) / M;
    double ty = (gy - DY) / M;
    double tz = (gz - DZ) / M;
    double bx = tx + RZ * ty - RY * tz;
    double by = -RZ * tx + ty + RX * tz;
    double bz = RY * tx - RX * ty + tz;

    // GeocentricConverter.convertGeocentricToGeodeticIter on Bessel
    double besselLon = Math.atan2(by, bx);
    double besselLat = geodeticLatitude(bx, by, bz, BESSEL_A, BESSEL_ES);

    // Projection.projectRadians: longitude from lon_0, then GaussProjection.project
    double lam = normalizeLongitude(besselLon - LON_0);
    double lpphi = 2.0 * Math.atan(GAUSS_K * Math.pow(Math.tan(0.5 * besselLat + QUARTERPI), GAUSS_C)
        * srat(BESSEL_E * Math.sin(besselLat), GAUSS_RATEXP)) - HALFPI;
    double lplam = GAUSS_C * lam;

    // ObliqueStereographicAlternativeProjection.project, then metres with the false origin
    double sinc = Math.sin(lpphi);
    double cosc = Math.cos(lpphi);
    double cosl = Math.cos(lplam);
    double k = SCALE_R2 / (1. + SINC0 * sinc + COSC0 * cosc * cosl);
    double px = k * cosc * Math.sin(lplam);
    double py = k * (COSC0 * sinc - SINC0 * cosc * cosl);
    return new Coordinate(TOTAL_SCALE * px + TOTAL_FALSE_EASTING, TOTAL_SCALE * py + TOTAL_FALSE_NORTHING);
  }

  /**
   * Geodetic latitude in radians of a geocentric point away from the axis, by the Hannover iteration exactly as
   * proj4j's {@code GeocentricConverter.convertGeocentricToGeodeticIter} runs it (height is not needed here).
   */
  private static double geodeticLatitude(double x, double y, double z, double a, double e2) {
    double p = Math.sqrt(x * x + y * y);
    double rr = Math.sqrt(x * x + y * y + z * z);
    double ct = z / rr;
    double st = p / rr;
    double rx = 1.0 / Math.sqrt(1.0 - e2 * (2.0 - e2) * st * st);
    double cphi0 = st * (1.0 - e2) * rx;
    double sphi0 = ct * rx;
    double cphi;
    double sphi;
    double sdphi;
    int iter = 0;
    do {
      iter++;
      double rn = a / Math.sqrt(1.0 - e2 * sphi0 * sphi0);
      double height = p * cphi0 + z * sphi0 - rn * (1.0 - e2 * sphi0 * sphi0);
      double rk = e2 * rn / (rn + height);
      rx = 1.0 / Math.sqrt(1.0 - rk * (2.0 - rk) * st * st);
      cphi = st * (1.0 - rk) * rx;
      sphi = ct * rx;
      sdphi = sphi * cphi0 - cphi * sphi0;
      cphi0 = cphi;
      sphi0 = sphi;
    } while (sdphi * sdphi > GENAU2 && iter < MAXITER);
    return Math.atan(sphi / Math.abs(cphi));
  }

  private static double normalizeLongitude(double angle) {
    while (angle > Math.PI) {
      angle -= TWOPI;
    }
    while (angle < -Math.PI) {
      angle += TWOPI;
    }
    return angle;
  }

  private static double srat(double esinp, double exp) {
    return Math.pow((1.0 - esinp) / (1.0 + esinp), exp);
  }

  private static double eccentricitySquared(double reciprocalFlattening) {
    double f = 1.0 / reciprocalFlattening;
    return 2 * f - f * f;
  }
}
