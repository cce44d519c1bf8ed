package nl.dekking.io.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Internal: copies JSON values from a parser to a generator as they were written. Jackson's own copy reads a number
 * as a double and writes that ({@code 187000.0} comes out as {@code 187000.0} but {@code 0.5000} as {@code 0.5} and
 * {@code 1e5} as {@code 100000.0}); this one writes every number in the very text it was read from, so a copied file
 * or an embedded document reads exactly as before. Stateless.
 */
public final class JsonCopy {

  private JsonCopy() {
  }

  /**
   * Copies the value the parser is at, a scalar or an object or array with everything in it, and leaves the parser
   * at the value's last token.
   */
  public static void value(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }
}
