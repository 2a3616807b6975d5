package se.sim1177.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.Main;

/**
 * Issue 24: the Kubernetes manifests of {@code deploy/k8s/} hold what makes them work, read from
 * the files as Kubernetes reads them: the shards an Indexed Job whose completion index reaches
 * {@code --shard I/N} with N its completions; every shard's folder on the volume the merge reads;
 * resources requested and limited, {@code --threads} the CPU limit; pods that run as a user that
 * is not root, as the image's Dockerfile makes it; and the shard's arguments a command line
 * sim1177 accepts (run here with the index 0, on a small scenario).
 */
class KubernetesManifestTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Path K8S = Path.of("deploy/k8s");

  @TempDir
  Path tmp;

  @Test
  void theShardsAreAnIndexedJobWhoseIndexReachesShard() throws IOException {
    JsonNode job = YAML.readTree(K8S.resolve("shards-job.yaml").toFile());
    assertEquals("Job", job.path("kind").asText());
    JsonNode spec = job.path("spec");
    assertEquals("Indexed", spec.path("completionMode").asText(), "indexed mode gives each pod its number");
    int n = spec.path("completions").asInt();
    assertTrue(n >= 1 && spec.path("parallelism").asInt() <= n);
    JsonNode container = onlyContainer(spec);
    List<String> args = strings(container.path("args"));
    String shard = args.get(args.indexOf("--shard") + 1);
    Matcher m = Pattern.compile("\\$\\((\\w+)\\)/(\\d+)").matcher(shard);
    assertTrue(m.matches(), "--shard $(INDEX)/N: " + shard);
    assertEquals(n, Integer.parseInt(m.group(2)), "--shard's N is the Job's completions");
    String index = m.group(1);
    assertTrue(index.equals("JOB_COMPLETION_INDEX") || indexFromAnnotation(container, index),
        index + " is the pod's completion index");
    String out = args.get(args.indexOf("--out") + 1);
    assertTrue(out.contains("$(" + index + ")"), "each shard its own folder: " + out);
    assertEquals("Never", spec.path("template").path("spec").path("restartPolicy").asText());
    assertTrue(args.contains("--overwrite"), "a pod tried again replaces its own shard");

    JsonNode merge = YAML.readTree(K8S.resolve("merge-job.yaml").toFile());
    List<String> mergeArgs = strings(onlyContainer(merge.path("spec")).path("args"));
    assertEquals("merge", mergeArgs.get(0));
    String shardsFolder = out.substring(0, out.indexOf("/$(" + index + ")"));
    assertEquals(shardsFolder, mergeArgs.get(1), "the merge reads the folder the shards write into");
    assertEquals(claimAt(spec, shardsFolder), claimAt(merge.path("spec"), shardsFolder), "on the same volume");
    assertNotNull(claimAt(spec, shardsFolder));
  }

  @Test
  void podsHaveResourcesAndRunAsTheImagesUserNotRoot() throws IOException {
    String dockerfile = Files.readString(K8S.resolve("Dockerfile"));
    Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
    assertTrue(user.find(), "the image names a numeric user");
    int uid = Integer.parseInt(user.group(1));
    assertTrue(uid > 0);
    Matcher tag = Pattern.compile("-t (sim1177:[^ ]+)").matcher(dockerfile);
    assertTrue(tag.find());
    for (String file : List.of("shards-job.yaml", "merge-job.yaml")) {
      JsonNode spec = YAML.readTree(K8S.resolve(file).toFile()).path("spec");
      JsonNode pod = spec.path("template").path("spec");
      assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), file + ": runAsNonRoot");
      assertEquals(uid, pod.path("securityContext").path("runAsUser").asInt(), file + ": the image's user");
      JsonNode c = onlyContainer(spec);
      assertEquals(tag.group(1), c.path("image").asText(), file + ": the image the Dockerfile builds");
      assertFalse(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true), file);
      for (String kind : List.of("requests", "limits")) {
        for (String resource : List.of("cpu", "memory")) {
          assertFalse(c.path("resources").path(kind).path(resource).asText().isEmpty(), file + ": " + kind + "." + resource);
        }
      }
      List<String> args = strings(c.path("args"));
      assertEquals(c.path("resources").path("limits").path("cpu").asText(), args.get(args.indexOf("--threads") + 1),
          file + ": --threads is the CPU limit");
    }
  }

  @Test
  void theShardsArgumentsRunAsAShard() throws IOException {
    JsonNode spec = YAML.readTree(K8S.resolve("shards-job.yaml").toFile()).path("spec");
    List<String> args = new ArrayList<>();
    for (String a : strings(onlyContainer(spec).path("args"))) {
      args.add(a.replace("$(SHARD_INDEX)", "0").replace("$(JOB_COMPLETION_INDEX)", "0")
          .replace("/scenarios/scenario.yaml", "scenarios/02-varmland-2019.yaml").replace("/work", tmp.toString()));
    }
    // The work made small: what is tested is that sim1177 accepts every argument as written.
    args.set(args.indexOf("--replications") + 1, "16");
    args.addAll(List.of("--set", "simulation.days=2", "--set", "simulation.warmup_days=0"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(tmp.resolve("shards/0/run.json")));
  }

  private static JsonNode onlyContainer(JsonNode jobSpec) {
    JsonNode containers = jobSpec.path("template").path("spec").path("containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  private static boolean indexFromAnnotation(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (e.path("name").asText().equals(name)) {
        return e.path("valueFrom").path("fieldRef").path("fieldPath").asText()
            .equals("metadata.annotations['batch.kubernetes.io/job-completion-index']");
      }
    }
    return false;
  }

  /** The claim of the volume mounted at {@code path} or above it, or null. */
  private static String claimAt(JsonNode jobSpec, String path) {
    JsonNode pod = jobSpec.path("template").path("spec");
    for (JsonNode m : onlyContainer(jobSpec).path("volumeMounts")) {
      if (path.startsWith(m.path("mountPath").asText())) {
        for (JsonNode v : pod.path("volumes")) {
          if (v.path("name").asText().equals(m.path("name").asText())) {
            return v.path("persistentVolumeClaim").path("claimName").asText(null);
          }
        }
      }
    }
    return null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
