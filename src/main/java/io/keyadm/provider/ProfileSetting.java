package io.keyadm.provider;

import java.util.regex.Pattern;

/**
 * A plain (not secret) setting a provider's profiles may hold, set with {@code profile add
 * --<key>}.
 *
 * @param key the config-file key and option name without dashes, e.g. {@code auth-header}
 * @param valid the values it accepts (after trimming)
 */
public record ProfileSetting(String key, String paramLabel, String description, Pattern valid) {

  public String option() {
    return "--" + key;
  }
}
