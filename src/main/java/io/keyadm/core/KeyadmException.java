package io.keyadm.core;

/**
 * A failure the operator can act on; its {@link Kind} fixes the exit code.
 *
 * <p>The message is the "why" of the one-line error; the command and host are added by whoever
 * prints it.
 */
public class KeyadmException extends RuntimeException {

  /** The documented exit codes. */
  public enum Kind {
    UNEXPECTED(1),
    USAGE(2),
    AUTH(3),
    NOT_FOUND(4),
    REJECTED(5),
    UNAVAILABLE(6),
    NETWORK(7),
    PARTIAL(8),
    INTERRUPTED(130);

    public final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  private final Kind kind;
  private final String requestId;

  public KeyadmException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public KeyadmException(Kind kind, String message, String requestId, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.requestId = requestId;
  }

  public Kind kind() {
    return kind;
  }

  public int exitCode() {
    return kind.exitCode;
  }

  public String requestId() {
    return requestId;
  }

  public static KeyadmException usage(String message) {
    return new KeyadmException(Kind.USAGE, message);
  }

  public static KeyadmException auth(String message) {
    return new KeyadmException(Kind.AUTH, message);
  }

  public static KeyadmException notFound(String message) {
    return new KeyadmException(Kind.NOT_FOUND, message);
  }

  public static KeyadmException unusable(String message) {
    return new KeyadmException(Kind.UNAVAILABLE, message);
  }

  /** The command exists but this provider's API has no such operation. */
  public static KeyadmException unsupported(
      String command, String provider, String... providersThatCan) {
    return usage(
        "'"
            + command
            + "' is not available for provider "
            + provider
            + " (available for: "
            + String.join(", ", providersThatCan)
            + ")");
  }
}
