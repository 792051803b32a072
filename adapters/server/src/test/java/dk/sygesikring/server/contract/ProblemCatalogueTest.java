package dk.sygesikring.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.adapters.rest.problem.EdgeProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/problems.md, the contract and the code say the same problem types: every type the code can answer with is
 * documented with its status and rule and is in the contract's {@code ProblemType} enum, and every documented type is
 * produced somewhere. A refusal is found where it is made ({@code Refusal.conflict("code", "RULE-1", ...)}); the
 * edge's own types are {@link EdgeProblem}.
 */
class ProblemCatalogueTest {

    private static final Path ROOT = Path.of("../..");
    private static final String PREFIX = "urn:sygesikring:problem:";
    private static final Pattern RULE = Pattern.compile("[A-Z]+-\\d+");
    private static final String ARGUMENT = "(\"(?:[^\"\\\\]|\\\\.)*\"|[^,()]+(?:\\([^()]*\\))?)";
    /** {@code Refusal.conflict("code", "RULE-1", ...)}, {@code Refusal.notFound("code", ...)}. */
    private static final Pattern FACTORY = Pattern.compile(
            "Refusal\\s*\\.\\s*(notFound|forbidden|conflict|unprocessable)\\s*\\(\\s*" + ARGUMENT + "\\s*,\\s*" + ARGUMENT);
    /** {@code new Refusal("code", Refusal.Kind.CONFLICT, rule, ...)}. */
    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "new\\s+Refusal\\s*\\(\\s*" + ARGUMENT + "\\s*,\\s*(?:Refusal\\s*\\.\\s*)?Kind\\s*\\.\\s*(\\w+)\\s*,\\s*" + ARGUMENT);
    private static final Map<String, Integer> STATUS_OF_FACTORY = Map.of(
            "notFound", 404, "forbidden", 403, "conflict", 409, "unprocessable", 422,
            "NOT_FOUND", 404, "FORBIDDEN", 403, "CONFLICT", 409, "UNPROCESSABLE", 422);

    /** One way the code answers: a type with its status, and the rule when the code names one literally. */
    record Produced(String type, int status, String rule, boolean ruleKnown, String where) {
    }

    /** One row of docs/problems.md. */
    record Documented(String type, int status, String rule) {
    }

    static List<Produced> produced;
    static List<Documented> documented;
    static Set<String> inContract;

    @BeforeAll
    static void read() {
        produced = new ArrayList<>(refusalsInCode());
        for (EdgeProblem problem : EdgeProblem.values()) {
            produced.add(new Produced(problem.type(), problem.status(), problem.rule(), true, "EdgeProblem." + problem.name()));
        }
        documented = documentedTypes();
        inContract = contractTypes();
    }

    @Test
    void every_type_the_code_answers_with_is_documented_with_its_status_and_rule() {
        List<String> undocumented = new ArrayList<>();
        for (Produced answer : produced) {
            boolean found = documented.stream().anyMatch(row -> row.type().equals(answer.type()) && row.status() == answer.status()
                    && (!answer.ruleKnown() || java.util.Objects.equals(row.rule(), answer.rule())));
            if (!found) {
                undocumented.add(answer.type() + " " + answer.status() + " " + (answer.ruleKnown() ? answer.rule() : "(rule at run time)")
                        + " from " + answer.where());
            }
        }
        assertThat(undocumented).as("answers missing from docs/problems.md (type, status and rule must match a row)").isEmpty();
    }

    @Test
    void every_documented_type_is_produced_somewhere() {
        List<String> neverProduced = documented.stream()
                .filter(row -> produced.stream().noneMatch(answer -> answer.type().equals(row.type()) && answer.status() == row.status()
                        && (!answer.ruleKnown() || java.util.Objects.equals(row.rule(), answer.rule()))))
                .map(row -> row.type() + " " + row.status() + " " + row.rule())
                .toList();
        assertThat(neverProduced).as("rows of docs/problems.md that no code produces").isEmpty();
    }

    @Test
    void the_contract_enumerates_exactly_the_documented_types() {
        Set<String> documentedTypes = documented.stream().map(Documented::type).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(inContract)).as("ProblemType in the contract").isEqualTo(documentedTypes);
    }

    @Test
    void the_scan_finds_the_refusals_it_must_see() {
        // if the patterns stopped matching, the tests above would pass on nothing
        assertThat(produced).extracting(Produced::type)
                .contains(PREFIX + "not-your-person", PREFIX + "doctor-cannot-be-chosen", PREFIX + "token-claims-incomplete",
                        PREFIX + "person-not-in-cpr", PREFIX + "idempotency-key-reused");
        assertThat(produced.size()).isGreaterThan(40);
    }

    private static List<Produced> refusalsInCode() {
        List<Produced> found = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            String where = ROOT.relativize(file).toString();
            Matcher factory = FACTORY.matcher(text);
            while (factory.find()) {
                String kind = factory.group(1);
                String code = literal(factory.group(2), where);
                String second = factory.group(3).trim();
                if ("notFound".equals(kind)) {
                    found.add(new Produced(PREFIX + code, 404, null, true, where));
                } else {
                    found.add(refusal(code, STATUS_OF_FACTORY.get(kind), second, where));
                }
            }
            Matcher constructor = CONSTRUCTOR.matcher(text);
            while (constructor.find()) {
                if (where.endsWith("domain/result/Refusal.java")) {
                    continue;
                }
                found.add(refusal(literal(constructor.group(1), where), STATUS_OF_FACTORY.get(constructor.group(2)),
                        constructor.group(3).trim(), where));
            }
        }
        return found;
    }

    private static Produced refusal(String code, int status, String ruleArgument, String where) {
        if ("null".equals(ruleArgument)) {
            return new Produced(PREFIX + code, status, null, true, where);
        }
        if (ruleArgument.startsWith("\"")) {
            String rule = ruleArgument.substring(1, ruleArgument.length() - 1);
            assertThat(rule).as("the rule of " + code + " in " + where).matches(RULE);
            return new Produced(PREFIX + code, status, rule, true, where);
        }
        return new Produced(PREFIX + code, status, null, false, where);
    }

    /** The code of a refusal is a literal where it is made, so that this test can see it. */
    private static String literal(String argument, String where) {
        String trimmed = argument.trim();
        assertThat(trimmed).as("a refusal's code in " + where + " is a string literal").startsWith("\"").endsWith("\"");
        String code = trimmed.substring(1, trimmed.length() - 1);
        assertThat(code).as("a refusal's code in " + where).matches("[a-z0-9]+(-[a-z0-9]+)*");
        return code;
    }

    private static List<Path> sources() {
        try (Stream<Path> modules = Stream.concat(Stream.of(ROOT.resolve("domain"), ROOT.resolve("application")),
                Files.list(ROOT.resolve("adapters")).filter(module -> !module.endsWith("simulators")))) {
            List<Path> files = new ArrayList<>();
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> walk = Files.walk(main)) {
                        walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
                    }
                }
            }
            assertThat(files).as("source files under " + ROOT.toAbsolutePath().normalize()).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows {@code | `code` | 404 | when | RULE-1 |}; the type is {@code urn:sygesikring:problem:<code>} unless it is a
     * URI. A status that is not a number ("other") is 0, as {@link EdgeProblem#OTHER_STATUS} has it.
     */
    private static List<Documented> documentedTypes() {
        List<Documented> rows = new ArrayList<>();
        for (String line : read(ROOT.resolve("docs/problems.md")).lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String code = cells[1].trim().replace("`", "");
            String rule = cells[4].trim();
            String status = cells[2].trim();
            rows.add(new Documented(code.contains(":") ? code : PREFIX + code, status.matches("\\d{3}") ? Integer.parseInt(status) : 0,
                    rule.isEmpty() ? null : rule));
        }
        assertThat(rows).as("rows of docs/problems.md").isNotEmpty();
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> contractTypes() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) ContractOperations.contract().get("components")).get("schemas");
        Map<String, Object> problemType = (Map<String, Object>) schemas.get("ProblemType");
        assertThat(problemType).as("components.schemas.ProblemType in the contract").isNotNull();
        return Set.copyOf((List<String>) problemType.get("enum"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
