package dk.sygesikring.adapters.rest.cardsupplier;

import dk.sygesikring.adapters.rest.signature.SignedReportFilter;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Filter;
import java.time.Clock;
import java.time.Duration;

/** The card supplier's reports, signed with {@code sygesikring.card-supplier.report-secret} (ADR 0025). */
@Filter(CardSupplierSignatureFilter.PATH)
final class CardSupplierSignatureFilter extends SignedReportFilter {

    static final String PATH = "/card-supplier/reports";
    static final String HEADER = "Card-Supplier-Signature";

    CardSupplierSignatureFilter(@Value("${sygesikring.card-supplier.report-secret}") String secret,
                                @Value("${sygesikring.card-supplier.report-max-age:5m}") Duration maxAge, Clock clock) {
        super("the card supplier", HEADER, secret, maxAge, clock);
    }
}
