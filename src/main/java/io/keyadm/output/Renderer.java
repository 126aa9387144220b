package io.keyadm.output;

import java.io.PrintWriter;

/** Writes a {@link Listing} to stdout in one output format. */
public interface Renderer {

  void render(Listing listing, PrintWriter out);
}
