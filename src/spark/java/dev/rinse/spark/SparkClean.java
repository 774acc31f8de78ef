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
import dev.rinse.corpus.InputFile;
import dev.rinse.corpus.Selection;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

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
   * Cleans every file of a folder into {@code output}, as the command line would. The driver lists the files
   * ({@link #list}); each partition reads its files, writes their outputs and counts them in its own summary;
   * the summaries are merged, so that what travels back to the driver is the totals and the files listed in
   * them (failed, with warnings, skipped), not every file.
   *
   * @param input the folder, as a Hadoop path ({@code hdfs://...}, {@code s3a://...}, {@code file:/...})
   * @return the run's totals, also written as {@code OUTPUT/rinse-summary.json}
   */
  public static RunSummary.Totals cleanFolder(JavaSparkContext spark, String input, String output, JobRules rules,
      RunConfig config) {
    Configuration hadoop = spark.hadoopConfiguration();
    Listing listing = list(hadoop, input, output, config);
    RunConfig run = listing.run();
    // the file system's settings travel once, not with each file (as binaryFiles' streams carry them)
    Broadcast<Map<String, String>> settings = spark.broadcast(settings(hadoop));
    RunSummary.Totals none = new RunSummary(run).totals(); // a folder with no file has no partition
    // a few partitions per core, so that one of large files does not leave the other cores idle
    int slices = Math.max(1, Math.min(listing.files().size(), 4 * spark.defaultParallelism()));
    RunSummary.Totals totals = spark.parallelize(listing.files(), slices)
        .mapPartitions(part -> {
          RunSummary summary = new RunSummary(run);
          Configuration configuration = configuration(settings.value());
          Rinse rinse = rules.rinse(); // once: finding the executor's instance compares the rules' texts
          while (part.hasNext()) {
            cleanOne(part.next(), output, rinse, configuration, summary);
          }
          return List.of(summary.totals()).iterator();
        })
        .treeAggregate(none, RunSummary.Totals::merge, RunSummary.Totals::merge)
        .merge(listing.unread().totals())
        .inPathOrder(); // as the command line lists them
    settings.destroy();
    write(hadoop, output + "/" + CorpusCleaner.SUMMARY, ChangeLogJson.toBytes(totals));
    return totals;
  }

  /** A file to clean: where it is, its path relative to the input folder, and its size when listed. */
  record Listed(String path, String relative, long size) implements Serializable {}

  /**
   * What the driver lists: the files to clean, in path order; a summary of those it does not read (skipped,
   * left out by {@code .rinseignore}); and the run as it was made.
   */
  record Listing(List<Listed> files, RunSummary unread, RunConfig run) {}

  /**
   * The files of a folder. A local folder is walked as the command line walks it ({@link CorpusWalker}):
   * links, pipes and dotted folders are not followed, {@code .rinseignore} files are read, and an output
   * folder inside the input is left out. On another file system (HDFS, S3) every file is listed but those in
   * folders whose names start with a dot, and the run records that no ignore file was read.
   */
  static Listing list(Configuration hadoop, String input, String output, RunConfig config) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = root.getFileSystem(hadoop);
      org.apache.hadoop.fs.Path qualified = fs.makeQualified(root);
      return fs.getScheme().equals("file") ? walk(Path.of(qualified.toUri()), output, config)
          : listRemote(fs, qualified, config.selecting(List.of(), List.of(), false));
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static Listing walk(Path root, String output, RunConfig config) {
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    Path exclude = "file".equals(out.toUri().getScheme()) || out.toUri().getScheme() == null
        ? Path.of(out.toUri().getPath()) : null;
    CorpusWalker.Listing walked = new CorpusWalker().walk(List.of(root), exclude, new Selection(config.include(),
        config.exclude(), config.ignoreFiles().contains(Selection.IGNORE_FILE)));
    RunSummary unread = new RunSummary(config);
    walked.skipped().forEach(file -> unread.skip(file.relative()));
    walked.leftOut().forEach(unread::leaveOut);
    List<Listed> files = new ArrayList<>();
    for (InputFile file : walked.toClean()) {
      // a file whose size cannot be read now is read in its task, where what goes wrong is its own failure
      files.add(new Listed(new org.apache.hadoop.fs.Path(file.file().toUri()).toString(), file.relative(),
          file.file().toFile().length()));
    }
    return new Listing(files, unread, config);
  }

  private static Listing listRemote(FileSystem fs, org.apache.hadoop.fs.Path root, RunConfig config) throws IOException {
    String prefix = root.toString() + "/";
    RunSummary unread = new RunSummary(config);
    List<Listed> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
    while (listing.hasNext()) {
      LocatedFileStatus file = listing.next();
      String path = file.getPath().toString();
      String relative;
      if (path.startsWith(prefix)) {
        relative = path.substring(prefix.length());
      } else if (path.equals(root.toString())) {
        relative = file.getPath().getName(); // the input is one file
      } else {
        throw new IllegalStateException(path + " is listed in " + root + " but is not under it");
      }
      if (inHiddenFolder(relative)) {
        continue;
      }
      if (CorpusWalker.isCleaned(relative)) {
        files.add(new Listed(path, relative, file.getLen()));
      } else {
        unread.skip(relative);
      }
    }
    files.sort(Comparator.comparing(Listed::relative));
    return new Listing(files, unread, config);
  }

  /** Cleans one file, writes its outputs, and counts it in {@code summary}. */
  private static void cleanOne(Listed file, String output, Rinse rinse, Configuration hadoop, RunSummary summary)
      throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
    FileSystem fs = path.getFileSystem(hadoop);
    // the size was listed on the driver: the file may have changed since, so up to one byte over the limit is read
    int most = (int) Math.min(rinse.maxSize() + 1, Integer.MAX_VALUE - 8);
    DocumentCleaner.Result result = rinse.clean(new Document(file.relative(), path.toUri().getPath(),
        Source.of(file.size(), () -> read(fs, path, most)), null));
    FileLog log = result.log();
    if (result.outputBytes() != null) {
      write(hadoop, output + "/" + file.relative(), result.outputBytes());
    }
    write(hadoop, output + "/" + file.relative() + CorpusCleaner.LOG_SUFFIX, ChangeLogJson.toBytes(log));
    summary.add(log);
  }

  private static byte[] read(FileSystem fs, org.apache.hadoop.fs.Path path, int most) throws IOException {
    try (InputStream in = fs.open(path)) {
      return in.readNBytes(most);
    }
  }

  /** Whether a file is in a folder whose name starts with a dot ({@code .git}), which the command line does not walk. */
  private static boolean inHiddenFolder(String relative) {
    String[] steps = relative.split("/");
    for (int i = 0; i < steps.length - 1; i++) {
      if (steps[i].startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> settings(Configuration hadoop) {
    Map<String, String> settings = new HashMap<>();
    hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    return settings;
  }

  private static Configuration configuration(Map<String, String> settings) {
    Configuration configuration = new Configuration(false);
    settings.forEach(configuration::set);
    return configuration;
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

  /** The input as a run records it: a local folder by its absolute path, another by its Hadoop path. */
  static String recorded(String input) {
    java.net.URI uri = new org.apache.hadoop.fs.Path(input).toUri();
    if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
      return input;
    }
    return Path.of(uri.getScheme() == null ? input : uri.getPath()).toAbsolutePath().normalize().toString();
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
      RunConfig config = new RunConfig(List.of(recorded(positional.get(0))), absolute(packs), disabled,
          0.3, 200, DocumentCleaner.DEFAULT_MAX_SIZE, "spark", generator, "auto", null)
          .withFilterLists(absolute(lists)).withPolicy(policy == null ? null : Rinse.Builder.policyKey(policy));
      return new Arguments(warc, positional.get(0), positional.get(1), rules, config);
    }
  }
}
