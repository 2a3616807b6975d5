package se.sim1177.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import se.sim1177.scenario.YamlNode.Location;
import se.sim1177.scenario.YamlNode.MapNode;

/**
 * Reads a scenario file (YAML) into a validated {@link Scenario}, collecting one located message
 * per problem rather than stopping at the first. The keys read here are the scenario contract
 * documented in docs/scenario.md.
 */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** Reads {@code file}, applying {@code overrides} ({@code key.path=value}) first. */
  public static Scenario read(Path file, List<String> overrides) throws ScenarioException {
    return parse(ScenarioFile.readText(file), file.toString(), defaultName(file.getFileName().toString()), overrides);
  }

  /** The name of a scenario whose file ({@code fileName}) has no {@code name:}: the file name without {@code .yaml}/{@code .yml}. */
  public static String defaultName(String fileName) {
    return fileName.replaceFirst("\\.ya?ml$", "");
  }

  /** Parses scenario text; {@code source} names it in messages, {@code defaultName} is used when it has no name. */
  public static Scenario parse(String text, String source, String defaultName, List<String> overrides) throws ScenarioException {
    return parse(text, source, defaultName, overrides, List.of(), List.of());
  }

  /**
   * Parses scenario text with, in this order, {@code --set} overrides, the options that stand for
   * a scenario key ({@code --seed}, {@code --replications}) and {@code --vary} values (a sweep's
   * variant), each named by its option in messages: a later one wins over an earlier one for the
   * same key. The dedicated option wins over {@code --set} because it is the narrower request, and
   * a sweep's varied key wins over both, because a sweep whose varied key is then overwritten
   * would run the same variant again and again.
   */
  public static Scenario parse(String text, String source, String defaultName, List<String> overrides,
      List<OptionOverride> options, List<String> variations) throws ScenarioException {
    List<ScenarioProblem> problems = new ArrayList<>();
    YamlNode root = new YamlTreeReader(source, problems).read(text);
    if (root != null && !(root instanceof MapNode)) {
      problems.add(new ScenarioProblem(root.location(), "", "must be a YAML mapping of sections (name:, arrivals:, staff:, ...)"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    MapNode map = (MapNode) root;
    ScenarioOverrides.apply(map, overrides, "--set", problems);
    ScenarioOverrides.applyOptions(map, options, problems);
    ScenarioOverrides.apply(map, variations, "--vary", problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Scenario scenario = readScenario(new Section(map, "", problems), defaultName);
    if (!problems.isEmpty() || scenario == null) {
      throw new ScenarioException(problems.isEmpty()
          ? List.of(new ScenarioProblem(new Location(source, 0), "", "could not be read")) : problems);
    }
    return scenario;
  }

  /**
   * A problem found after reading, by a step that knows only the key it concerns (the staffing
   * search finding no roster within the seats): located on the first of {@code keyPaths} written in
   * {@code text} (the nearest section written, else the file), and shown under all of them.
   */
  public static ScenarioException problemAt(String text, String source, List<String> keyPaths, String message) {
    return problemAt(text, source, keyPaths, String.join(", ", keyPaths), message);
  }

  /**
   * As {@link #problemAt(String, String, List, String)}, shown under the first of {@code keyPaths}
   * written (the first when none is): for alternatives such as {@code arrivals.calls_per_year} and
   * {@code arrivals.calls_per_day}, of which a file writes one.
   */
  public static ScenarioException problemAtFirstWritten(String text, String source, List<String> keyPaths, String message) {
    List<ScenarioProblem> ignored = new ArrayList<>();
    YamlNode root = new YamlTreeReader(source, ignored).read(text);
    String shown = keyPaths.get(0);
    if (root instanceof MapNode map) {
      Section top = new Section(map, "", ignored);
      shown = keyPaths.stream().filter(k -> top.written(k) != null).findFirst().orElse(shown);
    }
    return problemAt(text, source, keyPaths, shown, message);
  }

  private static ScenarioException problemAt(String text, String source, List<String> keyPaths, String shownPath, String message) {
    List<ScenarioProblem> ignored = new ArrayList<>();
    YamlNode root = new YamlTreeReader(source, ignored).read(text);
    Location at = new Location(source, 0);
    if (root instanceof MapNode map) {
      Section top = new Section(map, "", ignored);
      at = keyPaths.stream().map(top::written).filter(java.util.Objects::nonNull).findFirst()
          .orElse(top.locate(keyPaths.get(0))).location();
    }
    return new ScenarioException(List.of(new ScenarioProblem(at, shownPath, message)));
  }

  private static Scenario readScenario(Section root, String defaultName) {
    String name = root.text("name", defaultName);
    RunControl run = readRunControl(root.section("simulation"));
    Arrivals arrivals = ArrivalsReader.readArrivals(root.requiredSection("arrivals", "calls_per_day, weekday_factors, intraday"));
    Callers callers = readCallers(root.requiredSection("callers", "balk_probability, patience, redial"));
    QueueLimits queue = readQueue(root.section("queue"));
    Handling handling = readHandling(root.requiredSection("handling", "talk_time, after_call_work"));
    List<StaffGroup> staff = readStaff(root.requiredSection("staff", "groups"));
    Targets targets = readTargets(root.section("targets"));
    Chat chat = readChat(root.section("chat"));
    Staffing staffing = root.has("staffing") ? StaffingReader.readStaffing(root.section("staffing")) : null;
    boolean staffingRead = !root.has("staffing") || staffing != null;
    root.rejectUnknownKeys();
    if (run == null || arrivals == null || callers == null || queue == null || handling == null || staff == null || targets == null
        || chat == null || !staffingRead) {
      return null;
    }
    return root.build(() -> new Scenario(name, run, arrivals, callers, queue, handling, staff, targets, chat, staffing));
  }

  /**
   * Reads one section the way every section is read: {@code absent} when it is not written;
   * otherwise {@code fields} reads its keys and returns how to make the record, keys nobody asked
   * for are reported, and the record is made only when the section read clean. Null when it did
   * not (its problems are recorded).
   */
  static <T> T read(Section s, T absent, Function<Section, Supplier<T>> fields) {
    if (s == null) {
      return absent;
    }
    int before = s.problemCount();
    Supplier<T> record = fields.apply(s);
    s.rejectUnknownKeys();
    return s.problemCount() > before ? null : s.build(record);
  }

  /** Each section of a list read by {@code reader}, leaving out those that had problems (recorded). */
  static <T> List<T> readEach(List<Section> sections, Function<Section, T> reader) {
    List<T> out = new ArrayList<>();
    for (Section s : sections) {
      T item = reader.apply(s);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** The distribution in section {@code key}, {@code absent} when it is not written, null when it has problems. */
  private static DistributionSpec distribution(Section s, String key, DistributionSpec absent) {
    Section d = s.section(key);
    return d == null ? absent : DistributionReader.read(d);
  }

  /** The distribution in required section {@code key} ({@code expected} says what to write), null when missing or wrong. */
  private static DistributionSpec requiredDistribution(Section s, String key, String expected) {
    Section d = s.requiredSection(key, expected);
    return d == null ? null : DistributionReader.read(d);
  }

  private static RunControl readRunControl(Section section) {
    return read(section, RunControl.defaults(), s -> {
      int days = s.smallInteger("days", RunControl.DEFAULT_DAYS);
      int warmup = s.smallInteger("warmup_days", RunControl.DEFAULT_WARMUP_DAYS);
      String start = s.choice("start_weekday", RunControl.DEFAULT_START_WEEKDAY.key(), WEEKDAYS);
      int replications = s.smallInteger("replications", RunControl.DEFAULT_REPLICATIONS);
      long seed = s.integer("seed", RunControl.DEFAULT_SEED);
      return () -> new RunControl(days, warmup, Weekday.parse(start), replications, seed);
    });
  }

  private static Callers readCallers(Section section) {
    return read(section, null, s -> {
      double balk = s.number("balk_probability", Callers.DEFAULT_BALK_PROBABILITY);
      DistributionSpec patience = requiredDistribution(s, "patience", "a distribution, like {distribution: exponential, mean: 10m}");
      Redial redial = readRedial(s.section("redial"));
      Callback callback = readCallback(s.section("callback"));
      ChatLink chatLink = readChatLink(s.section("chat_link"));
      return () -> new Callers(balk, patience, redial, callback, chatLink);
    });
  }

  private static Redial readRedial(Section section) {
    return read(section, Redial.NONE, s -> {
      double probability = s.requiredNumber("probability");
      Section delaySection = s.section("delay");
      DistributionSpec delay = delaySection == null ? Redial.NO_DELAY : DistributionReader.read(delaySection);
      if (delaySection == null && probability > 0) {
        s.problem(null, "missing required key 'delay' (a distribution of the time before calling again)");
      }
      int maxAttempts = s.smallInteger("max_attempts", Redial.DEFAULT_MAX_ATTEMPTS);
      return () -> new Redial(probability, delay, maxAttempts);
    });
  }

  private static Callback readCallback(Section section) {
    return read(section, null, s -> {
      double over = s.requiredDuration("offer_when_predicted_wait_over");
      double accept = s.requiredNumber("accept_probability");
      String keep = s.choice("keep_place", String.valueOf(Callback.DEFAULT_KEEP_PLACE), List.of("true", "false"));
      double reach = s.number("reach_probability", Callback.DEFAULT_REACH_PROBABILITY);
      double retryAfter = s.duration("retry_after", Callback.DEFAULT_RETRY_AFTER_SECONDS);
      int maxTries = s.smallInteger("max_tries", Callback.DEFAULT_MAX_TRIES);
      double ring = s.duration("ring_time", Callback.DEFAULT_RING_SECONDS);
      return () -> new Callback(over, accept, Boolean.parseBoolean(keep), reach, retryAfter, maxTries, ring);
    });
  }

  private static ChatLink readChatLink(Section section) {
    return read(section, null, s -> {
      double over = s.requiredDuration("offer_when_predicted_wait_over");
      double accept = s.requiredNumber("accept_probability");
      double maxChatWait = s.duration("max_chat_wait", ChatLink.DEFAULT_MAX_CHAT_WAIT_SECONDS);
      ChatLink.WhenCongested whenCongested = read(s.section("accept_when_congested"), null, w -> {
        double at = w.requiredDuration("at");
        double probability = w.requiredNumber("probability");
        return () -> new ChatLink.WhenCongested(at, probability);
      });
      return () -> new ChatLink(over, accept, maxChatWait, whenCongested);
    });
  }

  private static Chat readChat(Section section) {
    return read(section, Chat.NONE, s -> {
      double adoption = s.requiredNumber("adoption");
      double induced = s.number("induced_demand", Chat.DEFAULT_INDUCED_DEMAND);
      List<Double> intraday = s.numbers("intraday");
      List<Section> windows = s.sections("open");
      List<OpenHours> open = windows == null ? Chat.DEFAULT_OPEN : readEach(windows, ScenarioReader::readOpenHours);
      String outside = s.choice("outside_open", Chat.DEFAULT_OUTSIDE_OPEN_PHONE ? "phone" : "wait", List.of("wait", "phone"));
      double selfCare = s.number("self_care_automated", Chat.DEFAULT_SELF_CARE_AUTOMATED);
      DistributionSpec sessionDuration = requiredDistribution(s, "session_duration",
          "a distribution, like {distribution: lognormal, mean: 20m, cv: 0.8}");
      DistributionSpec nurseTime = requiredDistribution(s, "nurse_time", "a distribution, like {distribution: lognormal, mean: 8m, cv: 0.6}");
      int concurrency = s.smallInteger("concurrency", Chat.DEFAULT_CONCURRENCY);
      DistributionSpec patience = distribution(s, "patience", Chat.DEFAULT_PATIENCE);
      double silent = s.number("silent_abandon", Chat.DEFAULT_SILENT_ABANDON);
      double silentCheck = s.duration("silent_check_time", Chat.DEFAULT_SILENT_CHECK_SECONDS);
      double escalate = s.number("escalate_to_phone", Chat.DEFAULT_ESCALATE_TO_PHONE);
      double serveFirstAfter = s.duration("serve_first_after", Chat.DEFAULT_SERVE_FIRST_AFTER_SECONDS);
      ChannelChoice choice = readChoice(s.section("choice"));
      return () -> new Chat(adoption, induced, intraday, open, outside.equals("phone"), selfCare, sessionDuration, nurseTime,
          concurrency, patience, silent, silentCheck, escalate, serveFirstAfter, choice);
    });
  }

  private static ChannelChoice readChoice(Section section) {
    return read(section, null, s -> {
      s.requireKey("signal", "one of " + String.join(", ", ChannelChoice.Signal.KEYS));
      ChannelChoice.Signal signal = ChannelChoice.Signal.parse(s.choice("signal", "announced_wait", ChannelChoice.Signal.KEYS));
      double delay = s.duration("delay", ChannelChoice.DEFAULT_DELAY_SECONDS);
      double window = s.duration("window", ChannelChoice.DEFAULT_WINDOW_SECONDS);
      Section response = s.requiredSection("response", "{at: the signal's value, adoption: the share at that value}");
      double[] point = {Double.NaN, Double.NaN};
      if (response != null) {
        read(response, null, r -> {
          point[0] = signal == ChannelChoice.Signal.RECENT_ANSWER_RATE ? r.requiredNumber("at") : r.requiredDuration("at");
          point[1] = r.requiredNumber("adoption");
          return () -> point;
        });
      }
      return () -> new ChannelChoice(signal, delay, window, point[0], point[1]);
    });
  }

  private static OpenHours readOpenHours(Section section) {
    return read(section, null, s -> {
      Window w = readWindow(s);
      return () -> new OpenHours(w.days(), w.start(), w.end());
    });
  }

  private static QueueLimits readQueue(Section section) {
    return read(section, QueueLimits.NONE, s -> {
      int maxWaiting = s.smallInteger("max_waiting", QueueLimits.NONE.maxWaiting());
      double maxWait = s.duration("max_predicted_wait", QueueLimits.NONE.maxPredictedWaitSeconds());
      return () -> new QueueLimits(maxWaiting, maxWait);
    });
  }

  private static Handling readHandling(Section section) {
    return read(section, null, s -> {
      DistributionSpec talkTime = requiredDistribution(s, "talk_time", "a distribution, like {distribution: lognormal, mean: 7m, cv: 0.6}");
      DistributionSpec afterCallWork = distribution(s, "after_call_work", Handling.DEFAULT_AFTER_CALL_WORK);
      return () -> new Handling(talkTime, afterCallWork);
    });
  }

  private static List<StaffGroup> readStaff(Section section) {
    return read(section, null, s -> {
      s.requireKey("groups", "a list of staff groups");
      List<Section> groups = s.sections("groups");
      if (groups != null && groups.isEmpty()) {
        s.problem("groups", "must list at least one staff group");
      }
      List<StaffGroup> out = groups == null ? List.of() : readEach(groups, ScenarioReader::readGroup);
      return () -> out;
    });
  }

  private static StaffGroup readGroup(Section section) {
    return read(section, null, g -> {
      g.requireKey("name", "the group's name");
      String name = g.text("name", "");
      String workplace = g.choice("workplace", StaffGroup.DEFAULT_WORKPLACE.key(), WORKPLACES);
      double factor = g.number("handle_time_factor", StaffGroup.DEFAULT_HANDLE_TIME_FACTOR);
      double absence = g.number("absence", StaffGroup.DEFAULT_ABSENCE);
      Set<Channel> channels = readChannels(g);
      String priority = g.choice("priority", StaffGroup.defaultPriority(channels).key(), PRIORITIES);
      boolean longestWaiting = priority.equals(StaffGroup.LONGEST_WAITING);
      Channel first = longestWaiting ? StaffGroup.defaultPriority(channels) : Channel.parse(priority);
      g.requireKey("shifts", "a list of shifts like {days: mon-fri, start: \"07:00\", end: \"16:00\", nurses: 12}");
      List<Section> shiftSections = g.sections("shifts");
      List<Shift> shifts = shiftSections == null ? List.of() : readEach(shiftSections, ScenarioReader::readShift);
      return () -> new StaffGroup(name, Workplace.parse(workplace), factor, absence, shifts, channels, first, longestWaiting);
    });
  }

  /** {@code channels: [phone, chat]}, a single {@code chat}, or absent ({@link StaffGroup#DEFAULT_CHANNELS}). */
  private static Set<Channel> readChannels(Section g) {
    if (!g.has("channels")) {
      return StaffGroup.DEFAULT_CHANNELS;
    }
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String word : g.words("channels")) {
      Channel c = Channel.parse(word);
      if (c == null) {
        g.problem("channels", Section.quote(word) + " is not a channel" + Section.didYouMean(word, CHANNELS)
            + "; use phone, chat or [phone, chat]");
      } else {
        channels.add(c);
      }
    }
    // Nothing usable written (reported above, or an empty list): read on as the default.
    return channels.isEmpty() ? StaffGroup.DEFAULT_CHANNELS : channels;
  }

  private static Shift readShift(Section section) {
    return read(section, null, s -> {
      Window w = readWindow(s);
      s.requireKey("nurses", "how many nurses work this shift");
      int nurses = s.smallInteger("nurses", 0);
      ShiftBreak shiftBreak = readBreak(s.section("break"));
      return () -> new Shift(w.days(), w.start(), w.end(), nurses, shiftBreak);
    });
  }

  private static ShiftBreak readBreak(Section section) {
    return read(section, null, s -> {
      s.requireKey("start", "the time of day the break starts, like \"11:30\"");
      int start = s.timeOfDay("start", 0);
      s.requireKey("length", "how long it lasts, like 30m");
      double seconds = s.duration("length", 60);
      if (seconds % 60 != 0) {
        s.problem("length", Section.quote(Durations.format(seconds)) + " is not a whole number of minutes");
      }
      boolean paid = "true".equals(s.choice("paid", "false", List.of("true", "false")));
      return () -> new ShiftBreak(start, (int) (seconds / 60), paid);
    });
  }

  /** The {@code days}, {@code start} and {@code end} of a shift, an opening window or a staffing floor. */
  record Window(DaySet days, int start, int end) {}

  static Window readWindow(Section s) {
    String daysText = s.text("days", DaySet.ALL.toString());
    DaySet days = DaySet.parse(daysText);
    if (days == null) {
      s.problem("days", Section.quote(daysText) + " is not a set of days; write " + DaySet.ALLOWED);
    }
    s.requireKey("start", "a time of day " + TimeOfDay.ALLOWED);
    s.requireKey("end", "a time of day " + TimeOfDay.ALLOWED);
    int start = s.timeOfDay("start", 0);
    int end = s.timeOfDay("end", 60);
    if (start == 1440) {
      s.problem("start", "\"24:00\" cannot start anything; use 00:00 of the next day");
    }
    return new Window(days, start, end);
  }

  private static Targets readTargets(Section section) {
    return read(section, Targets.NONE, s -> {
      Double answerRate = s.has("answer_rate") ? s.number("answer_rate", 0) : null;
      Double meanWait = s.has("mean_wait") ? s.duration("mean_wait", 1) : null;
      ServiceLevelTarget phone = readServiceLevel(s.section("service_level"), Targets.DEFAULT_SERVICE_LEVEL_SECONDS);
      ServiceLevelTarget chat = readServiceLevel(s.section("chat_response_within"), Targets.DEFAULT_CHAT_RESPONSE_SECONDS);
      return () -> new Targets(answerRate, meanWait, phone, chat);
    });
  }

  /** {@code {within: 5m, share: 0.80}} ({@code within} defaulting as given), or null when absent or wrong (reported). */
  private static ServiceLevelTarget readServiceLevel(Section section, double defaultWithinSeconds) {
    return read(section, null, s -> {
      double within = s.duration("within", defaultWithinSeconds);
      double share = s.requiredNumber("share");
      return () -> new ServiceLevelTarget(within, share);
    });
  }

  /** The scenario words for {@code values}, in their declared order (the order messages list them). */
  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    List<String> keys = new ArrayList<>();
    for (E v : values) {
      keys.add(key.apply(v));
    }
    return keys;
  }

  private static final List<String> WEEKDAYS = keys(Weekday.values(), Weekday::key);
  private static final List<String> WORKPLACES = keys(Workplace.values(), Workplace::key);
  private static final List<String> CHANNELS = keys(Channel.values(), Channel::key);
  private static final List<String> PRIORITIES = java.util.stream.Stream.concat(CHANNELS.stream(),
      java.util.stream.Stream.of(StaffGroup.LONGEST_WAITING)).toList();
}
