package dev.rinse.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The process's standard input and output as bytes, for {@code rinse clean -}, whose document is bytes in
 * and bytes out; messages go through the command line's writers.
 */
record StandardStreams(InputStream in, OutputStream out) {
  static final StandardStreams SYSTEM = new StandardStreams(System.in, System.out);
}
