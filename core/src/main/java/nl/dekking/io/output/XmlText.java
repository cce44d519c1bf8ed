package nl.dekking.io.output;

/**
 * Makes any text safe to write into XML 1.0 (KML, SVG, HTML): characters XML does not allow at all — the control
 * characters below U+0020 other than tab, line feed and carriage return (NUL, ESC...), a lone surrogate, U+FFFE and
 * U+FFFF — become U+FFFD, the replacement character, so a writer can never produce a document a parser refuses.
 * Escaping markup ({@code <}, {@code &}) is the writer's job. Stateless and thread-safe.
 */
public final class XmlText {

  /** What a character XML does not allow becomes. */
  public static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /** The text with every character XML 1.0 does not allow replaced by {@link #REPLACEMENT}; the same string when clean. */
  public static String clean(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && allowedAt(text, i)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (allowedAt(text, i)) {
        sb.append(c);
        if (Character.isHighSurrogate(c)) {
          sb.append(text.charAt(i + 1));
          i++;
        }
      } else {
        sb.append(REPLACEMENT);
      }
      i++;
    }
    return sb.toString();
  }

  private static boolean allowedAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }
}
