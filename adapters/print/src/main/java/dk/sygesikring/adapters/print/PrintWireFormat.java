package dk.sygesikring.adapters.print;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON the print service (and the print simulator) speaks, after the Serviceplatform's print service SF1600
 * (docs/integrations/print.md); the field names of the request are the service's Danish ones. Instants are kept as
 * text so that {@link PrintMapper} reports a value it cannot read with a clear message.
 */
final class PrintWireFormat {

    static final String LETTERS = "/print/letters";

    private PrintWireFormat() {
    }

    /** POST /print/letters: one letter, its id the idempotency key. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LetterRequest(String afsendelseIdentifikator, String forsendelseTypeIdentifikator,
                         String afsenderSystemIdentifikator, RecipientJson modtager, DocumentJson dokument) {
    }

    /** Who the letter is to: the CPR number, and the name and address lines the envelope's window shows. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RecipientJson(String cprNummer, String navn, List<String> adresselinjer) {
    }

    /** The letter itself: its title and the PDF, base64 encoded. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DocumentJson(String titel, String pdf) {
    }

    /** 202 for a letter taken now, 200 with the first answer for a letter id the print service has seen. */
    @Serdeable
    record AcceptedResponse(@Nullable String printReference, @Nullable String accepted) {
    }

    /** 400 or 422 to a letter: why the print service will not print it; {@code reason} is a code. */
    @Serdeable
    record ErrorResponse(@Nullable String reason, @Nullable String message) {
    }
}
