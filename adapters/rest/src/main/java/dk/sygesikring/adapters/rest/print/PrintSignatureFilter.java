package dk.sygesikring.adapters.rest.print;

import dk.sygesikring.adapters.rest.signature.SignedReportFilter;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Filter;
import java.time.Clock;
import java.time.Duration;

/** The print supplier's reports, signed with {@code sygesikring.print.report-secret} (docs/integrations/print.md). */
@Filter(PrintSignatureFilter.PATH)
final class PrintSignatureFilter extends SignedReportFilter {

    static final String PATH = "/print/reports";
    static final String HEADER = "Print-Signature";

    PrintSignatureFilter(@Value("${sygesikring.print.report-secret}") String secret,
                         @Value("${sygesikring.print.report-max-age:5m}") Duration maxAge, Clock clock) {
        super("the print supplier", HEADER, secret, maxAge, clock);
    }
}
