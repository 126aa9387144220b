package io.keyadm.cli.key;

import io.keyadm.core.Args;
import io.keyadm.core.KeyadmException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids a revoke acts on: from the command line, where {@code -} stands for standard input, one
 * id a line (blank lines and {@code #} comments skipped, as {@code key list -o id} pipes them).
 */
final class RevokeIds {

  private RevokeIds() {}

  static List<String> read(List<String> args, InputStream stdin) {
    Set<String> ids = new LinkedHashSet<>();
    boolean stdinRead = false;
    for (String a : args) {
      if (!a.equals("-")) {
        ids.add(Args.keyId(a));
        continue;
      }
      if (stdinRead) throw KeyadmException.usage("'-' may be given once");
      stdinRead = true;
      for (String line : lines(stdin)) {
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) continue;
        ids.add(Args.keyId(id));
      }
    }
    if (ids.isEmpty())
      throw KeyadmException.usage("no key ids on standard input: nothing to revoke");
    return new ArrayList<>(ids);
  }

  private static List<String> lines(InputStream in) {
    try {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (java.io.UncheckedIOException e) {
      throw KeyadmException.usage("cannot read key ids from standard input: " + e.getMessage());
    }
  }
}
