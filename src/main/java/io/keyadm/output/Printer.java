package io.keyadm.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.TerminalText;
import java.io.PrintWriter;

/** Prints a {@link Listing} on stdout in the chosen format; notes go to stderr. */
public final class Printer {

  private final OutputFormat format;
  private final PrintWriter out;
  private final PrintWriter err;
  private final int terminalWidth;
  private final ObjectMapper mapper;
  private final boolean quiet;
  private final boolean color;
  private Renderer override;

  public Printer(
      OutputFormat format,
      PrintWriter out,
      PrintWriter err,
      int terminalWidth,
      ObjectMapper mapper,
      boolean quiet,
      boolean color) {
    this.format = format;
    this.out = out;
    this.err = err;
    this.terminalWidth = terminalWidth;
    this.mapper = mapper;
    this.quiet = quiet;
    this.color = color;
  }

  /** The same printer, rendering every listing with {@code renderer} ({@code --jq}). */
  public Printer rendering(Renderer renderer) {
    this.override = renderer;
    return this;
  }

  public OutputFormat format() {
    return format;
  }

  public void print(Listing listing) {
    if (override != null) {
      override.render(listing, out);
    } else if (format == OutputFormat.TABLE && !listing.vertical() && listing.rows().isEmpty()) {
      if (listing.emptyNote() != null) note(listing.emptyNote());
    } else {
      format.renderer(terminalWidth, color, mapper).render(listing, out);
    }
    out.flush();
  }

  /** A line for the operator on stderr (suppressed by --quiet). */
  public void note(String text) {
    if (quiet) return;
    err.println(TerminalText.safe(text));
    err.flush();
  }

  /** A warning on stderr, shown even with --quiet. */
  public void warn(String text) {
    err.println("keyadm: warning: " + TerminalText.safe(text));
    err.flush();
  }

  /** Prints text as-is on stdout: a one-time secret in table mode. */
  public void raw(String text) {
    out.println(text);
    out.flush();
  }

  public PrintWriter out() {
    return out;
  }
}
