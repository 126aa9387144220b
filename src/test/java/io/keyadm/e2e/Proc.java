package io.keyadm.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged launcher as a real process. */
final class Proc {

  static final Path KEYADM = Path.of("target", "keyadm", "bin", "keyadm").toAbsolutePath();

  record Result(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  private Proc() {}

  static Result run(Path home, Map<String, String> env, String stdin, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(KEYADM.toString());
    cmd.addAll(List.of(args));
    return exec(home, env, stdin, cmd);
  }

  static Result exec(Path home, Map<String, String> env, String stdin, List<String> cmd) {
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
      pb.environment().remove("KEYADM_PROFILE");
      pb.environment().remove("KEYADM_TOKEN");
      pb.environment().remove("JAVA_HOME");
      pb.environment().remove("KEYADM_JAVA_OPTS");
      pb.environment().put("HOME", home.toString());
      pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
      pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
      pb.environment().putAll(env);
      Process p = pb.start();
      if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      var out = p.getInputStream();
      var err = p.getErrorStream();
      var errText = new java.util.concurrent.CompletableFuture<String>();
      Thread t =
          new Thread(
              () -> {
                try {
                  errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  errText.complete("");
                }
              });
      t.start();
      String outText = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + cmd);
      }
      return new Result(p.exitValue(), outText, errText.get(10, TimeUnit.SECONDS));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
