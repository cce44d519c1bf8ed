package nl.dekking.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import nl.dekking.examples.EmbeddingExample;
import nl.dekking.index.CoverageMap;
import org.junit.jupiter.api.Test;

/**
 * What an application embedding Dekking relies on, checked against the artifacts as installed: the README's
 * example runs on the bundled sample, Dekking brings no logging facade that would complain, and the core jar
 * carries its module name, its licence, its sources and its javadoc.
 */
class EmbeddingExampleTest {

  private static final Path SAMPLE = Path.of(System.getProperty("dekking.sample"));

  @Test
  void main_bundledSample_printsEachGroupsHouseholdsAndTheUncovered() {
    String[] args = {
        SAMPLE.resolve("addresses-otterlo-wekerom-wgs84.geojson").toString(),
        SAMPLE.resolve("sample-groups-otterlo-rd.geojson").toString()};

    Output output = Output.of(() -> EmbeddingExample.main(args));

    assertThat(output.out().lines()).containsExactly(EXPECTED_LINES);
    assertThat(output.err()).isEmpty();
  }

  @Test
  void classPath_dekkingCore_bringsNoLoggingFacade() {
    // slf4j-api without a provider makes the application print "SLF4J: No SLF4J providers were found"
    assertThatExceptionOfType(ClassNotFoundException.class)
        .isThrownBy(() -> Class.forName("org.slf4j.LoggerFactory"));
  }

  @Test
  void coreJar_onTheModulePath_isTheAutomaticModuleNlDekkingCore() throws Exception {
    ModuleReference module = ModuleFinder.of(coreJar()).findAll().iterator().next();

    assertThat(module.descriptor().name()).isEqualTo("nl.dekking.core");
    assertThat(module.descriptor().isAutomatic()).isTrue();
    assertThat(module.descriptor().packages()).contains("nl.dekking.model", "nl.dekking.index", "nl.dekking.io.geojson");
  }

  @Test
  void modulePath_applicationsRuntimeJars_runTheExampleInTheNamedModuleNlDekkingCore() throws Exception {
    // What `java --module-path <the jars> --add-modules ALL-MODULE-PATH` does: every jar a module, none split
    ModuleFinder finder = ModuleFinder.of(Arrays.stream(System.getProperty("app.runtime.classpath")
        .split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
    Set<String> all = finder.findAll().stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("nl.dekking.core");

    Class<?> reader = loader.loadClass("nl.dekking.io.geojson.GeoJsonReader");
    List<?> households = (List<?>) reader.getMethod("readHouseholds", Path.class)
        .invoke(null, SAMPLE.resolve("addresses-otterlo-wekerom-wgs84.geojson"));  // through proj4j, WGS84 to RD
    List<?> groups = (List<?>) reader.getMethod("readGroups", Path.class)
        .invoke(null, SAMPLE.resolve("sample-groups-otterlo-rd.geojson"));
    Object map = loader.loadClass("nl.dekking.index.CoverageMap").getMethod("of", Collection.class)
        .invoke(null, groups);
    Object index = map.getClass().getMethod("index").invoke(map);
    Object assignment = index.getClass().getMethod("assign", List.class).invoke(index, households);

    assertThat(reader.getModule().getName()).isEqualTo("nl.dekking.core");
    assertThat(layer.findModule("org.locationtech.jts")).isPresent();
    assertThat(assignment.getClass().getMethod("uncovered").invoke(assignment)).isEqualTo(1622);
  }

  @Test
  void coreJar_asInstalled_carriesTheLicenceAndComesWithSourcesAndJavadoc() throws Exception {
    Path jar = coreJar();
    try (JarFile file = new JarFile(jar.toFile());
        InputStream licence = file.getInputStream(file.getEntry("META-INF/LICENSE"));
        InputStream notice = file.getInputStream(file.getEntry("META-INF/NOTICE"))) {
      assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
          .contains("Apache License", "Version 2.0, January 2004");
      assertThat(new String(notice.readAllBytes(), StandardCharsets.UTF_8)).contains("Bron: CBS");
    }

    String name = jar.getFileName().toString().replace(".jar", "");
    Path sources = jar.resolveSibling(name + "-sources.jar");
    Path javadoc = jar.resolveSibling(name + "-javadoc.jar");
    assertThat(sources).isRegularFile();
    assertThat(javadoc).isRegularFile();
    try (JarFile file = new JarFile(sources.toFile())) {
      assertThat(file.getEntry("nl/dekking/index/CoverageMap.java")).isNotNull();
    }
    try (JarFile file = new JarFile(javadoc.toFile())) {
      assertThat(file.getEntry("nl/dekking/index/CoverageMap.html")).isNotNull();
      assertThat(file.getEntry("nl/dekking/io/output/package-summary.html")).as("internal package documented").isNull();
    }
  }

  private static Path coreJar() throws URISyntaxException {
    Path jar = Path.of(CoverageMap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(jar).as("dekking-core comes from the installed jar, not from a build directory")
        .isRegularFile().hasFileName("dekking-core-" + System.getProperty("dekking.version") + ".jar");
    return jar;
  }

  /** The example's output on the bundled sample, as the README shows it. */
  private static final String[] EXPECTED_LINES = {
      "Dorp Centrum: 323 households",
      "Vijverlaan: 108 households",
      "Arnhemseweg Zuid: 133 households",
      "Mosselsepad: 49 households",
      "Bovenweg: 88 households",
      "Hoenderloseweg: 62 households",
      "Brummelweg: 87 households",
      "De Dennen: 32 households",
      "not covered by any group: 1622"};

  /** What a piece of code printed to System.out and System.err. */
  private record Output(String out, String err) {

    static Output of(Runnable code) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
      ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
      try {
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        code.run();
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      return new Output(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
  }
}
