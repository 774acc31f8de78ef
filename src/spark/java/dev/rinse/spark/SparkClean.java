package dev.rinse.spark;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.corpus.CorpusWalker;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * rinse on Apache Spark, for a corpus that outgrows one machine: the files of a folder (on any Hadoop file
 * system) cleaned as {@code rinse clean} cleans them, into the same layout: each cleaned file, its change log
 * beside it, and {@code rinse-summary.json} made from every partition's files. The rules travel with the job
 * as text ({@link JobRules}); the cleaning is the library's ({@link Rinse}), the very code the command line runs.
 */
public final class SparkClean {
  private SparkClean() {}

  /**
   * {@code spark-submit --class dev.rinse.spark.SparkClean rinse.jar [--warc] INPUT OUTPUT [--rules PATH]...
   * [--filter-list FILE]... [--policy NAME|FILE] [--disable RULE]... [--generator NAME]}.
   */
  public static void main(String[] args) {
    Arguments arguments = Arguments.parse(args);
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("rinse"))) {
      if (arguments.warc()) {
        long documents = WarcClean.run(spark, arguments.input(), arguments.output(), arguments.rules());
        System.out.printf("%,d documents cleaned into %s%n", documents, arguments.output());
      } else {
        RunSummary.Totals totals = cleanFolder(spark, arguments.input(), arguments.output(), arguments.rules(),
            arguments.config());
        System.out.printf("%,d files: %,d ok, %,d with warnings, %,d failed; %,d skipped; written to %s%n",
            totals.files(), totals.ok(), totals.warning(), totals.error(), totals.skipped(), arguments.output());
      }
    }
  }

  /**
   * Cleans every file of a folder into {@code output}, as the command line would. Each partition writes its
   * files' outputs and counts them in its own summary; the summaries are merged, so that what travels back
   * to the driver is the totals and the files listed in them (failed, with warnings, skipped), not every file.
   *
   * @param input the folder, as a Hadoop path ({@code hdfs://...}, {@code s3a://...}, {@code file:/...})
   * @return the run's totals, also written as {@code OUTPUT/rinse-summary.json}
   */
  public static RunSummary.Totals cleanFolder(JavaSparkContext spark, String input, String output, JobRules rules,
      RunConfig config) {
    Configuration hadoop = spark.hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    String root = qualified(hadoop, input);
    RunSummary.Totals none = new RunSummary(config).totals(); // a folder with no file has no partition
    RunSummary.Totals totals = spark.binaryFiles(input)
        .mapPartitions(files -> {
          RunSummary part = new RunSummary(config);
          Configuration configuration = new Configuration();
          while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            cleanOne(root, file._1(), file._2(), output, rules, configuration, part);
          }
          return List.of(part.totals()).iterator();
        })
        .treeAggregate(none, RunSummary.Totals::merge, RunSummary.Totals::merge)
        .inPathOrder(); // as the command line lists them
    write(hadoop, output + "/" + CorpusCleaner.SUMMARY, ChangeLogJson.toBytes(totals));
    return totals;
  }

  /** Cleans one file, writes its outputs, and counts it in {@code summary}. */
  private static void cleanOne(String root, String path, PortableDataStream stream, String output, JobRules rules,
      Configuration hadoop, RunSummary summary) {
    String relative = path.startsWith(root + "/") ? path.substring(root.length() + 1) : path;
    if (hidden(relative)) {
      return; // as the walk leaves out hidden folders (.git)
    }
    if (!CorpusWalker.isCleaned(relative)) {
      summary.skip(relative);
      return;
    }
    String origin = new org.apache.hadoop.fs.Path(path).toUri().getPath();
    DocumentCleaner.Result result = rules.rinse()
        .clean(new Document(relative, origin, Source.of(length(stream), stream::toArray), null));
    FileLog log = result.log();
    if (result.outputBytes() != null) {
      write(hadoop, output + "/" + relative, result.outputBytes());
    }
    write(hadoop, output + "/" + relative + CorpusCleaner.LOG_SUFFIX, ChangeLogJson.toBytes(log));
    summary.add(log);
  }

  private static long length(PortableDataStream stream) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(stream.getPath());
      return path.getFileSystem(stream.getConfiguration()).getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(String relative) {
    for (String step : relative.split("/")) {
      if (step.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String qualified(Configuration hadoop, String folder) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
      return path.getFileSystem(hadoop).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
    }
  }

  /** Writes a whole file; a task that runs again writes it again, the same bytes. */
  static void write(Configuration hadoop, String file, byte[] bytes) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
      FileSystem fs = path.getFileSystem(hadoop);
      fs.setWriteChecksum(false); // the local file system's .crc beside each output: not part of the layout
      try (OutputStream out = fs.create(path, true)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static List<String> absolute(List<Path> paths) {
    return paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }

  /** The command line of the job. */
  record Arguments(boolean warc, String input, String output, JobRules rules, RunConfig config) {
    static Arguments parse(String[] args) {
      boolean warc = false;
      List<String> positional = new ArrayList<>();
      List<Path> packs = new ArrayList<>();
      List<Path> lists = new ArrayList<>();
      List<String> disabled = new ArrayList<>();
      String policy = null;
      String generator = "hexo";
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--warc" -> warc = true;
          case "--rules" -> packs.add(Path.of(args[++i]));
          case "--filter-list" -> lists.add(Path.of(args[++i]));
          case "--policy" -> policy = args[++i];
          case "--disable" -> disabled.add(args[++i]);
          case "--generator" -> generator = args[++i];
          default -> positional.add(args[i]);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("usage: SparkClean [--warc] INPUT OUTPUT [--rules PATH]... "
            + "[--filter-list FILE]... [--policy NAME|FILE] [--disable RULE]... [--generator NAME]");
      }
      JobRules rules = JobRules.read(packs, lists, policy, disabled, generator, DocumentCleaner.DEFAULT_MAX_SIZE);
      // recorded as the command line records them, so that verify and restore repeat the job's rules
      RunConfig config = new RunConfig(List.of(positional.get(0)), absolute(packs), disabled,
          0.3, 200, DocumentCleaner.DEFAULT_MAX_SIZE, "spark", generator, "auto", null)
          .withFilterLists(absolute(lists)).withPolicy(policy == null ? null : Rinse.Builder.policyKey(policy));
      return new Arguments(warc, positional.get(0), positional.get(1), rules, config);
    }
  }
}
