package dk.sygesikring.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md, the project's own rule reference, in step with the tests. A test names the rule it proves in
 * its display name (or its method name, {@code DOC3_...}); the reference lists every rule once, with the test
 * classes that name it. When a test is added, renamed or removed, a check here fails and says which row to change
 * and what its tests column should read. Plain files, no Micronaut: it reads the sources from the repository root,
 * the first folder above the working directory that holds docs/rules.md and pom.xml.
 */
class RulesReferenceTest {

    /** The rule catalogue: each group's prefix and its number of rules, 101 in all. */
    private static final Map<String, Integer> CATALOGUE = catalogue();

    private static final String PREFIXES = String.join("|", CATALOGUE.keySet());
    /** "DOC-3" in a display name or in the text of the reference. */
    private static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9])(" + PREFIXES + ")-(\\d+)(?![0-9])");
    /** "DOC3_" (or "PER_1_") in a test method name. */
    private static final Pattern ID_IN_METHOD_NAME = Pattern.compile("(?<![A-Za-z0-9])(" + PREFIXES + ")_?(\\d+)(?=_|$)");
    /** Annotations whose string arguments are display names. */
    private static final Pattern NAMING_ANNOTATION =
            Pattern.compile("@(DisplayName|ParameterizedTest|RepeatedTest)\\s*\\(");
    private static final Pattern VOID_METHOD = Pattern.compile("\\bvoid\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\(");
    /** A backticked reference to code in the where column: {@code domain/.../ClosedDoctorPolicy}. */
    private static final Pattern CODE_REFERENCE = Pattern.compile("([a-z0-9-]+(?:/[a-z0-9-]+)?)/\\.\\.\\./([A-Za-z0-9_.$-]+)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private static Path root;
    private static Reference reference;
    private static TestSources tests;

    @BeforeAll
    static void read() {
        root = repositoryRoot();
        reference = Reference.read(root.resolve("docs/rules.md"));
        tests = TestSources.scan(root);
    }

    @Test
    @DisplayName("the scan sees every module's test sources, this class among them, and the rule IDs their names carry")
    void the_scan_sees_the_test_sources() {
        assertThat(tests.files()).as("test source files found under " + root).containsKey("RulesReferenceTest");
        assertThat(tests.files().values().stream().flatMap(List::stream).map(path -> root.relativize(path).getName(0)))
                .as("top folders holding test sources").contains(Path.of("domain"), Path.of("adapters"));
        assertThat(tests.namedBy()).as("rule IDs named by tests").isNotEmpty();
    }

    @Test
    @DisplayName("rule IDs are read from display names and test method names, never from comments or other strings")
    void ids_are_read_from_test_names_only() {
        String sample = """
                /** DOC-1 in a Javadoc names nothing. */
                class SampleTest {
                    // @DisplayName("DOC-2 in a line comment names nothing")
                    @Test
                    @DisplayName("DOC-3 a display name" + " and DOC-4 in its second part")
                    void GRP5_a_method_name() {
                        assertThat(refusal.rule()).isEqualTo("DOC-5");
                        String quoted = "@DisplayName(\\"DOC-6 quoted in a string names nothing\\")";
                    }

                    @ParameterizedTest(name = "PER-1 {0}")
                    void PER_2_with_an_underscore(String cpr) {
                    }

                    void PER10digits_is_no_id() {
                    }
                }
                """;
        assertThat(TestSources.idsNamedIn(JavaSource.withoutComments(sample)))
                .containsExactly("DOC-3", "DOC-4", "GRP-5", "PER-1", "PER-2");
    }

    @Test
    @DisplayName("docs/rules.md lists each of the 101 rule IDs of the catalogue exactly once, and no other ID")
    void every_catalogue_id_is_listed_exactly_once() {
        List<String> problems = new ArrayList<>();
        Map<String, List<Row>> rowsById = reference.rows().stream()
                .collect(Collectors.groupingBy(Row::id, TreeMap::new, Collectors.toList()));
        for (String id : catalogueIds()) {
            List<Row> rows = rowsById.getOrDefault(id, List.of());
            if (rows.isEmpty()) {
                problems.add(id + " has no row");
            } else if (rows.size() > 1) {
                problems.add(id + " has " + rows.size() + " rows, on lines " + lines(rows));
            }
        }
        rowsById.forEach((id, rows) -> {
            if (!catalogueIds().contains(id)) {
                problems.add(id + " (line " + lines(rows) + ") is not a rule of the catalogue");
            }
        });
        reference.mentions().forEach((id, line) -> {
            if (!catalogueIds().contains(id)) {
                problems.add("line " + line + " mentions " + id + ", which is not a rule of the catalogue");
            }
        });
        assertNone(problems, "docs/rules.md and the catalogue of 101 rules differ");
    }

    @Test
    @DisplayName("every rule ID a test names in its display or method name is listed in docs/rules.md")
    void every_id_named_by_a_test_is_listed() {
        Set<String> listed = reference.rows().stream().map(Row::id).collect(Collectors.toSet());
        List<String> problems = tests.namedBy().entrySet().stream()
                .filter(named -> !listed.contains(named.getKey()))
                .map(named -> named.getKey() + " is named by " + String.join(", ", named.getValue())
                        + " but has no row in docs/rules.md")
                .toList();
        assertNone(problems, "rule IDs named by tests but missing from docs/rules.md");
    }

    @Test
    @DisplayName("every test class a row lists is a test source file whose test names name that row's rule")
    void every_listed_test_exists_and_names_its_rule() {
        List<String> problems = new ArrayList<>();
        for (Row row : reference.wellFormedRows()) {
            for (String listed : row.tests()) {
                if (!tests.files().containsKey(listed)) {
                    problems.add(row.id() + " (line " + row.line() + ") lists " + listed + ", which is no test source file; "
                            + shouldRead(row));
                } else if (!tests.classesNaming(row.id()).contains(listed)) {
                    problems.add(row.id() + " (line " + row.line() + ") lists " + listed + ", whose test names do not name "
                            + row.id() + "; " + shouldRead(row));
                }
            }
        }
        assertNone(problems, "docs/rules.md lists tests that do not prove the rule by name");
    }

    @Test
    @DisplayName("every test class that names a rule is listed in that rule's row, so the reference cannot fall behind")
    void every_test_naming_a_rule_is_listed_in_its_row() {
        List<String> problems = new ArrayList<>();
        for (Row row : reference.wellFormedRows()) {
            SortedSet<String> missing = new TreeSet<>(tests.classesNaming(row.id()));
            missing.removeAll(row.tests());
            if (!missing.isEmpty()) {
                problems.add(row.id() + " (line " + row.line() + ") does not list " + String.join(", ", missing) + "; "
                        + shouldRead(row));
            }
        }
        assertNone(problems, "tests name rules whose rows in docs/rules.md do not list them");
    }

    @Test
    @DisplayName("every row has five columns and a status of implemented, partly: what is missing, or planned")
    void every_row_is_well_formed() {
        List<String> problems = new ArrayList<>();
        for (Row row : reference.rows()) {
            String at = row.id() + " (line " + row.line() + ")";
            if (row.columns() != 5) {
                problems.add(at + " has " + row.columns() + " columns, not 5 (ID | rule | status | code | tests)");
                continue;
            }
            if (row.rule().isBlank()) {
                problems.add(at + " does not say the rule");
            }
            boolean partly = row.status().startsWith("partly:") && row.status().length() > "partly:".length() + 1;
            if (!(row.status().equals("implemented") || row.status().equals("planned") || partly)) {
                problems.add(at + " has the status \"" + row.status()
                        + "\"; write implemented, planned, or partly: followed by what is missing");
            }
            if (!row.status().equals("planned") && row.code().equals("-")) {
                problems.add(at + " is " + row.status() + " but does not say where the code is");
            }
            if (row.testsCell().isBlank()) {
                problems.add(at + " has an empty tests column; write - when no test names the rule");
            }
        }
        assertNone(problems, "malformed rows in docs/rules.md");
    }

    @Test
    @DisplayName("every piece of code a row points to exists in the main sources of the module it names")
    void every_code_reference_exists() {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> namesByModule = new LinkedHashMap<>();
        for (Row row : reference.wellFormedRows()) {
            Matcher backticked = BACKTICKED.matcher(row.code());
            while (backticked.find()) {
                String target = backticked.group(1);
                Matcher parts = CODE_REFERENCE.matcher(target);
                if (!parts.matches()) {
                    problems.add(row.id() + " (line " + row.line() + ") points to `" + target
                            + "`; write module/.../ClassOrPackage, e.g. `domain/.../ClosedDoctorPolicy`");
                    continue;
                }
                Path main = root.resolve(parts.group(1)).resolve("src/main");
                Set<String> names = namesByModule.computeIfAbsent(main, RulesReferenceTest::namesUnder);
                String name = parts.group(2);
                if (!names.contains(name) && !names.contains(name + ".java")) {
                    problems.add(row.id() + " (line " + row.line() + ") points to `" + target + "`, but "
                            + root.relativize(main) + " holds no class, file or package " + name);
                }
            }
        }
        assertNone(problems, "docs/rules.md points to code that does not exist");
    }

    private static String shouldRead(Row row) {
        SortedSet<String> naming = tests.classesNaming(row.id());
        return "its tests column should read: " + (naming.isEmpty() ? "-" : String.join(", ", naming));
    }

    private static void assertNone(List<String> problems, String what) {
        assertThat(problems).withFailMessage(() -> what + ":\n  " + String.join("\n  ", problems)).isEmpty();
    }

    private static String lines(List<Row> rows) {
        return rows.stream().map(row -> String.valueOf(row.line())).collect(Collectors.joining(", "));
    }

    private static Set<String> catalogueIds() {
        return CATALOGUE.entrySet().stream()
                .flatMap(group -> IntStream.rangeClosed(1, group.getValue()).mapToObj(number -> group.getKey() + "-" + number))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Integer> catalogue() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put("ROLE", 5);
        groups.put("PER", 8);
        groups.put("GRP", 7);
        groups.put("DOC", 17);
        groups.put("CARD", 13);
        groups.put("FORL", 5);
        groups.put("TASK", 5);
        groups.put("YDER", 1);
        groups.put("PLO", 5);
        groups.put("CPR", 12);
        groups.put("LET", 8);
        groups.put("PAY", 4);
        groups.put("CFG", 3);
        groups.put("AUD", 3);
        groups.put("INT", 5);
        return groups;
    }

    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/rules.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder from " + start + " upwards holds docs/rules.md and pom.xml");
    }

    /** The names of every file and folder under {@code main}, for the where column. */
    private static Set<String> namesUnder(Path main) {
        if (!Files.isDirectory(main)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(main)) {
            return paths.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One rule's row: {@code | ID | rule | status | code | tests |}.
     *
     * @param testsCell the tests column as written; {@link #tests()} its class names
     */
    record Row(String id, int line, int columns, String rule, String status, String code, String testsCell) {

        Set<String> tests() {
            if (testsCell.isBlank() || testsCell.equals("-")) {
                return Set.of();
            }
            return Stream.of(testsCell.split(",")).map(name -> name.replace("`", "").trim())
                    .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** docs/rules.md: its rows, and every rule ID its text mentions (with the line of the first mention). */
    record Reference(List<Row> rows, Map<String, Integer> mentions) {

        /** The rows with all five columns; the others are reported by the check of the rows' form. */
        List<Row> wellFormedRows() {
            return rows.stream().filter(row -> row.columns() == 5).toList();
        }

        private static final Pattern ROW_ID = Pattern.compile("[A-Z]+-\\d+");

        static Reference read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> mentions = new TreeMap<>();
            for (int index = 0; index < lines.size(); index++) {
                String line = lines.get(index).trim();
                int number = index + 1;
                Matcher mentioned = ID.matcher(line);
                while (mentioned.find()) {
                    mentions.putIfAbsent(mentioned.group(), number);
                }
                if (!line.startsWith("|")) {
                    continue;
                }
                List<String> cells = cells(line);
                String first = cells.isEmpty() ? "" : cells.get(0).replace("`", "").replace("*", "").trim();
                if (ROW_ID.matcher(first).matches()) {
                    rows.add(new Row(first, number, cells.size(), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4)));
                }
            }
            return new Reference(List.copyOf(rows), mentions);
        }

        /** The cells of a Markdown table row, without the outer pipes. */
        private static List<String> cells(String line) {
            String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
            return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
        }

        private static String cell(List<String> cells, int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * The test sources of every module ({@code src/test/java}), by class name (the file name), and the rule IDs each
     * names: in display names ({@code @DisplayName}, {@code @ParameterizedTest(name = ...)}) and in method names.
     * Comments are left out, so a Javadoc that quotes an ID names nothing.
     */
    record TestSources(Map<String, List<Path>> files, Map<String, SortedSet<String>> namedBy) {

        SortedSet<String> classesNaming(String id) {
            return namedBy.getOrDefault(id, new TreeSet<>());
        }

        static TestSources scan(Path root) {
            Map<String, List<Path>> files = new TreeMap<>();
            Map<String, SortedSet<String>> namedBy = new TreeMap<>();
            for (Path file : testSourceFiles(root)) {
                String className = file.getFileName().toString().replaceFirst("\\.java$", "");
                files.computeIfAbsent(className, name -> new ArrayList<>()).add(file);
                for (String id : idsNamedIn(JavaSource.withoutComments(read(file)))) {
                    namedBy.computeIfAbsent(id, key -> new TreeSet<>()).add(className);
                }
            }
            return new TestSources(files, namedBy);
        }

        /** @param source a test source without comments */
        static Set<String> idsNamedIn(String source) {
            Set<String> ids = new TreeSet<>();
            String code = JavaSource.withoutLiteralContents(source);
            Matcher annotation = NAMING_ANNOTATION.matcher(code);
            while (annotation.find()) {
                for (String text : JavaSource.stringLiteralsUntilClosingParenthesis(source, annotation.end())) {
                    Matcher id = ID.matcher(text);
                    while (id.find()) {
                        ids.add(id.group(1) + "-" + Integer.parseInt(id.group(2)));
                    }
                }
            }
            Matcher method = VOID_METHOD.matcher(code);
            while (method.find()) {
                Matcher id = ID_IN_METHOD_NAME.matcher(method.group(1));
                while (id.find()) {
                    ids.add(id.group(1) + "-" + Integer.parseInt(id.group(2)));
                }
            }
            return ids;
        }

        private static List<Path> testSourceFiles(Path root) {
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        boolean skipped = !dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String path = root.relativize(file).toString().replace('\\', '/');
                        if (path.endsWith(".java") && path.contains("src/test/java/")) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return found;
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Just enough of Java's lexical rules to drop comments and read string literals. */
    static final class JavaSource {

        private JavaSource() {
        }

        /** The source with every comment replaced by a space; string, text-block and char literals kept as they are. */
        static String withoutComments(String source) {
            StringBuilder kept = new StringBuilder(source.length());
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                    kept.append(' ');
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 2;
                    kept.append(' ');
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    int stop = end < 0 ? source.length() : end + 3;
                    kept.append(source, i, stop);
                    i = stop;
                } else if (c == '"' || c == '\'') {
                    int stop = endOfQuoted(source, i);
                    kept.append(source, i, stop);
                    i = stop;
                } else {
                    kept.append(c);
                    i++;
                }
            }
            return kept.toString();
        }

        /**
         * The source with the inside of every string, text-block and char literal blanked, so that code quoted in a
         * string is not taken for code; every character keeps its index.
         */
        static String withoutLiteralContents(String source) {
            StringBuilder code = new StringBuilder(source);
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                int stop;
                if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    stop = end < 0 ? source.length() : end + 3;
                    blank(code, i + 3, Math.max(i + 3, stop - 3));
                } else if (c == '"' || c == '\'') {
                    stop = endOfQuoted(source, i);
                    blank(code, i + 1, Math.max(i + 1, stop - 1));
                } else {
                    stop = i + 1;
                }
                i = stop;
            }
            return code.toString();
        }

        private static void blank(StringBuilder code, int from, int to) {
            for (int i = from; i < to; i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }

        /** The string literals from {@code start} (just after an annotation's opening parenthesis) to its closing one. */
        static List<String> stringLiteralsUntilClosingParenthesis(String code, int start) {
            List<String> literals = new ArrayList<>();
            int depth = 1;
            int i = start;
            while (i < code.length() && depth > 0) {
                char c = code.charAt(i);
                if (code.startsWith("\"\"\"", i)) {
                    int end = code.indexOf("\"\"\"", i + 3);
                    int stop = end < 0 ? code.length() : end;
                    literals.add(code.substring(i + 3, stop));
                    i = Math.min(code.length(), stop + 3);
                    continue;
                }
                if (c == '"') {
                    int stop = endOfQuoted(code, i);
                    literals.add(code.substring(i + 1, Math.max(i + 1, stop - 1)));
                    i = stop;
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                i++;
            }
            return literals;
        }

        /** The index just after the literal that opens at {@code start} with a quote or an apostrophe. */
        private static int endOfQuoted(String source, int start) {
            char quote = source.charAt(start);
            int i = start + 1;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote || c == '\n') {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return source.length();
        }
    }
}
