package io.keyadm.cli.shell;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/** Splits a line into words as a POSIX shell does: quotes and backslash escapes. */
final class Words {

  /** A line whose quotes are not closed, or that does not split. */
  static final class Unparsable extends Exception {
    Unparsable(String message) {
      super(message);
    }
  }

  private final DefaultParser parser = new DefaultParser();

  DefaultParser parser() {
    return parser;
  }

  /** The words of {@code line}; empty for a blank line or a comment. */
  List<String> split(String line) throws Unparsable {
    if (line.isBlank() || line.strip().startsWith("#")) return List.of();
    try {
      return parser.parse(line, line.length(), ParseContext.ACCEPT_LINE).words().stream()
          .filter(w -> !w.isEmpty())
          .toList();
    } catch (EOFError e) {
      throw new Unparsable("unclosed quote");
    } catch (SyntaxError e) {
      throw new Unparsable(e.getMessage() == null ? "cannot split the line" : e.getMessage());
    }
  }
}
