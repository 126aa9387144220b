package io.keyadm.config;

import io.keyadm.core.KeyadmException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds each secret through the documented chain, first found wins: {@code --x-file} (or stdin) →
 * environment variable → the profile's {@code x-command} → the profile's {@code x-env} variable →
 * the value stored in the config file.
 */
public final class CredentialChain {

  private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

  private final Map<String, String> env;
  private final InputStream stdin;
  private final Supplier<Duration> budget;
  private boolean stdinUsed;

  public CredentialChain(Map<String, String> env, InputStream stdin) {
    this(env, stdin, () -> DEFAULT_BUDGET);
  }

  /**
   * @param budget the command's time budget ({@code --timeout}), which a token-command runs under
   */
  public CredentialChain(Map<String, String> env, InputStream stdin, Supplier<Duration> budget) {
    this.env = env;
    this.stdin = stdin;
    this.budget = budget;
  }

  /**
   * As {@link #find}, but a value no HTTP header can carry (a byte-order mark, a non-ASCII or a
   * control character) is a usage error naming where it came from, not a crash when it is sent.
   */
  public Credential find(Secret secret, String file, Profile profile) {
    Credential c = lookUp(secret, file, profile);
    if (c != null) checkPrintable(secret, c);
    return c;
  }

  private static void checkPrintable(Secret secret, Credential c) {
    String v = c.value();
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      String what =
          ch == '\uFEFF'
              ? "a byte-order mark"
              : ch < 0x20 || ch == 0x7f
                  ? "a control character"
                  : ch > 0x7e ? "a non-ASCII character" : null;
      if (what != null) {
        throw KeyadmException.usage(
            "the "
                + secret.configKey()
                + " from "
                + c.source()
                + " contains "
                + what
                + " at position "
                + (i + 1)
                + ", which no HTTP header can carry");
      }
    }
  }

  /**
   * @param file the value of the secret's {@code --x-file} option, or null
   * @param profile the profile in use, or null for ad-hoc use
   * @return the credential, or null when no link of the chain has one
   */
  private Credential lookUp(Secret secret, String file, Profile profile) {
    if (file != null)
      return new Credential(
          readSecretFile(file, secret.fileOption()), secret.fileOption() + " " + file);
    String fromEnv = env.get(secret.envVariable());
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Credential(fromEnv.strip(), "environment variable " + secret.envVariable());
    }
    if (profile == null) return null;
    String command = profile.get(secret.configKey() + "-command");
    if (command != null) {
      String what = "the " + secret.configKey() + "-command of profile " + profile.name();
      return new Credential(TokenCommand.run(command, what, budget.get()), what);
    }
    String variable = profile.get(secret.configKey() + "-env");
    if (variable != null) {
      String value = env.get(variable);
      if (value == null || value.isBlank()) {
        throw KeyadmException.auth(
            "profile "
                + profile.name()
                + " reads its "
                + secret.configKey()
                + " from $"
                + variable
                + (value == null ? ", which is not set" : ", which is empty"));
      }
      return new Credential(
          value.strip(), "environment variable " + variable + " (profile " + profile.name() + ")");
    }
    String stored = profile.get(secret.configKey());
    if (stored != null && !stored.isEmpty()) {
      return new Credential(
          stored,
          profile.isBuiltIn()
              ? "the built-in sandbox credential"
              : "the config file (profile " + profile.name() + ")");
    }
    return null;
  }

  /**
   * As {@link #find}, but a missing credential is an authentication failure that says where it
   * looked.
   */
  public Credential require(Secret secret, String file, Profile profile) {
    Credential c = find(secret, file, profile);
    if (c == null) {
      throw KeyadmException.auth(
          "no "
              + secret.configKey()
              + " found (looked at "
              + secret.fileOption()
              + ", $"
              + secret.envVariable()
              + (profile == null ? "" : " and profile " + profile.name())
              + ")");
    }
    return c;
  }

  /**
   * Reads a secret from a file or, for {@code -}, standard input: the first line, without its line
   * end. Used by {@code --x-file} options and by {@code profile add}.
   */
  public String readSecretFile(String file, String option) {
    String text;
    if ("-".equals(file)) {
      if (stdinUsed)
        throw KeyadmException.usage(
            option + " -: standard input was already read for another secret");
      stdinUsed = true;
      text = firstLine(stdin, option);
    } else {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        text = firstLine(in, option);
      } catch (NoSuchFileException e) {
        throw KeyadmException.usage(option + ": no such file: " + file);
      } catch (IOException e) {
        throw KeyadmException.usage(option + ": cannot read " + file + ": " + e.getMessage());
      }
    }
    // A file saved by a Windows editor: a byte-order mark before, a CR after (strip() takes the
    // CR).
    if (text != null && text.startsWith("\uFEFF")) text = text.substring(1);
    if (text == null || text.isBlank())
      throw KeyadmException.usage(
          option + ": " + ("-".equals(file) ? "standard input" : file) + " is empty");
    return text.strip();
  }

  private static String firstLine(InputStream in, String option) {
    try {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      throw KeyadmException.usage(option + ": cannot read: " + e.getMessage());
    }
  }
}
