package se.sim1177.report.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.sim1177.experiment.MetricSummary;

/** JSON helpers: one shared mapper, NaN written as null (JSON has no NaN). */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** A summary as {@code {mean, ci95_low, ci95_high, ci95_clipped}}. */
  public static ObjectNode summary(MetricSummary s) {
    ObjectNode n = MAPPER.createObjectNode();
    put(n, "mean", s.mean());
    put(n, "ci95_low", s.ci95Low());
    put(n, "ci95_high", s.ci95High());
    n.put("ci95_clipped", s.clipped());
    return n;
  }

  /** {@code node} as the files hold it: indented, ending in a line break. */
  public static String text(ObjectNode node) throws JsonProcessingException {
    return MAPPER.writeValueAsString(node) + "\n";
  }
}
