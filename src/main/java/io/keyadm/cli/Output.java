package io.keyadm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.KeyadmException;
import io.keyadm.http.Redactor;
import io.keyadm.output.JqOutput;
import io.keyadm.output.KeyViews;
import io.keyadm.output.ObjectViews;
import io.keyadm.output.OutputFormat;
import io.keyadm.output.Printer;
import io.keyadm.output.Renderer;
import io.keyadm.provider.ProviderModule;
import java.util.function.Supplier;

/** How a run prints: the format, the printer, and the views of keys and other objects. */
public final class Output {

  private final GlobalOptions options;
  private final Streams streams;
  private final Supplier<ObjectMapper> mapper;
  private final Supplier<ProviderModule> module;
  private final Supplier<Redactor> redactor;
  private Renderer jq;

  Output(
      GlobalOptions options,
      Streams streams,
      Supplier<ObjectMapper> mapper,
      Supplier<ProviderModule> module,
      Supplier<Redactor> redactor) {
    this.options = options;
    this.streams = streams;
    this.mapper = mapper;
    this.module = module;
    this.redactor = redactor;
  }

  public ObjectMapper mapper() {
    return mapper.get();
  }

  /** What must never be printed: a secret shown once is registered here as it is delivered. */
  public Redactor redactor() {
    return redactor.get();
  }

  /** The format; {@code --jq} implies json and is compiled here, before anything is sent. */
  public OutputFormat format() {
    if (options.jq != null) {
      if (options.output != null && OutputFormat.parse(options.output) != OutputFormat.JSON)
        throw KeyadmException.usage(
            "--jq filters JSON: it cannot be combined with -o " + options.output);
      jq();
      return OutputFormat.JSON;
    }
    String f = options.output != null ? options.output : streams.env().get("KEYADM_OUTPUT");
    return f == null || f.isBlank() ? OutputFormat.TABLE : OutputFormat.parse(f);
  }

  /** Where notes and the output of --exec commands go. */
  public java.io.PrintWriter err() {
    return streams.err();
  }

  /** Whether {@code --jq} filters the output. */
  public boolean filtered() {
    return options.jq != null;
  }

  /** The --jq renderer, compiled once; typed as the interface so the jq classes load on use. */
  private Renderer jq() {
    if (jq == null) jq = new JqOutput(options.jq, mapper.get());
    return jq;
  }

  public Printer printer() {
    OutputFormat format = format();
    int width = format == OutputFormat.TABLE ? streams.console().width() : 0;
    Printer printer =
        new Printer(
            format,
            streams.out(),
            streams.err(),
            width,
            mapper.get(),
            options.quiet,
            width > 0 && colorAllowed());
    return options.jq == null ? printer : printer.rendering(jq());
  }

  /**
   * No colour with --no-color or a non-empty NO_COLOR (no-color.org); a terminal is checked by the
   * caller.
   */
  private boolean colorAllowed() {
    String noColor = streams.env().get("NO_COLOR");
    return !options.noColor && (noColor == null || noColor.isEmpty());
  }

  /** Keys as the selected provider shows them. */
  public KeyViews keys() {
    ProviderModule m = module.get();
    return new KeyViews(
        mapper.get(),
        options.showSecrets,
        redactor().secretFields(),
        m.listColumns(),
        m.detailColumns());
  }

  /** Status reports, RPC keys and server objects; secrets masked unless --show-secrets. */
  public ObjectViews objects() {
    return new ObjectViews(mapper.get(), options.showSecrets, redactor().secretFields());
  }

  /** Objects with every secret field masked, whatever --show-secrets says. */
  public ObjectViews objectsMasked() {
    return new ObjectViews(mapper.get(), false, redactor().secretFields());
  }

  /** Objects with secret fields in clear: what the operator asked to see (a login token). */
  public ObjectViews objectsInClear() {
    return new ObjectViews(mapper.get(), true, redactor().secretFields());
  }

  public boolean showSecrets() {
    return options.showSecrets;
  }
}
