package io.keyadm.provider;

import java.util.List;

/**
 * One command of the package-time training run, against the provider's sandbox.
 *
 * @param validCredential false to train the authentication-failure path with a wrong token
 */
public record TrainingRun(boolean validCredential, List<String> args) {

  public static TrainingRun of(String... args) {
    return new TrainingRun(true, List.of(args));
  }

  public static TrainingRun withWrongToken(String... args) {
    return new TrainingRun(false, List.of(args));
  }
}
