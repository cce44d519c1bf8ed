package nl.dekking.io.geojson;

import java.util.Map;

/**
 * Case-insensitive lookup of a feature's properties by name; blank values count as absent. Feature property maps
 * are small (tens of entries), so a miss on the exact name falls back to a linear scan. Thread-safe and stateless.
 */
final class PropertyLookup {

  private PropertyLookup() {
  }

  /** The value of the property with this name in any case, or null when absent or blank. */
  static String get(Map<String, String> properties, String name) {
    String v = properties.get(name);
    if (v == null) {
      for (Map.Entry<String, String> e : properties.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          v = e.getValue();
          break;
        }
      }
    }
    return v == null || v.isBlank() ? null : v.strip();
  }
}
