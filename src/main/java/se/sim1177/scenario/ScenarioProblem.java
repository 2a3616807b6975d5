package se.sim1177.scenario;

/**
 * One problem in a scenario, located for the user: {@code file:line: key.path: message}.
 *
 * @param path the full key path ({@code staff.groups[1].shifts[0].end}), empty for the file itself
 */
public record ScenarioProblem(YamlNode.Location location, String path, String message) {
  @Override
  public String toString() {
    // One line per problem, whatever a value or a library message holds.
    return (location + ": " + (path.isEmpty() ? "" : path + ": ") + message).replaceAll("\\s*\\R\\s*", " ");
  }
}
