package dk.sygesikring.adapters.rest.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.api.model.InvalidParamDto;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keywords the shipped contract does not use yet, on a small contract of its own; what the shipped contract
 * uses is proven over HTTP by StrictRequestApiTest.
 */
class RequestCheckTest {

    private static final String CONTRACT = """
            openapi: 3.0.3
            paths:
              /settings/{id}:
                put:
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema: {type: integer, format: int32, exclusiveMinimum: true, minimum: 0}
                    - name: codes
                      in: query
                      explode: false
                      schema:
                        type: array
                        maxItems: 3
                        uniqueItems: true
                        items: {type: string, pattern: '^[0-9]{4}$'}
                    - name: step
                      in: query
                      schema: {type: number, multipleOf: 0.5}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Settings'}
            components:
              schemas:
                Settings:
                  type: object
                  required: [name]
                  additionalProperties: false
                  properties:
                    name: {type: string, minLength: 1, nullable: true}
                    deadlines:
                      type: object
                      additionalProperties: {type: integer, minimum: 0}
                    channels:
                      type: array
                      items: {type: string, enum: [NETS, CASH]}
            """;

    private final Operation operation = read(CONTRACT).operation("PUT", "/settings/{id}").orElseThrow();

    @Test
    void a_required_field_given_as_null_is_missing() {
        assertThat(body("{\"name\":null}")).containsExactly(new InvalidParamDto("name", "is required"));
        assertThat(body("{\"name\":\"x\",\"channels\":null}")).isEmpty();
    }

    @Test
    void a_field_the_contract_forbids_is_named_and_a_map_checks_each_value() {
        assertThat(body("{\"name\":\"x\",\"colour\":\"red\"}")).containsExactly(new InvalidParamDto("colour", "is not a field of this request"));
        assertThat(body("{\"name\":\"x\",\"deadlines\":{\"AD_HOC\":5,\"CARD\":-1,\"LETTER\":\"7\"}}")).containsExactly(
                new InvalidParamDto("deadlines.CARD", "must be at least 0"),
                new InvalidParamDto("deadlines.LETTER", "must be a whole number"));
    }

    @Test
    void each_entry_of_a_list_is_named_by_its_place() {
        assertThat(body("{\"name\":\"\",\"channels\":[\"NETS\",\"MOBILEPAY\"]}")).containsExactly(
                new InvalidParamDto("name", "must not be empty"),
                new InvalidParamDto("channels[1]", "must be one of NETS, CASH"));
    }

    @Test
    void a_comma_list_in_the_query_is_split_and_held_to_its_counts() {
        assertThat(parameters("1", Map.of("codes", List.of("1000,2000")))).isEmpty();
        assertThat(parameters("1", Map.of("codes", List.of("1000,1000")))).containsExactly(
                new InvalidParamDto("codes", "must not have the same entry twice"));
        assertThat(parameters("1", Map.of("codes", List.of("1000,2000,3000,4000")))).containsExactly(
                new InvalidParamDto("codes", "must have at most 3 entries"));
        assertThat(parameters("1", Map.of("codes", List.of("1000,20x0")))).containsExactly(
                new InvalidParamDto("codes[1]", "must be 4 digits"));
    }

    @Test
    void bounds_steps_and_the_int32_range_of_numbers() {
        assertThat(parameters("0", Map.of())).containsExactly(new InvalidParamDto("id", "must be more than 0"));
        assertThat(parameters("2147483648", Map.of())).containsExactly(new InvalidParamDto("id", "must be at most 2147483647"));
        assertThat(parameters("1", Map.of("step", List.of("1.5")))).isEmpty();
        assertThat(parameters("1", Map.of("step", List.of("1.2")))).containsExactly(new InvalidParamDto("step", "must be a multiple of 0.5"));
        assertThat(parameters("1", Map.of("step", List.of("1", "2")))).containsExactly(new InvalidParamDto("step", "is given twice"));
    }

    @Test
    void an_empty_required_body_is_named_body() {
        assertThat(body("  ")).containsExactly(new InvalidParamDto("body", "is required"));
        assertThat(body("\"x\"")).containsExactly(new InvalidParamDto("body", "must be a JSON object"));
        assertThat(body("{\"name\":\"x\"} {}")).containsExactly(new InvalidParamDto("body", "is not valid JSON (line 1, column 14)"));
    }

    @Test
    void a_keyword_the_check_does_not_know_stops_the_reading_of_the_contract() {
        String withOneOf = CONTRACT.replace("name: {type: string, minLength: 1, nullable: true}",
                "name: {oneOf: [{type: string}, {type: integer}]}");
        assertThatThrownBy(() -> read(withOneOf))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'oneOf'").hasMessageContaining("Settings.name");
    }

    @Test
    void the_shipped_contract_is_read_whole() {
        ApiContract shipped = ApiContract.load();
        assertThat(shipped.size()).isGreaterThanOrEqualTo(18);
        assertThat(shipped.operation("POST", "/persons/{cpr}/group-changes").orElseThrow().body()).isPresent();
    }

    private List<InvalidParamDto> body(String json) {
        return RequestCheck.body(operation, json.getBytes(StandardCharsets.UTF_8));
    }

    private List<InvalidParamDto> parameters(String id, Map<String, List<String>> query) {
        return RequestCheck.parameters(operation, Map.of("id", id), name -> query.getOrDefault(name, List.of()), name -> List.of());
    }

    private static ApiContract read(String yaml) {
        return ApiContract.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
