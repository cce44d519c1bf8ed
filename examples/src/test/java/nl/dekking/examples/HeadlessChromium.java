package nl.dekking.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code chromium} headless on a local page, with every network path closed: all traffic goes to a
 * proxy on port 9 that refuses it, and a net log records what was asked for. Finds chromium on the PATH (or in
 * {@code DEKKING_CHROMIUM}). Each run gets a fresh profile directory.
 */
final class HeadlessChromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** Chromium from {@code DEKKING_CHROMIUM} or the PATH, if there is one. */
  static Optional<HeadlessChromium> find() {
    String configured = System.getenv("DEKKING_CHROMIUM");
    if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new HeadlessChromium(Path.of(configured)));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new HeadlessChromium(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** What one run produced: the standard output (the DOM for {@code --dump-dom}) and the net log. */
  record Run(String stdout, Path netLog) {

    /**
     * The URLs the page itself asked the network for. Chromium's own background requests (update checks, time
     * queries) have no initiating origin ({@code "not an origin"}); requests of a page opened from a file have the
     * initiator {@code "null"} and a {@code file://} isolation key.
     */
    List<String> pageRequests() throws IOException {
      JsonNode log = new ObjectMapper().readTree(netLog.toFile());
      int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
      List<String> urls = new ArrayList<>();
      for (JsonNode event : log.path("events")) {
        JsonNode params = event.path("params");
        if (event.path("type").asInt() != startJob || !params.has("url")) {
          continue;
        }
        String initiator = params.path("initiator").asText("");
        String isolation = params.path("network_isolation_key").asText("");
        if (!"not an origin".equals(initiator) || isolation.contains("file://")) {
          urls.add(params.path("url").asText());
        }
      }
      return urls;
    }
  }

  /** Loads the page and dumps its DOM after the load event. */
  Run dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    return run(page, workDir, "--dump-dom");
  }

  /** Loads the page and takes a screenshot of the window's size. */
  Run screenshot(Path page, Path workDir, Path png, int width, int height) throws IOException, InterruptedException {
    return run(page, workDir, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars");
  }

  private Run run(Path page, Path workDir, String... extra) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path profile = Files.createTempDirectory(workDir, "profile");
    Path netLog = Files.createTempFile(workDir, "netlog", ".json");
    Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
    Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>", "--log-net-log=" + netLog.toAbsolutePath()));
    command.addAll(List.of(extra));
    command.add(page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("chromium exited with " + process.exitValue() + " on " + page + ": "
            + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return new Run(Files.readString(stdout, StandardCharsets.UTF_8), netLog);
    } finally {
      deleteTree(profile);
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
