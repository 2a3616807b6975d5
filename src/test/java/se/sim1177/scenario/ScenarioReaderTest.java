package se.sim1177.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading scenario files: the contract keys, the defaults and every kind of error message. */
class ScenarioReaderTest {
  static final String VALID = String.join("\n",
      "name: Test region",
      "simulation: {days: 7, warmup_days: 1, start_weekday: tue, replications: 5, seed: 99}",
      "arrivals:",
      "  calls_per_day: 900",
      "  weekday_factors: [1.3, 1.05, 1.0, 1.0, 1.0, 0.85, 0.8]",
      "  day_busyness: {shape: 10}",
      "callers:",
      "  balk_probability: 0.05",
      "  patience: {distribution: exponential, mean: 10m}",
      "  redial: {probability: 0.5, delay: {distribution: exponential, mean: 30m}, max_attempts: 5}",
      "queue: {max_waiting: 500, max_predicted_wait: 45m}",
      "handling:",
      "  talk_time: {distribution: lognormal, mean: 7m, cv: 0.6}",
      "  after_call_work: {distribution: fixed, value: 1m}",
      "staff:",
      "  groups:",
      "    - name: karlstad",
      "      workplace: office",
      "      handle_time_factor: 1.0",
      "      absence: 0.10",
      "      shifts:",
      "        - {days: mon-fri, start: \"07:00\", end: \"16:00\", nurses: 12}",
      "        - {days: all, start: \"16:00\", end: \"22:00\", nurses: 6}",
      "targets: {answer_rate: 0.85, mean_wait: 10m, service_level: {within: 5m, share: 0.80}}",
      "");

  static Scenario parse(String text, String... overrides) throws ScenarioException {
    return ScenarioReader.parse(text, "test.yaml", "test", List.of(overrides));
  }

