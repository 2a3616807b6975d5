package se.sim1177.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.Main;

/**
 * Issue 24: the Slurm array job of {@code deploy/slurm/} run for real. The test starts a
 * single-node cluster on this machine (munged, slurmctld and slurmd from Debian's munge and
 * slurm-wlm, with a slurm.conf of its own on free ports), submits a run as 3 shards (in two
 * arrays) and the merge after them with {@code deploy/slurm/submit.sh --wait}, and compares the merged folder with the
 * run in one process, byte for byte (run.json but for its time, threads and shards).
 *
 * <p>Where the cluster cannot start (the packages missing, not root), the test says why and
 * fails: {@code .ci/run} installs the packages. Set {@code SIM1177_SKIP_SLURM=1} to skip it
 * explicitly on a machine without them.
 */
class SlurmClusterTest {
  private static final String EPOCH = "1765000000";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private final List<Process> daemons = new ArrayList<>();

  @Test
  void anArrayJobOfShardsAndItsMergeGiveTheOneProcessResults() throws Exception {
    Assumptions.assumeFalse("1".equals(System.getenv("SIM1177_SKIP_SLURM")), "SIM1177_SKIP_SLURM=1: the Slurm test is skipped");
    for (String binary : List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/bin/sinfo")) {
      if (!Files.isExecutable(Path.of(binary))) {
        fail(binary + " is missing: install Debian's slurm-wlm and munge (apt-get install slurm-wlm munge; .ci/run does),"
            + " or set SIM1177_SKIP_SLURM=1 to skip this test");
      }
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      fail("the single-node Slurm cluster needs root (slurmd starts jobs as their user); run as root, or set SIM1177_SKIP_SLURM=1");
    }
    Path munge = startMunge();
    Path conf = writeSlurmConf(munge);
    try {
      daemons.add(daemon(tmp.resolve("slurmctld.out"), "/usr/sbin/slurmctld", "-D", "-f", conf.toString()));
      daemons.add(daemon(tmp.resolve("slurmd.out"), "/usr/sbin/slurmd", "-D", "-f", conf.toString()));
      awaitIdleNode(conf);

      Path shards = tmp.resolve("shards");
      Path results = tmp.resolve("results");
      List<String> work = List.of("run", Path.of("scenarios/02-varmland-2019.yaml").toAbsolutePath().toString(),
          "--replications", "7", "--seed", "11", "--set", "simulation.days=4", "--set", "simulation.warmup_days=1");
      List<String> submit = new ArrayList<>(List.of("bash", "deploy/slurm/submit.sh", "--wait", "3", shards.toString(),
          results.toString()));
      submit.addAll(work);
      ProcessBuilder pb = new ProcessBuilder(submit).redirectErrorStream(true).redirectOutput(tmp.resolve("submit.out").toFile());
      Map<String, String> env = pb.environment();
      env.put("SLURM_CONF", conf.toString());
      env.put("SIM1177", launcher().toString());
      env.put("SIM1177_SBATCH_OPTIONS", "--cpus-per-task=1 --mem=1G --time=10:00");
      // Arrays of at most 2 tasks: the 3 shards go as two arrays (offsets 0 and 2), as a cluster's
      // MaxArraySize makes a large study go, and the merge waits for both.
      env.put("SIM1177_MAX_ARRAY", "2");
      env.put("SOURCE_DATE_EPOCH", EPOCH);
      Process p = pb.start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("the jobs took over 5 minutes:\n" + logs(shards));
      }
      assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("submit.out")) + logs(shards));
      String said = Files.readString(tmp.resolve("submit.out"));
      assertTrue(said.contains("submitted shards 0 to 1") && said.contains("submitted shards 2 to 2") && said.contains("merged: " + results),
          said);

      // The same work in one process, into the same folder name (its command line is in report.html).
      Path merged = Files.move(results, tmp.resolve("merged"));
      List<String> one = new ArrayList<>(work);
      one.addAll(List.of("--threads", "1", "--out", results.toString()));
      System.setProperty("sim1177.source_date_epoch", EPOCH);
      try {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(one.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
      } finally {
        System.clearProperty("sim1177.source_date_epoch");
      }
      List<String> names = names(results);
      assertEquals(names, names(merged));
      for (String name : names) {
        if (name.equals("run.json")) {
          assertEquals(withoutTiming(results.resolve(name)), withoutTiming(merged.resolve(name)));
        } else {
          assertArrayEquals(Files.readAllBytes(results.resolve(name)), Files.readAllBytes(merged.resolve(name)), name);
        }
      }
      assertEquals(3, JSON.readTree(merged.resolve("run.json").toFile()).path("shards").size());

      // Shards that fail (a line too full for --max-callers 20) cancel the merge, and --wait says so
      // (review finding: sbatch --wait ended with 0 for the cancelled merge).
      List<String> failing = new ArrayList<>(submit.subList(0, 4));
      failing.addAll(List.of(tmp.resolve("failing-shards").toString(), tmp.resolve("failing-results").toString()));
      failing.addAll(work);
      failing.addAll(List.of("--max-callers", "20"));
      pb.command(failing).redirectOutput(tmp.resolve("failing.out").toFile());
      Process f = pb.start();
      assertTrue(f.waitFor(5, TimeUnit.MINUTES), "the failing jobs ended");
      String failed = Files.readString(tmp.resolve("failing.out"));
      assertTrue(f.exitValue() != 0 && failed.contains("the merge did not succeed"), failed);
      assertTrue(!Files.exists(tmp.resolve("failing-results")), "no results");
    } finally {
      stopCluster(conf);
    }
  }

  /** munged with a key and socket of the test's own, as root ({@code --force}). */
  private Path startMunge() throws IOException, InterruptedException {
    Path dir = Files.createDirectory(tmp.resolve("munge"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
    byte[] key = new byte[128];
    new SecureRandom().nextBytes(key);
    Path keyFile = dir.resolve("munge.key");
    Files.write(keyFile, key);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    Path socket = dir.resolve("munge.socket");
    Process p = new ProcessBuilder("/usr/sbin/munged", "--force", "--key-file=" + keyFile, "--socket=" + socket,
        "--pid-file=" + dir.resolve("munged.pid"), "--log-file=" + dir.resolve("munged.log"), "--seed-file=" + dir.resolve("munged.seed"))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("munged.out").toFile()).start();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("munged did not start: " + Files.readString(tmp.resolve("munged.out")));
    }
    return socket;
  }

  private Path writeSlurmConf(Path mungeSocket) throws IOException, InterruptedException {
    String host = run("hostname", "-s").strip();
    long memoryMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
        .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 2).findFirst().orElse(2048);
    for (String d : List.of("state", "spool", "log")) {
      Files.createDirectories(tmp.resolve(d));
    }
    String conf = String.join("\n",
        "ClusterName=sim1177test",
        "SlurmctldHost=" + host + "(127.0.0.1)",
        "SlurmctldPort=" + freePort(),
        "SlurmdPort=" + freePort(),
        "AuthType=auth/munge",
        "AuthInfo=socket=" + mungeSocket,
        "CredType=cred/munge",
        "SlurmUser=root",
        "SlurmdUser=root",
        "StateSaveLocation=" + tmp.resolve("state"),
        "SlurmdSpoolDir=" + tmp.resolve("spool"),
        "SlurmctldPidFile=" + tmp.resolve("slurmctld.pid"),
        "SlurmdPidFile=" + tmp.resolve("slurmd.pid"),
        "SlurmctldLogFile=" + tmp.resolve("log/slurmctld.log"),
        "SlurmdLogFile=" + tmp.resolve("log/slurmd.log"),
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "JobAcctGatherType=jobacct_gather/none",
        "AccountingStorageType=accounting_storage/none",
        "SchedulerType=sched/builtin",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core_Memory",
        "ReturnToService=2",
        "MpiDefault=none",
        "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + Runtime.getRuntime().availableProcessors() + " RealMemory=" + memoryMb
            + " State=UNKNOWN",
        "PartitionName=sim1177 Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP",
        "");
    Path file = tmp.resolve("slurm.conf");
    Files.writeString(file, conf);
    return file;
  }

  private Process daemon(Path output, String... command) throws IOException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  private void awaitIdleNode(Path conf) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String state = "";
    while (System.nanoTime() < deadline) {
      for (Process d : daemons) {
        if (!d.isAlive()) {
          fail("a Slurm daemon stopped at start:\n" + tail(tmp.resolve("slurmctld.out")) + tail(tmp.resolve("log/slurmctld.log"))
              + tail(tmp.resolve("slurmd.out")) + tail(tmp.resolve("log/slurmd.log")));
        }
      }
      ProcessBuilder pb = new ProcessBuilder("sinfo", "-h", "-N", "-o", "%t").redirectErrorStream(true);
      pb.environment().put("SLURM_CONF", conf.toString());
      Process p = pb.start();
      state = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor();
      if (state.equals("idle")) {
        return;
      }
      Thread.sleep(500);
    }
    fail("the Slurm node did not become idle in 60 s (sinfo: " + state + "):\n" + tail(tmp.resolve("log/slurmctld.log"))
        + tail(tmp.resolve("log/slurmd.log")));
  }

  private void stopCluster(Path conf) throws IOException, InterruptedException {
    if (!daemons.isEmpty()) {
      ProcessBuilder pb = new ProcessBuilder("scontrol", "shutdown").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("SLURM_CONF", conf.toString());
      pb.start().waitFor(20, TimeUnit.SECONDS);
    }
    for (Process d : daemons) {
      d.destroy();
    }
    for (Process d : daemons) {
      if (!d.waitFor(20, TimeUnit.SECONDS)) {
        d.destroyForcibly();
      }
    }
    Path pid = tmp.resolve("munge/munged.pid");
    if (Files.exists(pid)) {
      long munged = Long.parseLong(Files.readString(pid).strip());
      new ProcessBuilder("kill", Long.toString(munged)).start().waitFor();
      // munged writes its seed file and removes its socket as it stops: the test's folder is removed
      // only once it has (a race that failed one run with "DirectoryNotEmptyException: .../munge").
      java.util.Optional<ProcessHandle> handle = ProcessHandle.of(munged);
      if (handle.isPresent()) {
        try {
          handle.get().onExit().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          handle.get().destroyForcibly();
        }
      }
    }
  }

  /** A script that starts sim1177 from this test's classes, as the jobs call it. */
  private Path launcher() throws IOException {
    Path script = tmp.resolve("sim1177");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
        + "' se.sim1177.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private String logs(Path shards) throws IOException {
    Path logs = Path.of(shards + "-logs");
    StringBuilder out = new StringBuilder();
    if (Files.isDirectory(logs)) {
      try (Stream<Path> files = Files.list(logs)) {
        for (Path f : files.sorted().toList()) {
          out.append("--- ").append(f.getFileName()).append('\n').append(tail(f));
        }
      }
    }
    return out + tail(tmp.resolve("log/slurmctld.log"));
  }

  private static String tail(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    List<String> lines = Files.readAllLines(file);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())) + "\n";
  }

  private static ObjectNode withoutTiming(Path runJson) throws IOException {
    ObjectNode n = (ObjectNode) JSON.readTree(runJson.toFile());
    n.remove(List.of("wall_seconds", "threads", "shards", "record_sha256"));
    return n;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
