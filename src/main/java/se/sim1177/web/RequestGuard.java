package se.sim1177.web;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What every request to the what-if page must pass before anything runs: the page edits scenarios
 * on a manager's machine, so another web site open in the same browser must not reach it.
 *
 * <ul>
 *   <li>The {@code Host} header must name this server (127.0.0.1, localhost or [::1] with its port,
 *       or the {@code --host} given): a page from another site that points its own name at
 *       127.0.0.1 (DNS rebinding) sends its own name and is refused.
 *   <li>An {@code Origin} header, which browsers send with every post, must be this server's own:
 *       a cross-site post is refused; so is any request the browser marks as coming from another
 *       site ({@code Sec-Fetch-Site}), the page itself included.
 *   <li>A change must carry the token of the page it came from ({@link Sessions}), which another
 *       site cannot read.
 *   <li>A body is at most {@link #MAX_BODY_BYTES}.
 * </ul>
 */
final class RequestGuard {
  /** The most a request body may hold: the page's edits are a few hundred bytes. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final Set<String> authorities;

  /**
   * @param host the address the server listens on
   * @param port its port
   */
  RequestGuard(String host, int port) {
    Set<String> names = new LinkedHashSet<>();
    names.add("127.0.0.1");
    names.add("localhost");
    names.add("[::1]");
    if (isWildcard(host)) {
      names.addAll(machineAddresses());
    } else {
      names.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
    }
    Set<String> all = new LinkedHashSet<>();
    for (String n : names) {
      all.add(n.toLowerCase(Locale.ROOT) + ":" + port);
    }
    this.authorities = Collections.unmodifiableSet(all);
  }

  static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  /** The {@code host:port} names a request may address this server by. */
  Set<String> authorities() {
    return authorities;
  }

  /** Why the request must be refused, or null when it may go on. */
  Refusal check(String method, Headers headers) {
    String host = headers.getFirst("Host");
    if (host == null || !authorities.contains(host.toLowerCase(Locale.ROOT))) {
      return new Refusal(403, "the Host header " + quoted(host) + " is not this server's (" + String.join(", ", authorities)
          + "): refused, as a page from another site would send it");
    }
    String origin = headers.getFirst("Origin");
    if (origin != null && !(origin.startsWith("http://") && authorities.contains(origin.substring(7).toLowerCase(Locale.ROOT)))) {
      return new Refusal(403, "the request comes from " + quoted(origin) + ", not from this server's page: refused");
    }
    // Every request, the page's GET too: an image or frame of another site that loads the page
    // would otherwise open sessions until the manager's own is forgotten.
    String site = headers.getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return new Refusal(403, "the browser says the request comes from another site (" + site + "): refused");
    }
    String length = headers.getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
          return new Refusal(413, "the request body is " + length.trim() + " bytes, more than the " + MAX_BODY_BYTES + " allowed");
        }
      } catch (NumberFormatException e) {
        return new Refusal(400, "the Content-Length " + quoted(length) + " is not a number");
      }
    }
    return null;
  }

  private static String quoted(String s) {
    return s == null ? "(none)" : "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  private static Set<String> machineAddresses() {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          String text = a.getHostAddress().replaceFirst("%.*$", "");
          names.add(text.contains(":") ? "[" + text + "]" : text);
        }
      }
      names.add(InetAddress.getLocalHost().getHostName());
    } catch (SocketException | java.net.UnknownHostException e) {
      // The loopback names still work; a name that cannot be listed is refused, which is the safe side.
    }
    return names;
  }

  /** A refused request: the HTTP status and why, in words. */
  record Refusal(int status, String message) {}
}
