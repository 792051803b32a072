package dk.sygesikring.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The test classes of this module share one database, so each makes its persons with a {@link TestCprs} series of its
 * own ({@code private static final int SERIES = n;}): two classes with one series could make the same person and see
 * each other's forløb, choices and audit lines. Plain files, no Micronaut.
 */
class TestCprSeriesTest {

    private static final Pattern SERIES = Pattern.compile("static final int SERIES\\s*=\\s*(\\d+)\\s*;");

    @Test
    void no_two_test_classes_use_the_same_series_of_cpr_numbers() throws IOException {
        Map<Integer, TreeSet<String>> classesBySeries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher series = SERIES.matcher(read(file));
                while (series.find()) {
                    classesBySeries.computeIfAbsent(Integer.parseInt(series.group(1)), n -> new TreeSet<>())
                            .add(file.getFileName().toString().replaceFirst("\\.java$", ""));
                }
            }
        }
        assertThat(classesBySeries).as("series of the test classes under src/test/java").isNotEmpty();
        List<String> shared = classesBySeries.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> "series " + entry.getKey() + ": " + String.join(", ", entry.getValue())).toList();
        assertThat(shared).as("series used by more than one test class").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
