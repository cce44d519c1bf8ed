package nl.dekking.io.kml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.dekking.io.DataFileException;

/**
 * Limits what a zip (KMZ) may inflate to, counted while streaming, never trusting the sizes the zip's headers
 * claim: the inflated bytes read so far may not exceed {@value #MAX_RATIO} times the compressed bytes consumed
 * so far plus {@value #ALLOWANCE} bytes, nor {@value #MAX_BYTES} bytes in all. A real Google My Maps KMZ inflates
 * 5 to 20 times; a zip bomb (1 MB inflating to 1 GiB) is stopped within the first megabytes, before memory or disk
 * fill. Not thread-safe: one per read.
 */
final class InflationGuard {

  /** The most a KMZ may inflate to: far beyond any municipality's map, far below a heap. */
  static final long MAX_BYTES = 256L << 20;
  /** The most a KMZ may inflate per compressed byte. */
  static final long MAX_RATIO = 100;
  /** Inflated bytes always allowed, so a tiny, highly compressible KML is not refused. */
  static final long ALLOWANCE = 1L << 20;

  private final String name;
  private final long maxBytes;
  private long compressed;
  private long inflated;

  InflationGuard(String name, long maxBytes) {
    this.name = name;
    this.maxBytes = maxBytes;
  }

  InflationGuard(String name) {
    this(name, MAX_BYTES);
  }

  /** Counts the compressed bytes the zip reader consumes. */
  InputStream compressed(InputStream raw) {
    return new FilterInputStream(raw) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          compressed++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          compressed += n;
        }
        return n;
      }
    };
  }

  /** Counts the inflated bytes of an entry and refuses them past the limits. */
  InputStream inflated(InputStream entry, String entryName) {
    return new FilterInputStream(entry) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1, entryName);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n, entryName);
        }
        return n;
      }

      @Override
      public void close() {
        // the zip stream is closed by its owner
      }
    };
  }

  private void count(int n, String entryName) {
    inflated += n;
    if (inflated > maxBytes) {
      throw DataFileException.ofFile(name, "KMZ entry '" + entryName + "' inflates to more than " + mib(maxBytes)
          + " MiB; a coverage map is never that large, so the file is refused (a zip bomb?)", null);
    }
    if (inflated > MAX_RATIO * compressed + ALLOWANCE) {
      throw DataFileException.ofFile(name, "KMZ entry '" + entryName + "' inflates more than " + MAX_RATIO
          + " times (" + inflated + " bytes from " + compressed + " compressed so far); the file is refused"
          + " (a zip bomb?)", null);
    }
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }
}
