package dev.rinse.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The raw files a profile is built from, recorded as they are read: each rule, profile and policy file
 * (built-in ones included) with a checksum of its bytes, and each folder of packs with one of the
 * names it lists. Which files are read depends only on what was read before (a profile names its packs, a
 * pack its policy), so when every recorded source is as it was, building the profile again with the same
 * options would read the same bytes and build the same profile: a run can skip building it. Use one per
 * build; thread-safe.
 */
public final class RuleSources {
  private static final String BUILT_IN = "built-in:";
  private static final String FILE = "file:";
  private static final String FOLDER = "folder:";

  private final Map<String, String> read = new LinkedHashMap<>();

  /** The sources read so far, in reading order: a kind-prefixed name and its fingerprint. */
  public synchronized Map<String, String> fingerprints() {
    return new LinkedHashMap<>(read);
  }

  /**
   * Whether every source is as {@code fingerprints} (from {@link #fingerprints}) recorded it; reads each
   * file again, which costs a few small reads and no parsing.
   */
  public static boolean unchanged(Map<String, String> fingerprints) {
    if (fingerprints.isEmpty()) {
      return false; // nothing recorded: the profile was not built from files this class saw
    }
    try {
      for (Map.Entry<String, String> source : fingerprints.entrySet()) {
        if (!source.getValue().equals(fingerprintNow(source.getKey()))) {
          return false;
        }
      }
      return true;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return false; // gone or unreadable: building the profile reports it
    }
  }

  private static String fingerprintNow(String source) throws IOException {
    if (source.startsWith(BUILT_IN)) {
      return Fingerprint.quick(resourceBytes(source.substring(BUILT_IN.length())));
    }
    if (source.startsWith(FILE)) {
      return Fingerprint.quick(Files.readAllBytes(Path.of(source.substring(FILE.length()))));
    }
    if (source.startsWith(FOLDER)) {
      return listingFingerprint(packFiles(Path.of(source.substring(FOLDER.length()))));
    }
    return null;
  }

  /** Reads a file built into the jar ({@code rules/...}). */
  String builtIn(String name) {
    byte[] bytes = resourceBytes(name);
    record(BUILT_IN + name, Fingerprint.quick(bytes));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Reads a rule or policy file as UTF-8; bytes that are not UTF-8 are an error, as Files.readString has them. */
  public String file(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    record(FILE + file.toAbsolutePath().normalize(), Fingerprint.quick(bytes));
    return text;
  }

  /** The pack files of a folder ({@code *.yaml}, {@code *.yml}, not a profile), in name order. */
  List<Path> folder(Path folder) throws IOException {
    List<Path> files = packFiles(folder);
    record(FOLDER + folder.toAbsolutePath().normalize(), listingFingerprint(files));
    return files;
  }

  private synchronized void record(String source, String fingerprint) {
    read.put(source, fingerprint);
  }

  /** The pack files of a folder ({@code *.yaml}, {@code *.yml}, not a profile), in name order. */
  public static List<Path> packFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")
              || f.getFileName().toString().endsWith(".yml"))
          .filter(f -> !f.getFileName().toString().equals("profile.yaml"))
          .sorted()
          .toList();
    }
  }

  private static String listingFingerprint(List<Path> files) {
    return Fingerprint.quick(String.join("\n", files.stream().map(f -> f.getFileName().toString()).toList())
        .getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream in = RuleSources.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in rule file missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
