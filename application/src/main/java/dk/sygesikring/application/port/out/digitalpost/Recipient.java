package dk.sygesikring.application.port.out.digitalpost;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Objects;

/** Whose Digital Post mailbox a message goes to: a citizen's (by CPR) or a practice's (by provider number). */
public sealed interface Recipient {

    record Citizen(Cpr cpr) implements Recipient {
        public Citizen {
            Objects.requireNonNull(cpr, "cpr");
        }
    }

    record Practice(ProviderNumber providerNumber) implements Recipient {
        public Practice {
            Objects.requireNonNull(providerNumber, "providerNumber");
        }
    }
}
