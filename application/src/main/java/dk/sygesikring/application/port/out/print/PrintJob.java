package dk.sygesikring.application.port.out.print;

import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter for remote print: the PDF as rendered (the same document Digital Post would have had), the person it is to,
 * with the name and address lines the envelope shows, and the municipality's supplier identifiers (LET-5).
 *
 * @param letterId the letter's id, the print service's idempotency key
 */
public record PrintJob(UUID letterId, RemotePrintSupplier supplier, Cpr recipient, String name, List<String> addressLines,
                       String title, byte[] pdf) {

    public PrintJob {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
    }
}
