package nl.dekking.examples;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer to a terminal that passes text and drops what could steer the terminal: ANSI/VT escape sequences
 * (CSI {@code ESC [ ... final}, OSC and other string sequences up to BEL or {@code ESC \}, two-character
 * escapes, and their 8-bit C1 forms), every other control character but line feed and tab, and carriage return
 * (which could overwrite a line already printed); an unpaired surrogate becomes U+FFFD. Everything the command
 * line prints goes through it, so a group name, a file name or a quoted piece of a bad file can never colour,
 * retitle, clear or rewrite the user's terminal. A line feed ends any unfinished sequence, so one bad value cannot
 * swallow the lines after it.
 *
 * <p>Not thread-safe, as the writer it wraps.
 */
final class TerminalSafeWriter extends FilterWriter {

  private enum State { TEXT, ESCAPE, CONTROL_SEQUENCE, STRING, STRING_ESCAPE }

  private State state = State.TEXT;
  private char pendingHigh;

  private TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** A print writer that filters everything printed to {@code out}, flushing on println as {@code out} does. */
  static PrintWriter wrap(PrintWriter out) {
    return new PrintWriter(new TerminalSafeWriter(out), true);
  }

  /** The text as this writer would pass it, for a one-line message. */
  static String clean(String text) {
    java.io.StringWriter sw = new java.io.StringWriter();
    try (TerminalSafeWriter w = new TerminalSafeWriter(sw)) {
      w.write(text);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return sw.toString();
  }

  @Override
  public void write(int c) throws IOException {
    accept((char) c);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      accept(buf[i]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      accept(s.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      out.write('\uFFFD');
      pendingHigh = 0;
    }
    out.flush();
  }

  private void accept(char c) throws IOException {
    if (c == '\n') {
      state = State.TEXT;
      emit(c);
      return;
    }
    switch (state) {
      case TEXT -> text(c);
      case ESCAPE -> state = switch (c) {
        case '[' -> State.CONTROL_SEQUENCE;
        case ']', 'P', 'X', '^', '_' -> State.STRING;
        default -> State.TEXT; // a two-character escape: ESC and this character are both dropped
      };
      case CONTROL_SEQUENCE -> {
        if (c >= 0x40 && c <= 0x7E) {
          state = State.TEXT;
        }
      }
      case STRING -> {
        if (c == 0x07 || c == 0x9C) {
          state = State.TEXT;
        } else if (c == 0x1B) {
          state = State.STRING_ESCAPE;
        }
      }
      case STRING_ESCAPE -> state = c == '\\' ? State.TEXT : State.STRING;
      default -> throw new IllegalStateException(String.valueOf(state));
    }
  }

  private void text(char c) throws IOException {
    if (c == 0x1B) {
      state = State.ESCAPE;
    } else if (c == 0x9B) {
      state = State.CONTROL_SEQUENCE;
    } else if (c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F) {
      state = State.STRING;
    } else if (c == '\t' || Character.getType(c) != Character.CONTROL) {
      emit(c);
    }
  }

  private void emit(char c) throws IOException {
    if (pendingHigh != 0) {
      if (Character.isLowSurrogate(c)) {
        out.write(pendingHigh);
        out.write(c);
        pendingHigh = 0;
        return;
      }
      out.write('\uFFFD');
      pendingHigh = 0;
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      out.write('\uFFFD');
    } else {
      out.write(c);
    }
  }
}
