package io.keyadm.docs;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Console;
import io.keyadm.cli.Services;
import io.keyadm.cli.Streams;
import io.keyadm.provider.Providers;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc man pages of keyadm and every subcommand from the live command tree; the
 * build turns them into roff with Asciidoctor. Run at package time.
 */
public final class ManPages {

  private ManPages() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    out.mkdirs();
    Writer sink = Writer.nullWriter();
    Services services =
        new Services(
            new Streams(
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(sink),
                new PrintWriter(sink),
                Clock.systemUTC(),
                Console.NONE),
            Providers.builtIn());
    int rc =
        ManPageGenerator.generateManPage(
            out, null, new boolean[0], true, Cli.commandLine(services).getCommandSpec());
    if (rc != 0) throw new IllegalStateException("man page generation failed: " + rc);
  }
}
