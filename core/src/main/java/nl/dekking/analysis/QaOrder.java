package nl.dekking.analysis;

import java.util.Comparator;
import org.locationtech.jts.geom.Envelope;

/** The order of QA findings: kind, group ids, then position (lower-left corner) and the message. */
final class QaOrder {

  static final Comparator<QaFinding> FINDINGS = Comparator
      .comparing(QaFinding::kind)
      .thenComparing(f -> String.join("\u0000", f.groupIds()))
      .thenComparingDouble(f -> minX(f))
      .thenComparingDouble(f -> minY(f))
      .thenComparing(QaFinding::message);

  private QaOrder() {
  }

  private static double minX(QaFinding f) {
    Envelope e = f.geometry().getEnvelopeInternal();
    return e.isNull() ? 0 : e.getMinX();
  }

  private static double minY(QaFinding f) {
    Envelope e = f.geometry().getEnvelopeInternal();
    return e.isNull() ? 0 : e.getMinY();
  }
}
