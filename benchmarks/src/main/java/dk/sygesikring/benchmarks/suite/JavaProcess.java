package dk.sygesikring.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the suite starts (the service, the simulators) with the suite's own JDK, its output in a log file and its
 * garbage collections in a GC log, so that its heap can be read without attaching anything to it during a load.
 */
final class JavaProcess implements AutoCloseable {

    private static final Pattern HEAP_BEFORE_AND_AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final String name;
    private final Process process;
    private final Path gcLog;
    private final long startedAt;

    private JavaProcess(String name, Process process, Path gcLog, long startedAt) {
        this.name = name;
        this.process = process;
        this.gcLog = gcLog;
        this.startedAt = startedAt;
    }

    static JavaProcess start(String name, Path workDirectory, List<String> jvmOptions, List<String> mainAndArguments,
                             Map<String, String> environment) throws IOException {
        Path gcLog = workDirectory.resolve(name + "-gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        long startedAt = System.nanoTime();
        return new JavaProcess(name, builder.start(), gcLog, startedAt);
    }

    long startedAtNanos() {
        return startedAt;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now and at its peak (VmRSS, VmHWM), in MiB. */
    long[] residentMemoryMib() throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line) / 1024;
            } else if (line.startsWith("VmHWM:")) {
                peak = kib(line) / 1024;
            }
        }
        return new long[] {rss, peak};
    }

    /**
     * The heap as the GC log has it since {@code fromLine}: the most used before a collection (the peak the load
     * reached), the last after one, and the maximum heap; in MiB. Returns the log's line count as the 4th value.
     */
    long[] heapMib(int fromLine) throws IOException {
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
        long peak = 0;
        long after = 0;
        long max = 0;
        for (String line : lines.subList(Math.min(fromLine, lines.size()), lines.size())) {
            Matcher heap = HEAP_BEFORE_AND_AFTER_GC.matcher(line);
            if (heap.find()) {
                peak = Math.max(peak, Long.parseLong(heap.group(1)));
                after = Long.parseLong(heap.group(2));
                max = Long.parseLong(heap.group(3));
            }
        }
        return new long[] {peak, after, max, lines.size()};
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static long kib(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("\\D", ""));
    }
}
