package io.keyadm.config;

import io.keyadm.core.KeyadmException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds each secret through the documented chain, first found wins: {@code --x-file} (or stdin) →
 * environment variable → the profile's {@code x-command} → the profile's {@code x-env} variable →
 * the value stored in the config file.
 */
public final class CredentialChain {

  private static final long COMMAND_TIMEOUT_SECONDS = 30;

  private final Map<String, String> env;
  private final InputStream stdin;
  private boolean stdinUsed;

  public CredentialChain(Map<String, String> env, InputStream stdin) {
    this.env = env;
    this.stdin = stdin;
  }

  /**
   * @param file the value of the secret's {@code --x-file} option, or null
   * @param profile the profile in use, or null for ad-hoc use
   * @return the credential, or null when no link of the chain has one
   */
  public Credential find(Secret secret, String file, Profile profile) {
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
      return new Credential(
          runCommand(command, secret),
          "the " + secret.configKey() + "-command of profile " + profile.name());
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
                + ", which is not set");
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

  private static String runCommand(String command, Secret secret) {
    try {
      Process p =
          new ProcessBuilder("/bin/sh", "-c", command)
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String line =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw KeyadmException.auth(
            secret.configKey() + "-command did not finish within " + COMMAND_TIMEOUT_SECONDS + "s");
      }
      if (p.exitValue() != 0) {
        throw KeyadmException.auth(
            secret.configKey() + "-command failed with exit code " + p.exitValue());
      }
      if (line == null || line.isBlank()) {
        throw KeyadmException.auth(secret.configKey() + "-command printed nothing");
      }
      return line.strip();
    } catch (IOException e) {
      throw KeyadmException.auth(
          secret.configKey() + "-command could not be run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
    }
  }
}
