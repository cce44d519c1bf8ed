package nl.dekking.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.dekking.io.geojson.RawGeometry.Positions;

/**
 * Reads the nested arrays of a GeoJSON {@code coordinates} member into the shapes {@link RawGeometry} describes,
 * keeping x and y of each position. A bad value (a string, NaN, a position with one number, mixed nesting) is
 * recorded in {@link #problem()} and the rest of the array is consumed, so that parsing can go on to the
 * feature's id and the error can name it.
 *
 * <p>O(n) in the number of positions; positions are packed into {@code double[]} lists. Not thread-safe; one per
 * coordinates member.
 */
final class CoordinateReader {
  private final JsonParser p;
  private String problem;

  CoordinateReader(JsonParser p) {
    this.p = p;
  }

  /** Reads from the current START_ARRAY to its END_ARRAY. */
  Object read() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return List.of();
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return position(t);
    }
    if (t != JsonToken.START_ARRAY) {
      return bad("coordinates must be numbers, found " + FeatureCollectionParser.describe(p, t));
    }
    Object first = read();
    if (first instanceof double[] pos) {
      double[] xy = new double[16];
      int n = 0;
      xy[n++] = pos[0];
      xy[n++] = pos[1];
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        Object next = read();
        if (!(next instanceof double[] q)) {
          fail("coordinates mix positions and nested lists");
          continue;
        }
        if (n == xy.length) {
          xy = Arrays.copyOf(xy, n * 2);
        }
        xy[n++] = q[0];
        xy[n++] = q[1];
      }
      if (t != JsonToken.END_ARRAY) {
        return bad("coordinates mix positions and " + FeatureCollectionParser.describe(p, t));
      }
      return new Positions(Arrays.copyOf(xy, n));
    }
    List<Object> list = new ArrayList<>();
    list.add(first);
    while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
      list.add(read());
    }
    if (t != JsonToken.END_ARRAY) {
      return bad("coordinates mix nested lists and " + FeatureCollectionParser.describe(p, t));
    }
    return list;
  }

  /** Records a problem at the current token and consumes the rest of the enclosing array. */
  private Object bad(String message) throws IOException {
    fail(message);
    p.skipChildren(); // a nested object or array at the current token; nothing for a scalar
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      p.skipChildren();
    }
    return null;
  }

  private double[] position(JsonToken first) throws IOException {
    double[] xy = new double[2];
    int n = 0;
    JsonToken t = first;
    while (t != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
          fail("coordinate is not a finite number: " + p.getText());
        } else if (n < 2) {
          xy[n] = v;
        }
        n++;
      } else {
        fail("a position must hold numbers, found " + FeatureCollectionParser.describe(p, t));
        p.skipChildren();
      }
      t = p.nextToken();
    }
    if (n < 2) {
      fail("a position needs two numbers [x, y], has " + n);
    }
    return xy;
  }

  /** What is wrong with the coordinates read, or null. */
  String problem() {
    return problem;
  }

  private void fail(String message) {
    if (problem == null) {
      problem = message;
    }
  }
}