  static List<String> problems(String text, String... overrides) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> parse(text, overrides));
    return e.problems().stream().map(ScenarioProblem::toString).collect(Collectors.toList());
  }

  static void assertOneProblem(List<String> problems, String... fragments) {
    assertEquals(1, problems.size(), "expected one problem, got " + problems);
    for (String f : fragments) {
      assertTrue(problems.get(0).contains(f), "expected '" + f + "' in: " + problems.get(0));
    }
  }

  @Test
  void readsTheContractKeys() throws ScenarioException {
    Scenario s = parse(VALID);
    assertEquals("Test region", s.name());
    assertEquals(new RunControl(7, 1, Weekday.TUE, 5, 99), s.simulation());
    assertEquals(900, s.arrivals().callsPerDay(), 0.0);
    assertEquals(0.85, s.arrivals().weekdayFactors().get(5), 0.0);
    assertEquals(24, s.arrivals().intervalsPerDay(), "flat 24-hour profile by default");
    assertEquals(10, s.arrivals().dayBusynessShape(), 0.0);
    assertEquals(0.05, s.callers().balkProbability(), 0.0);
    assertEquals(new DistributionSpec.Exponential(600), s.callers().patience());
    assertEquals(new Redial(0.5, new DistributionSpec.Exponential(1800), 5), s.callers().redial());
    assertEquals(new QueueLimits(500, 2700), s.queue());
    assertEquals(420, s.handling().talkTime().mean(), 1e-9);
    assertEquals(0.6 * 420, s.handling().talkTime().sd(), 1e-9);
    assertEquals(new DistributionSpec.Fixed(60), s.handling().afterCallWork());
    StaffGroup g = s.staff().get(0);
    assertEquals(Workplace.OFFICE, g.workplace());
    assertEquals(0.10, g.absence(), 0.0);
    assertEquals(new Shift(DaySet.parse("mon-fri"), 420, 960, 12), g.shifts().get(0));
    assertEquals(DaySet.ALL, g.shifts().get(1).days());
    assertEquals(new Targets(0.85, 600.0, new ServiceLevelTarget(300, 0.80)), s.targets());
  }

  @Test
  void leftOutKeysTakeTheDefaultsTheirRecordsDeclare() throws ScenarioException {
    Scenario s = parse(String.join("\n",
        "arrivals: {calls_per_day: 100}",
        "callers: {patience: {distribution: exponential, mean: 10m}, callback: {offer_when_predicted_wait_over: 20m,"
            + " accept_probability: 0.5}}",
        "handling: {talk_time: {distribution: exponential, mean: 7m}}",
        "staff: {groups: [{name: a, channels: [phone, chat], shifts: [{start: \"08:00\", end: \"16:00\", nurses: 2}]}]}",
        "chat: {adoption: 0.1, session_duration: {distribution: exponential, mean: 20m},"
            + " nurse_time: {distribution: exponential, mean: 8m}}",
        ""));
    assertEquals("test", s.name());
    assertEquals(RunControl.defaults(), s.simulation());
    assertEquals(new RunControl(28, 3, Weekday.MON, 30, 12345), RunControl.defaults(), "the README's simulation defaults");
    assertEquals(Arrivals.DEFAULT_WEEKDAY_FACTORS, s.arrivals().weekdayFactors());
    assertEquals(Arrivals.DEFAULT_INTRADAY, s.arrivals().intraday());
    assertEquals(Arrivals.DEFAULT_DAY_BUSYNESS_SHAPE, s.arrivals().dayBusynessShape());
    assertEquals(Callers.DEFAULT_BALK_PROBABILITY, s.callers().balkProbability());
    assertEquals(Redial.NONE, s.callers().redial());
    assertEquals(Callback.DEFAULT_KEEP_PLACE, s.callers().callback().keepPlace());
    assertEquals(QueueLimits.NONE, s.queue());
    assertEquals(Handling.DEFAULT_AFTER_CALL_WORK, s.handling().afterCallWork());
    StaffGroup g = s.staff().get(0);
    assertEquals(StaffGroup.DEFAULT_WORKPLACE, g.workplace());
    assertEquals(StaffGroup.DEFAULT_HANDLE_TIME_FACTOR, g.handleTimeFactor());
    assertEquals(StaffGroup.DEFAULT_ABSENCE, g.absence());
    assertEquals(Channel.PHONE, g.priority());
    assertEquals(DaySet.ALL, g.shifts().get(0).days());
    assertEquals(Targets.NONE, s.targets());
    Chat c = s.chat();
    assertEquals(Chat.DEFAULT_INDUCED_DEMAND, c.inducedDemand());
    assertEquals(null, c.intraday(), "the phone's shape");
    assertEquals(Chat.DEFAULT_OPEN, c.open());
    assertEquals(Chat.DEFAULT_OUTSIDE_OPEN_PHONE, c.outsideOpenPhone());
    assertEquals(Chat.DEFAULT_SELF_CARE_AUTOMATED, c.selfCareAutomated());
    assertEquals(Chat.DEFAULT_CONCURRENCY, c.concurrency());
    assertEquals(Chat.DEFAULT_PATIENCE, c.patience());
    assertEquals(Chat.DEFAULT_SILENT_ABANDON, c.silentAbandon());
    assertEquals(Chat.DEFAULT_SILENT_CHECK_SECONDS, c.silentCheckTime());
    assertEquals(Chat.DEFAULT_ESCALATE_TO_PHONE, c.escalateToPhone());
    Scenario phoneOnly = parse(VALID);
    assertEquals(StaffGroup.DEFAULT_CHANNELS, phoneOnly.staff().get(0).channels());
    assertEquals(Chat.NONE, phoneOnly.chat());
  }

  @Test
  void callsPerYearKeepsTheYearsTotal() throws ScenarioException {
    Scenario s = parse(VALID.replace("calls_per_day: 900", "calls_per_year: 120000"));
    double meanFactor = (1.3 + 1.05 + 1.0 + 1.0 + 1.0 + 0.85 + 0.8) / 7;
    assertEquals(120000, s.arrivals().callsPerDay() * meanFactor * 365, 1e-6);
  }

  @Test
  void aBadTimeOfDayNamesFileLineKeyValueAndWhatIsAllowed() {
    List<String> p = problems(VALID.replace("end: \"22:00\"", "end: \"25:00\""));
    assertOneProblem(p, "test.yaml:23:", "staff.groups[0].shifts[1].end", "\"25:00\"", "HH:MM");
  }

  @Test
  void unknownKeysGetADidYouMean() {
    List<String> p = problems(VALID.replace("calls_per_day: 900", "calls_per_dya: 900"));
    assertTrue(p.stream().anyMatch(x -> x.contains("test.yaml:4:") && x.contains("arrivals.calls_per_dya")
        && x.contains("did you mean 'calls_per_day'")), p.toString());
  }

  @Test
  void aDurationWithoutUnitIsRefusedWithAHint() {
    List<String> p = problems(VALID.replace("mean: 10m}", "mean: 10}"));
    assertOneProblem(p, "test.yaml:9:", "callers.patience.mean", "\"10\"", "unit is missing");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    String broken = VALID.replace("balk_probability: 0.05", "balk_probability: 1.5")
        .replace("workplace: office", "workplace: officee")
        .replace("nurses: 12", "nurses: -3")
        .replace("distribution: lognormal", "distribution: lognormall");
    List<String> p = problems(broken);
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).contains("callers.balk_probability: 1.5 must be a probability between 0 and 1"), p.get(0));
    assertTrue(p.stream().anyMatch(x -> x.contains("handling.talk_time.distribution") && x.contains("did you mean 'lognormal'")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains("staff.groups[0].workplace") && x.contains("office, satellite, remote")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains("staff.groups[0].shifts[0].nurses: -3")), p.toString());
  }

  @Test
  void missingRequiredSectionsAreNamed() {
    List<String> p = problems("name: x\narrivals: {calls_per_day: 10}\n");
    assertTrue(p.stream().anyMatch(x -> x.contains("missing required key 'callers'")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains("missing required key 'handling'")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains("missing required key 'staff'")), p.toString());
  }

  @Test
  void yamlSyntaxErrorsAndDuplicatesAreLocated() {
    assertOneProblem(problems("name: [unclosed\n"), "test.yaml:", "not valid YAML");
    assertOneProblem(problems(VALID.replace("name: Test region", "name: Test region\nname: again")), "test.yaml:2:", "appears twice");
    assertOneProblem(problems(""), "empty");
    assertOneProblem(problems("- a\n- b\n"), "mapping");
  }

  @Test
  void yamlSyntaxErrorsAreOneLineWithLineAndColumn() {
    assertOneProblem(problems(VALID.replace("  calls_per_day: 900", "\tcalls_per_day: 900")),
        "test.yaml:4:1: tabs are not allowed for indentation in YAML; use spaces");
    assertOneProblem(problems("name: [unclosed\narrivals: 1\n"),
        "test.yaml:2:9: is not valid YAML: expected ',' or ']'", "(in the [ ] list that starts at line 1, column 7)");
    assertOneProblem(problems("name: x\n  bad: indent\n"), "test.yaml:2:6: is not valid YAML: mapping values are not allowed here");
    for (String p : problems("name: \"abc\narrivals: 1\n")) {
      assertTrue(!p.contains("\n") && !p.contains("^") && !p.contains("reader"), "one line, no parser dump: " + p);
    }
  }

  @Test
  void deepNestingIsRefusedWithItsLine() {
    StringBuilder deep = new StringBuilder("name: x\n");
    for (int level = 0; level < 60; level++) {
      deep.append("  ".repeat(level)).append("a:\n");
    }
    assertOneProblem(problems(deep.toString()), "test.yaml:52:", "is nested more than 50 levels deep");
    assertOneProblem(problems("name: " + "[".repeat(100) + "]".repeat(100) + "\n"), "test.yaml:1:", "is nested more than 50 levels");
    assertOneProblem(problems(VALID, "name=" + "[".repeat(100)), "--set name=[[[", "name: the value is nested more than 50 levels");
  }

  @Test
  void oversizedFilesAndOverridesAreRefusedBeforeParsing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.yaml");
    Files.writeString(big, VALID.replace("name: Test region", "note: " + "x".repeat((int) ScenarioFile.MAX_BYTES) + "\nname: x"));
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(big, List.of()));
    assertOneProblem(e.problems().stream().map(ScenarioProblem::toString).toList(),
        big + ": is " + Files.size(big) + " bytes; a scenario file may be at most 1048576 bytes (1 MiB)");
    String longValue = "x".repeat(ScenarioOverrides.MAX_CHARS);
    List<String> p = problems(VALID, "name=" + longValue);
    assertOneProblem(p, "--set name=xxx", "... (10005 characters): is 10005 characters long; --set takes at most 10000");
    assertTrue(p.get(0).length() < 400, "the message does not repeat the whole value: " + p.get(0).length() + " characters");
  }

  @Test
  void distributionsAcceptMeanWithCvOrSdAndNativeParameters() throws ScenarioException {
    String talk = "talk_time: {distribution: lognormal, mean: 7m, cv: 0.6}";
    String[][] cases = {
        {"{distribution: gamma, mean: 7m, cv: 0.5}", "420", "210"},
        {"{distribution: gamma, shape: 4, scale: 105s}", "420", "210"},
        {"{distribution: lognormal, mean: 7m, sd: 3.5m}", "420", "210"},
        {"{distribution: weibull, mean: 7m, cv: 0.5}", "420", "210"},
        {"{distribution: erlang, mean: 7m, k: 4}", "420", "210"},
        {"{distribution: erlang, mean: 7m, cv: 0.5}", "420", "210"},
        {"{distribution: uniform, min: 5m, max: 9m}", "420", "69.2820323"},
        {"{distribution: fixed, value: 7m}", "420", "0"},
        {"{distribution: empirical, values: [6m, 8m]}", "420", "60"},
    };
    for (String[] c : cases) {
      Scenario s = parse(VALID.replace(talk, "talk_time: " + c[0]));
      assertEquals(Double.parseDouble(c[1]), s.handling().talkTime().mean(), 1e-6, c[0] + " mean");
      assertEquals(Double.parseDouble(c[2]), s.handling().talkTime().sd(), 1e-6, c[0] + " sd");
    }
  }

  @Test
  void distributionMistakesAreExplained() {
    String talk = "talk_time: {distribution: lognormal, mean: 7m, cv: 0.6}";
    assertOneProblem(problems(VALID.replace(talk, "talk_time: {distribution: erlang, mean: 7m, cv: 0.6}")),
        "handling.talk_time.cv", "whole number");
    assertOneProblem(problems(VALID.replace(talk, "talk_time: {distribution: gamma, mean: 7m}")),
        "handling.talk_time", "needs cv or sd");
    assertOneProblem(problems(VALID.replace(talk, "talk_time: {distribution: gamma, mean: 7m, cv: 0.5, shape: 2, scale: 1m}")),
        "handling.talk_time.mean", "cannot be combined");
    assertOneProblem(problems(VALID.replace(talk, "talk_time: {distribution: lognormal, mean: 7m, cv: 0.6, sd: 1m}")),
        "handling.talk_time.sd", "either cv or sd");
  }

  @Test
  void distributionMessagesShowValuesAsWrittenNotInSeconds() {
    String talk = "talk_time: {distribution: lognormal, mean: 7m, cv: 0.6}";
    String[][] cases = {
        {"{distribution: uniform, min: 10m, max: 5m}", "handling.talk_time.max: \"5m\" must be above min (\"10m\")"},
        {"{distribution: exponential, mean: 0m}", "handling.talk_time.mean: \"0m\" must be a duration above zero"},
        {"{distribution: lognormal, mean: 0s, cv: 0.5}", "handling.talk_time.mean: \"0s\" must be a duration above zero"},
        {"{distribution: gamma, mean: 7m, cv: 4.8}", "handling.talk_time.cv: 4.8 must be from 0.01 to 4.47 for a gamma distribution"},
        {"{distribution: gamma, mean: 7m, sd: 1h}", "handling.talk_time.sd: \"1h\" is 8.5714 times the mean (\"7m\")"},
        {"{distribution: weibull, shape: 2, scale: 0s}", "handling.talk_time.scale: \"0s\" must be a duration above zero"},
        {"{distribution: uniform, mean: 7m, cv: 0.9}", "handling.talk_time.cv: 0.9 must be above 0 and at most 0.577"},
        {"{distribution: erlang, mean: 7m, cv: 0.6}", "handling.talk_time.cv: 0.6 gives 1/cv² = 2.778 phases"},
    };
    for (String[] c : cases) {
      assertOneProblem(problems(VALID.replace(talk, "talk_time: " + c[0])), "test.yaml:13: " + c[1]);
    }
    assertOneProblem(problems(VALID, "queue.max_predicted_wait=0m"), "queue.max_predicted_wait: \"0m\" must be a positive duration");
  }

  @Test
  void overridesAreAppliedAndValidatedLikeFileValues() throws ScenarioException {
    Scenario s = parse(VALID, "staff.groups[0].shifts[1].nurses=9", "callers.patience.mean=12m",
        "arrivals.weekday_factors=[1,1,1,1,1,1,1]", "simulation.seed=7");
    assertEquals(9, s.staff().get(0).shifts().get(1).nurses());
    assertEquals(720, s.callers().patience().mean(), 0.0);
    assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), s.arrivals().weekdayFactors());
    assertEquals(7, s.simulation().seed());

    assertOneProblem(problems(VALID, "callers.patience.mean=abc"), "--set callers.patience.mean=abc", "not a duration");
    assertOneProblem(problems(VALID, "staff.groups[3].name=x"), "staff.groups[3] does not exist: the list has 1 item, [0]");
    assertOneProblem(problems(VALID, "nonsense"), "key.path=value");
    assertOneProblem(problems(VALID, "callers.patiense.mean=3m"), "callers.patiense", "did you mean 'patience'");
  }

  @Test
  void inputsThatCouldSlipThroughAreRefused() {
    assertOneProblem(problems(VALID, "queue.max_waiting=-4294967291"), "queue.max_waiting");
    assertOneProblem(problems(VALID, "queue.max_predicted_wait=1e999s"), "queue.max_predicted_wait", "not a duration");
    assertOneProblem(problems(VALID, "arrivals.calls_per_day=1e999"), "arrivals.calls_per_day", "not a number");
    assertOneProblem(problems(VALID.replace("calls_per_day: 900", "calls_per_year: 1000"), "arrivals.weekday_factors=[0,0,0,0,0,0,0]"),
        "arrivals.calls_per_year", "every weekday factor is 0");
    assertOneProblem(problems(VALID.replace("name: Test region", "name: &n Test region\nnote: *n")), "alias");
  }

  @Test
  void overrideProblemsNameTheOptionThePathAndTheReason() {
    assertOneProblem(problems(VALID, "arrivals.calls_per_day="),
        "--set arrivals.calls_per_day=: arrivals.calls_per_day: is empty, but it is required");
    assertOneProblem(problems(VALID.replace("calls_per_day: 900", "calls_per_day:")),
        "test.yaml:4: arrivals.calls_per_day: is empty, but it is required");
    assertOneProblem(problems(VALID, "arrivals.calls_per_day.x=1"),
        "--set arrivals.calls_per_day.x=1: arrivals.calls_per_day.x: arrivals.calls_per_day is a value (900), not a section");
    assertOneProblem(problems(VALID, "arrivals.calls_per_day[0]=1"),
        "--set arrivals.calls_per_day[0]=1: arrivals.calls_per_day[0]: arrivals.calls_per_day is a value (900), not a list");
    assertOneProblem(problems(VALID, "staff.groups.x=1"), "staff.groups is a list, not a section");
    assertOneProblem(problems(VALID, "staff.groups[99999999999].name=x"),
        "--set staff.groups[99999999999].name=x: staff.groups[99999999999].name: staff.groups[99999999999] does not exist:"
            + " the list has 1 item, [0]");
    assertOneProblem(problems(VALID, "staff..name=x"), "--set staff..name=x: staff..name: is not a key path: an empty part");
    assertOneProblem(problems(VALID, "arrivals.weekday_factors=[1,2"),
        "--set arrivals.weekday_factors=[1,2: arrivals.weekday_factors: the value is not valid YAML (at character 5 of the value)");
    assertOneProblem(problems(VALID, "queue={max_waiting: 5, max_waiting: 6}"),
        "queue: the value's key 'max_waiting' appears twice in the same section");
    assertOneProblem(problems(VALID, "name=*x"), "name: the value uses a YAML alias (*x)");
  }

  /** {@code --seed 7} and the like: a scenario key set like {@code --set} sets it, the option named as typed. */
  @Test
  void anOptionThatStandsForAKeyIsAppliedAfterSetAndBeforeVary() throws ScenarioException {
    List<OptionOverride> seven = List.of(new OptionOverride("--seed", "7", "simulation.seed"));
    assertEquals(7, ScenarioReader.parse(VALID, "test.yaml", "test", List.of("simulation.seed=5"), seven, List.of())
        .simulation().seed());
    assertEquals(3, ScenarioReader.parse(VALID, "test.yaml", "test", List.of(), seven, List.of("simulation.seed=3"))
        .simulation().seed());
    List<String> bad = new ArrayList<>();
    for (OptionOverride o : List.of(new OptionOverride("--replications", "1", "simulation.replications"),
        new OptionOverride("--days", "", "simulation.days"))) {
      ScenarioException e = assertThrows(ScenarioException.class,
          () -> ScenarioReader.parse(VALID, "test.yaml", "test", List.of(), List.of(o), List.of()));
      e.problems().forEach(p -> bad.add(p.toString()));
    }
    assertEquals(List.of(
        "--replications 1: simulation.replications: 1 must be from 2 (a confidence interval needs two) to 100000",
        "--days : simulation.days: needs a value"), bad);
  }

  @Test
  void aServiceLevelGoalMayLeaveOutItsThreshold() throws ScenarioException {
    Scenario s = parse(VALID, "targets.service_level={share: 0.7}");
    assertEquals(new ServiceLevelTarget(300, 0.7), s.targets().serviceLevel());
  }

  @Test
  void chatCallbacksAndBlendedGroupsAreRead() throws ScenarioException {
    Scenario s = parse(VALID, "chat={adoption: 0.2, session_duration: {distribution: fixed, value: 20m},"
        + " nurse_time: {distribution: fixed, value: 8m}, concurrency: 3, outside_open: phone,"
        + " open: [{days: mon-fri, start: \"08:00\", end: \"17:00\"}]}",
        "staff.groups[0].channels=[phone, chat]", "staff.groups[0].priority=chat",
        "callers.callback={offer_when_predicted_wait_over: 20m, accept_probability: 0.5, keep_place: false}",
        "callers.chat_link={offer_when_predicted_wait_over: 10m, accept_probability: 0.15}",
        "targets.chat_response_within={within: 15m, share: 0.8}");
    assertEquals(0.2, s.chat().adoption(), 0.0);
    assertEquals(3, s.chat().concurrency());
    assertTrue(s.chat().outsideOpenPhone());
    assertEquals(List.of(new OpenHours(DaySet.parse("mon-fri"), 480, 1020)), s.chat().open());
    assertEquals(java.util.Set.of(Channel.PHONE, Channel.CHAT), s.staff().get(0).channels());
    assertEquals(Channel.CHAT, s.staff().get(0).priority());
    assertEquals(new Callback(1200, 0.5, false), s.callers().callback());
    assertEquals(new ChatLink(600, 0.15), s.callers().chatLink());
    assertEquals(900, s.targets().chatResponseSeconds(), 0.0);

    assertOneProblem(problems(VALID, "chat={adoption: 0.2, session_duration: {distribution: fixed, value: 20m},"
        + " nurse_time: {distribution: fixed, value: 8m}}"), "chat.adoption", "needs a staff group that answers chat");
    assertOneProblem(problems(VALID, "staff.groups[0].channels=[phone, chats]"), "staff.groups[0].channels", "did you mean 'chat'");
    assertOneProblem(problems(VALID, "staff.groups[0].channels=[chat]"), "staff.groups[0].channels", "needs a chat section");
    assertOneProblem(problems(VALID, "callers.chat_link={offer_when_predicted_wait_over: 10m, accept_probability: 0.15}"),
        "callers.chat_link", "needs a chat section");
  }

  @Test
  void aCallbackThatCannotReachTheResidentIsRefusedKeyByKey() throws ScenarioException {
    String callback = "callers.callback={offer_when_predicted_wait_over: 20m, accept_probability: 0.5, ";
    assertOneProblem(problems(VALID, callback + "reach_probability: 0}"), "callers.callback.reach_probability", "above 0");
    assertOneProblem(problems(VALID, callback + "retry_after: 8d}"), "callers.callback.retry_after", "0s to 7d");
    assertOneProblem(problems(VALID, callback + "max_tries: 0}"), "callers.callback.max_tries", "1 to 20");
    assertOneProblem(problems(VALID, callback + "ring_time: 2h}"), "callers.callback.ring_time", "0s to 1h");
    Scenario s = parse(VALID, callback + "reach_probability: 0.8, max_tries: 2}");
    assertEquals(new Callback(1200, 0.5, true, 0.8, Callback.DEFAULT_RETRY_AFTER_SECONDS, 2, Callback.DEFAULT_RING_SECONDS),
        s.callers().callback());
  }

  @Test
  void longestWaitingIsAPriorityOfItsOwn() throws ScenarioException {
    Scenario s = parse(VALID, "staff.groups[0].priority=longest_waiting");
    assertTrue(s.staff().get(0).longestWaitingFirst());
    assertOneProblem(problems(VALID, "staff.groups[0].priority=longest"), "staff.groups[0].priority", "longest_waiting");
  }

  @Test
  void overnightShiftsRunPastMidnight() throws ScenarioException {
    Scenario s = parse(VALID.replace("start: \"16:00\", end: \"22:00\"", "start: \"22:00\", end: \"07:00\""));
    assertEquals(9 * 60, s.staff().get(0).shifts().get(1).lengthMinutes());
    assertOneProblem(problems(VALID.replace("start: \"16:00\", end: \"22:00\"", "start: \"16:00\", end: \"16:00\"")),
        "staff.groups[0].shifts[1].end", "must differ from start");
  }

  @Test
  void everyBundledScenarioReads() throws Exception {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("scenarios"), "*.yaml")) {
      dir.forEach(files::add);
    }
    assertTrue(files.size() >= 3, "bundled scenarios: " + files);
    for (Path f : files) {
      assertInstanceOf(Scenario.class, ScenarioReader.read(f, List.of()), f.toString());
    }
  }

  @Test
  void daySetsAndDurations() {
    assertEquals(0b1110011, DaySet.parse("fri-tue").mask(), "fri, sat, sun, mon, tue");
    assertEquals(0b0010101, DaySet.parse("mon,wed,fri").mask());
    assertEquals(null, DaySet.parse("monday"));
    assertEquals(90, Durations.parseSeconds("90s"), 0.0);
    assertEquals(5400, Durations.parseSeconds("1.5h"), 0.0);
    assertEquals(420, Durations.parseSeconds(" 7m "), 0.0);
    assertTrue(Double.isNaN(Durations.parseSeconds("7")));
    assertEquals(1440, TimeOfDay.parseMinutes("24:00"));
    assertEquals(-1, TimeOfDay.parseMinutes("24:01"));
    assertEquals(-1, TimeOfDay.parseMinutes("7:60"));
  }

  @Test
  void aSetThatConflictsWithTheFilesOtherVolumeKeySaysHowToDropIt() {
    String yaml = """
        arrivals: {calls_per_year: 120000}
        callers: {patience: {distribution: exponential, mean: 10m}}
        handling: {talk_time: {distribution: fixed, value: 5m}}
        staff: {groups: [{name: a, shifts: [{days: all, start: "00:00", end: "24:00", nurses: 1}]}]}
        """;
    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioReader.parse(yaml, "test.yaml", "test", List.of("arrivals.calls_per_day=500")));
    assertEquals("--set arrivals.calls_per_day=500: arrivals.calls_per_day: the scenario gives calls_per_year already;"
        + " give either, not both (add --set arrivals.calls_per_year= to drop it)", e.problems().get(0).toString());
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> ScenarioReader.parse(yaml, "test.yaml", "test", List.of("arrivals.calls_per_day=500", "arrivals.calls_per_year=")));
  }
}
