package org.routesrv.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing campaign of issue 22: seeded mutants through the language server (in this JVM and as
 * the {@code rsnet lsp} process) and through {@code rsnet check}. The normal build runs a short
 * campaign with fixed seeds; {@code -Pfuzz} runs the long one. Every count, the seed and the first
 * index come from system properties, so one failing mutant replays alone (docs/fuzzing.md).
 */
class FuzzCampaignTest {

  static final long SEED = Long.getLong("rsnet.fuzz.seed", 22L);
  static final int FROM = Integer.getInteger("rsnet.fuzz.from", 0);
  static final Scale SCALE = Scale.named(System.getProperty("rsnet.fuzz.scale", "short"));
  static final int IN_PROCESS_MUTANTS = Integer.getInteger("rsnet.fuzz.inProcessMutants", 8);
  static final int PROCESS_MUTANTS = Integer.getInteger("rsnet.fuzz.processMutants", 4);
  static final int CLI_MUTANTS = Integer.getInteger("rsnet.fuzz.cliMutants", 24);
  static final int CLI_BATCH = Integer.getInteger("rsnet.fuzz.cliBatch", 24);
  static final long CLI_BATCH_SECONDS = Long.getLong("rsnet.fuzz.cliBatchSeconds", 30L);

  private static final Map<String, CampaignReport> REPORTS = new ConcurrentSkipListMap<>();

  @TempDir Path scratch;

  @Test
  void languageServerInProcessAnswersEveryRequestOnEveryMutant() throws Exception {
    CampaignReport report = report("lsp-in-jvm");
    LspDrivers.inProcess(generator(), FROM, IN_PROCESS_MUTANTS, workspace(), report);
    assertNoFailures(report, "rsnet.fuzz.inProcessMutants");
  }

  @Test
  void languageServerProcessSurvivesMutantsAndMalformedFrames() throws Exception {
    CampaignReport report = report("lsp-process");
    // The mutants after the in-process driver's, so that a short campaign's two servers see every mutation.
    LspDrivers.process(generator(), FROM + IN_PROCESS_MUTANTS, PROCESS_MUTANTS, workspace(), report);
    assertNoFailures(report, "rsnet.fuzz.processMutants");
  }

  @Test
  void checkCommandAnswersEveryMutantWithDiagnosticsOnly() throws Exception {
    CampaignReport report = report("rsnet-check");
    new CliDriver(generator(), scratch, report, CLI_BATCH_SECONDS).run(FROM, CLI_MUTANTS, CLI_BATCH);
    assertNoFailures(report, "rsnet.fuzz.cliMutants");
  }

  @AfterAll
  static void printSummary() throws IOException {
    StringBuilder summary = new StringBuilder("Fuzzing campaign, seed " + SEED + ", mutants from index " + FROM
        + ", scale " + SCALE.name() + "\n\n" + CampaignReport.header() + "\n");
    REPORTS.values().forEach(report -> summary.append(report.row()).append('\n'));
    summary.append('\n');
    REPORTS.values().forEach(report -> report.distinctFailures().forEach(line -> summary.append(line).append('\n')));
    System.out.println(summary);
    Files.createDirectories(CampaignReport.FAILURES);
    Files.writeString(CampaignReport.FAILURES.resolve("summary.md"), summary);
  }

  private static CampaignReport report(String driver) {
    CampaignReport report = new CampaignReport(driver);
    REPORTS.put(driver, report);
    return report;
  }

  private static MutantGenerator generator() {
    return new MutantGenerator(SEED, SCALE);
  }

  private Path workspace() throws IOException {
    return Files.createDirectories(scratch.resolve("workspace")).toRealPath();
  }

  private static void assertNoFailures(CampaignReport report, String countProperty) {
    List<String> failures = report.distinctFailures();
    StringBuilder replay = new StringBuilder("-Pfuzz -Drsnet.fuzz.seed=" + SEED + " -Drsnet.fuzz.scale=" + SCALE.name()
        + " -Drsnet.fuzz.from=INDEX");
    for (String driver : List.of("rsnet.fuzz.inProcessMutants", "rsnet.fuzz.processMutants", "rsnet.fuzz.cliMutants")) {
      replay.append(" -D").append(driver).append(driver.equals(countProperty) ? "=1" : "=0");
    }
    assertEquals(0, report.failures(), report.failures() + " failures, " + failures.size() + " distinct ("
        + report.mutants() + " mutants):\n" + String.join("\n", failures) + "\nThe mutants are in "
        + CampaignReport.FAILURES.toAbsolutePath() + "; replay one with " + replay + "\n");
  }
}
