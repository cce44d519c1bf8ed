package nl.dekking.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.dekking.analysis.AnalysisSettings;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.MunicipalitySplit;
import nl.dekking.io.output.OutputDirectory;
import nl.dekking.model.Neighbourhood;
import nl.dekking.report.words.ReportText;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one report per municipality and a national overview from one run ({@code report --per-gemeente}):
 * {@code DIR/GMxxxx/} holds each municipality's full report (the files of {@link ReportWriter}),
 * {@code DIR/index.html} the overview (coverage per municipality in a sortable table and a map of the country shaded
 * by coverage) and {@code DIR/summary.json} the national totals, one row per municipality and every group.
 *
 * <p>Municipalities are analysed and written on every core, largest first (so no core is left with a large one at
 * the end), each as soon as the previous one on that core is done, so the heap holds the national dataset and one municipality's report per core. All or nothing: everything
 * goes into one fresh folder ({@link OutputDirectory}, marker {@value #MARKER}) that replaces {@code DIR} at the
 * end. A group covering households in several municipalities appears in each of their reports with the households
 * it covers there; the national summary adds them up. Internal output: it names contacts as
 * {@link nl.dekking.model.Audience#INTERNAL} may read them, in the municipal reports.
 */
public final class NationalReportWriter {

  /** The marker file of a national report folder. */
  public static final String MARKER = ".dekking-national";

  private final ReportWriter municipal;
  private final Language language;
  private final int threads;

  private NationalReportWriter(ReportWriter municipal, Language language, int threads) {
    this.municipal = requireNonNull(municipal, "municipal");
    this.language = requireNonNull(language, "language");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
    }
    this.threads = threads;
  }

  /** A national writer whose municipal reports are written by {@code municipal}, on every core. */
  public static NationalReportWriter of(ReportWriter municipal, Language language) {
    return new NationalReportWriter(municipal, language, Runtime.getRuntime().availableProcessors());
  }

  /** One municipality's figures in the overview. */
  public record MunicipalityRow(String code, String name, int households, int covered, int groups,
      int overCapacity) {
    /** The covered share, 0..1. */
    public double coverage() {
      return households == 0 ? 0 : (double) covered / households;
    }
  }

  /** One group's national figures: its households over every municipality it covers. */
  public record GroupRow(String id, String name, List<String> municipalities, int households, int members,
      String capacity) {}

  /** What was written. */
  public record Result(List<Path> files, List<MunicipalityRow> municipalities, List<GroupRow> groups, int households,
      int covered, int outside) {}

  /**
   * Analyses each municipality of the split against the rules and writes the national report into {@code dir}.
   *
   * @throws IllegalArgumentException naming the municipality whose analysis or report failed; {@code dir} is then
   *     left as it was
   */
  public Result write(MunicipalitySplit split, GroupRules rules, AnalysisSettings settings, Path dir,
      Consumer<String> progress) {
    requireNonNull(split, "split");
    requireNonNull(rules, "rules");
    requireNonNull(settings, "settings");
    requireNonNull(dir, "dir");
    requireNonNull(progress, "progress");
    CoverageAnalysis analysis = CoverageAnalysis.of(settings);
    List<MunicipalitySplit.Part> parts = split.parts();
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, municipal.inputs())) {
      List<Path> folders = new ArrayList<>(parts.size());
      for (MunicipalitySplit.Part p : parts) {
        folders.add(out.folder(p.code()));
      }
      MunicipalityRow[] rows = new MunicipalityRow[parts.size()];
      List<List<GroupCoverage>> groupsPer = new ArrayList<>(parts.size());
      for (int i = 0; i < parts.size(); i++) {
        groupsPer.add(List.of());
      }
      AtomicInteger done = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "dekking-municipality");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>(parts.size());
        // largest municipalities first, so no core is left with a big one at the end while the other idles
        Integer[] bySize = new Integer[parts.size()];
        for (int i = 0; i < bySize.length; i++) {
          bySize[i] = i;
        }
        java.util.Arrays.sort(bySize, java.util.Comparator.comparingInt(
            (Integer i) -> -parts.get(i).dataset().households().size()).thenComparingInt(i -> i));
        for (int m : bySize) {
          futures.add(pool.submit(() -> {
            MunicipalitySplit.Part part = parts.get(m);
            CoverageReport report;
            try {
              report = analysis.analysePart(part.dataset(), rules, split.map(), split.neighbourhoodIndex());
              municipal.withTitle(ReportText.defaultTitle(part.name(), language)).write(report, folders.get(m));
            } catch (RuntimeException e) {
              throw new IllegalArgumentException("municipality " + part.code() + " (" + part.name() + "): "
                  + e.getMessage(), e);
            }
            int over = 0;
            for (GroupCoverage g : report.groups()) {
              over += g.violations().isEmpty() ? 0 : 1;
            }
            rows[m] = new MunicipalityRow(part.code(), part.name(), report.households(), report.covered(),
                report.groups().size(), over);
            groupsPer.set(m, report.groups());
            int n = done.incrementAndGet();
            progress.accept(String.format(Locale.ROOT, "%d/%d %s %s: %,d households, %.1f%% covered", n, parts.size(),
                part.code(), part.name(), report.households(), 100.0 * rows[m].coverage()));
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("national report into " + dir + " interrupted", e);
      } finally {
        stop(pool);
      }

      List<MunicipalityRow> municipalities = List.of(rows);
      List<GroupRow> groups = nationalGroups(parts, groupsPer, split.outsideByGroup());
      int households = 0;
      int covered = 0;
      for (MunicipalityRow r : municipalities) {
        households += r.households();
        covered += r.covered();
      }
      progress.accept("writing index.html and summary.json");
      out.write("summary.json", summary(municipalities, groups, households, covered, split.outside()));
      out.write("index.html", NationalPage.render(municipalities, shading(parts), households, covered, language)
          .getBytes(StandardCharsets.UTF_8));
      return new Result(out.commit(), municipalities, groups, households, covered, split.outside());
    }
  }

  /**
   * Stops the pool and waits until no municipality is still being written, so a failure removes the staging folder
   * only once nothing writes into it any more (else a report still being written would leave it behind).
   */
  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, List<Geometry>> shading(List<MunicipalitySplit.Part> parts) {
    Map<String, List<Geometry>> areas = new TreeMap<>();
    for (MunicipalitySplit.Part p : parts) {
      List<Geometry> list = new ArrayList<>();
      for (Neighbourhood n : p.dataset().neighbourhoods()) {
        list.add(n.area());
      }
      areas.put(p.code(), list);
    }
    return areas;
  }

  private static List<GroupRow> nationalGroups(List<MunicipalitySplit.Part> parts, List<List<GroupCoverage>> per,
      Map<String, Integer> outsideByGroup) {
    Map<String, GroupRow> byId = new TreeMap<>();
    for (int m = 0; m < parts.size(); m++) {
      for (GroupCoverage g : per.get(m)) {
        GroupRow old = byId.get(g.id());
        if (old == null) {
          byId.put(g.id(), new GroupRow(g.id(), g.name(), List.of(parts.get(m).code()),
              g.households() + outsideByGroup.getOrDefault(g.id(), 0), g.members(), g.capacityState().name()));
        } else {
          List<String> codes = new ArrayList<>(old.municipalities());
          codes.add(parts.get(m).code());
          byId.put(g.id(), new GroupRow(g.id(), g.name(), List.copyOf(codes), old.households() + g.households(),
              g.members(), old.capacity()));
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private byte[] summary(List<MunicipalityRow> municipalities, List<GroupRow> groups, int households, int covered,
      int outside) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeStringField("notice", ReportText.internalNotice(language));
      json.writeStringField("language", language.name().toLowerCase(Locale.ROOT));
      json.writeNumberField("households", households);
      json.writeNumberField("covered", covered);
      json.writeNumberField("uncovered", households - covered);
      json.writeNumberField("outsideEveryMunicipality", outside);
      json.writeNumberField("municipalityCount", municipalities.size());
      json.writeNumberField("groupCount", groups.size());
      json.writeArrayFieldStart("municipalities");
      for (MunicipalityRow r : municipalities) {
        json.writeStartObject();
        json.writeStringField("code", r.code());
        json.writeStringField("name", r.name());
        json.writeNumberField("households", r.households());
        json.writeNumberField("covered", r.covered());
        json.writeNumberField("coverage", Math.round(r.coverage() * 10_000) / 10_000.0);
        json.writeNumberField("groups", r.groups());
        json.writeNumberField("groupsWithViolations", r.overCapacity());
        json.writeStringField("report", r.code() + "/report.html");
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("groups");
      for (GroupRow g : groups) {
        json.writeStartObject();
        json.writeStringField("id", g.id());
        json.writeStringField("name", g.name());
        json.writeArrayFieldStart("municipalities");
        for (String c : g.municipalities()) {
          json.writeString(c);
        }
        json.writeEndArray();
        json.writeNumberField("households", g.households());
        json.writeNumberField("members", g.members());
        json.writeStringField("capacityState", g.capacity());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the national summary.json: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  @Override
  public String toString() {
    return "NationalReportWriter[" + language + ", " + threads + " threads]";
  }
}
