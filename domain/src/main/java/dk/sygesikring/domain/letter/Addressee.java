package dk.sygesikring.domain.letter;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Objects;

/** Who a letter is to: a person (LET-4: the person concerned, never a parent instead) or a practice (DOC-4). */
public sealed interface Addressee {

    record Person(Cpr cpr) implements Addressee {
        public Person {
            Objects.requireNonNull(cpr, "cpr");
        }
    }

    record Practice(ProviderNumber providerNumber) implements Addressee {
        public Practice {
            Objects.requireNonNull(providerNumber, "providerNumber");
        }
    }
}
