package se.sim1177.web;

import java.nio.file.Path;

/**
 * Everything {@code sim1177 serve} is asked to do.
 *
 * @param scenario scenario file, or null for the bundled default
 * @param host the address to listen on (127.0.0.1 unless asked otherwise)
 * @param port the port (0: any free one)
 * @param threads worker threads for each simulation
 */
public record ServeOptions(Path scenario, String host, int port, int threads) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8177;
}
