package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.HandMadeMap;
import nl.dekking.rules.GroupRules;
import nl.dekking.rules.GroupRulesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json's {@code rules} object is the rules JSON format: a municipality can save it as its rules file. */
class SummaryRulesTest {

  @TempDir
  Path dir;

  @Test
  void write_summaryRules_readBackAsTheRulesAssessedAgainst() throws IOException {
    GroupRules rules = new GroupRules("Proef", 30, 3, 256, 1, 2, true, true, 16);
    ReportWriter.of(Language.NL).write(CoverageAnalysis.withDefaults().analyse(HandMadeMap.dataset(), rules), dir);

    String rulesObject = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("rules").toString();

    assertThat(GroupRulesJson.fromJson(rulesObject, "summary.json rules")).isEqualTo(rules);
  }
}
