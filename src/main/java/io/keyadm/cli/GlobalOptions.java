package io.keyadm.cli;

/** The values of the global options, shared by every command of one run. */
public final class GlobalOptions {
  String profile;
  String output;
  String url;
  String provider;
  String timeout;
  boolean noColor;
  boolean debug;
  boolean quiet;
  boolean showSecrets;
  String tokenFile;
  String projectKeyFile;
  String businessKeyFile;
  Integer retries;
}
