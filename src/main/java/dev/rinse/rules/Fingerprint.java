package dev.rinse.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/** Short content hashes that tell whether a rule file or policy changed between runs. */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The length and two checksums of different kinds (CRC-32C, Adler-32) of the bytes: tells whether a
   * file was edited (an edit that keeps all three does not happen by accident), not whether it was forged.
   * For what a run over unchanged files checks: the first SHA-256 in a JVM sets up the security
   * providers, a tenth of a second, more than the rest of such a run's checking.
   */
  public static String quick(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    Adler32 adler = new Adler32();
    adler.update(bytes);
    return bytes.length + "-" + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(adler.getValue());
  }

  public static String of(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
