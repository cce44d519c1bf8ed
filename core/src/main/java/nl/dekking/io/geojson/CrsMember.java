package nl.dekking.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * The pre-RFC 7946 {@code crs} member of a FeatureCollection, as PDOK and GDAL still write it:
 * {@code {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}, or the older
 * {@code {"type": "EPSG", "properties": {"code": 28992}}}. Linked CRSs are not supported. Thread-safe and
 * stateless.
 */
final class CrsMember {

  private CrsMember() {
  }

  /**
   * The CRS name of the {@code crs} member at the parser's current token, or null for {@code "crs": null}.
   *
   * @throws IllegalArgumentException when the member is not a named or EPSG crs
   */
  static String read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("crs must be an object, was " + FeatureCollectionParser.describe(p, t));
    }
    String type = null;
    String name = null;
    String code = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String member = p.currentName();
      JsonToken v = p.nextToken();
      if (member.equals("type")) {
        type = p.getValueAsString();
      } else if (member.equals("properties") && v == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String prop = p.currentName();
          p.nextToken();
          if (prop.equals("name")) {
            name = p.getValueAsString();
          } else if (prop.equals("code")) {
            code = p.getValueAsString();
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if ("name".equalsIgnoreCase(String.valueOf(type)) && name != null) {
      return name;
    }
    if ("EPSG".equalsIgnoreCase(String.valueOf(type)) && code != null) {
      return "EPSG:" + code;
    }
    String found = type == null ? "no type"
        : "name".equalsIgnoreCase(type) ? "type 'name' without properties.name"
        : "EPSG".equalsIgnoreCase(type) ? "type 'EPSG' without properties.code"
        : "type '" + type + "'";
    throw new IllegalArgumentException("crs member is not supported: only a named crs ({\"type\": \"name\","
        + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}) or an EPSG code is understood, found "
        + found);
  }

  /**
   * A first pass over the top-level members of a FeatureCollection only, for a {@code crs} member that follows the
   * features: every other member, the features array included, is skipped token by token, in constant memory.
   *
   * @return the CRS name, or null when there is no crs member or the JSON is broken (the streaming pass meets the
   *     same error and reports it with the feature it is in)
   * @throws IllegalArgumentException when the crs member is not supported
   */
  static String scan(InputStream in) throws IOException {
    try (JsonParser p = FeatureCollectionParser.JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("crs")) {
          return read(p);
        }
        p.skipChildren();
      }
      return null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
