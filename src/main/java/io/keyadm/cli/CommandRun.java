package io.keyadm.cli;

import io.keyadm.core.OptionValues;

/**
 * The command being run: its path below {@code keyadm} ({@code key create}) and the provider
 * options it was given.
 */
record CommandRun(String path, OptionValues options) {

  static final CommandRun NONE = new CommandRun("", OptionValues.none());
}
