package dk.sygesikring.adapters.rest.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV dialect and the choice of format, without HTTP; the whole answer is CardOrderReportApiTest's. */
class CardOrderReportCsvTest {

    @Test
    @DisplayName("AUD-2 CSV fields: RFC 4180 quotes for the separator, quotes and line breaks; a text a spreadsheet would run as a formula gets a leading quote")
    void AUD2_fields() {
        assertThat(CardOrderReportCsv.field("Kommune-Kasse")).isEqualTo("Kommune-Kasse");
        assertThat(CardOrderReportCsv.field("Kasse \"Syd\"; Faaborg")).isEqualTo("\"Kasse \"\"Syd\"\"; Faaborg\"");
        assertThat(CardOrderReportCsv.field("to\r\nlinjer")).isEqualTo("\"to\r\nlinjer\"");
        assertThat(CardOrderReportCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CardOrderReportCsv.field("+45 Kasse")).isEqualTo("'+45 Kasse");
        assertThat(CardOrderReportCsv.field("@kasse")).isEqualTo("'@kasse");
        assertThat(CardOrderReportCsv.field("-")).isEqualTo("'-");
        assertThat(CardOrderReportCsv.field("")).isEmpty();
        assertThat(CardOrderReportCsv.field(null)).isEmpty();
        assertThat(CardOrderReportCsv.field("Borgerservice Ærø")).isEqualTo("Borgerservice Ærø");
    }

    @Test
    @DisplayName("AUD-2 CSV money: two decimals with a decimal comma and no thousands separator")
    void AUD2_money() {
        assertThat(CardOrderReportCsv.kroner(new BigDecimal("200"))).isEqualTo("200,00");
        assertThat(CardOrderReportCsv.kroner(new BigDecimal("1234567.5"))).isEqualTo("1234567,50");
        assertThat(CardOrderReportCsv.kroner(BigDecimal.ZERO)).isEqualTo("0,00");
    }

    @Test
    @DisplayName("AUD-2 format: CSV only when the Accept header rates text/csv above JSON, with wildcards and quality values; JSON otherwise")
    void AUD2_format() {
        assertThat(format()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(format("*/*")).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(format("text/csv")).isEqualTo(CardOrderReportFormat.CSV);
        assertThat(format("text/*")).isEqualTo(CardOrderReportFormat.CSV);
        assertThat(format("text/csv", "application/json")).as("alike: JSON").isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(format("application/json;q=0.5", "text/csv")).isEqualTo(CardOrderReportFormat.CSV);
        assertThat(format("text/csv;q=0.5", "application/json")).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(format("text/csv;q=0.9", "*/*;q=0.1")).isEqualTo(CardOrderReportFormat.CSV);
        assertThat(format("application/problem+json")).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    }

    private static MediaType format(String... accepted) {
        return CardOrderReportFormat.of(List.of(accepted).stream().map(MediaType::of).toList());
    }
}
