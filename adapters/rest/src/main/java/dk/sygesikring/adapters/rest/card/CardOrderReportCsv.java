package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.api.model.CardOrderReportDto;
import dk.sygesikring.api.model.CardOrderReportRowDto;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the card-order report's rows as text/csv for a Danish spreadsheet (AUD-2, ADR 0027): UTF-8 with a byte-order
 * mark, so that Excel reads æ, ø and å; fields separated by {@code ;} and money with a decimal comma, as a Danish
 * locale expects; CRLF and RFC 4180 quoting; times in Danish local time. A text a spreadsheet would take for a
 * formula gets a leading {@code '}. The totals are the JSON answer's: a spreadsheet sums the rows itself.
 */
@Singleton
@Produces("text/csv")
final class CardOrderReportCsv implements MessageBodyWriter<CardOrderReportDto> {

    static final List<String> COLUMNS = List.of("cardOrderId", "createdAt", "cpr", "reason", "kroner", "feeDecision",
            "exemptionNumber", "payment", "paymentChannel", "status", "notOrderedRule");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    @Override
    public boolean isWriteable(Argument<CardOrderReportDto> type, MediaType mediaType) {
        return mediaType != null && mediaType.getName().equalsIgnoreCase(CardOrderReportFormat.CSV.getName());
    }

    @Override
    public void writeTo(Argument<CardOrderReportDto> type, MediaType mediaType, CardOrderReportDto report,
                        MutableHeaders outgoingHeaders, OutputStream outputStream) throws CodecException {
        outgoingHeaders.set(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(outputStream, StandardCharsets.UTF_8));
            out.write(BYTE_ORDER_MARK);
            line(out, COLUMNS.stream());
            for (CardOrderReportRowDto row : report.getRows()) {
                line(out, Stream.of(row.getCardOrderId().toString(), time(row.getCreatedAt()), row.getCpr(),
                        row.getReason().getValue(), kroner(row.getKroner()), row.getFeeDecision().getValue(),
                        row.getExemptionNumber() == null ? null : row.getExemptionNumber().toString(),
                        row.getPayment().getValue(), row.getPaymentChannel(), row.getStatus().getValue(),
                        row.getNotOrderedRule()));
            }
            out.flush();
        } catch (IOException e) {
            throw new CodecException("the card-order report could not be written as CSV", e);
        }
    }

    private static void line(Writer out, Stream<String> fields) throws IOException {
        out.write(String.join(";", fields.map(CardOrderReportCsv::field).toList()));
        out.write(CRLF);
    }

    /** RFC 4180: quoted when it holds the separator, a quote or a line break, each quote doubled; absent is empty. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(";") || text.contains("\"") || text.contains("\r") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Two decimals and a decimal comma, no thousands separator: {@code 1200,00}. */
    static String kroner(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }

    private static String time(OffsetDateTime at) {
        return DANISH_TIME.format(at);
    }
}
