package dev.rinse.cli;

import picocli.CommandLine;

/** The version, from the jar's manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {
  static String number() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rinse " + number()};
  }
}
