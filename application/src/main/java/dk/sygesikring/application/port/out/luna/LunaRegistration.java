package dk.sygesikring.application.port.out.luna;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A registration this service asks LUNA to make, on behalf of a forløb; it travels through the outbox. */
public sealed interface LunaRegistration extends OutboxPayload {

    @Override
    default OutboxKind kind() {
        return OutboxKind.LUNA_REGISTRATION;
    }

    Cpr cpr();

    LocalDate validFrom();

    UUID forloebId();

    record DoctorChoice(Cpr cpr, ProviderNumber providerNumber, LocalDate validFrom, UUID forloebId) implements LunaRegistration {
        public DoctorChoice {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(providerNumber, "providerNumber");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(forloebId, "forloebId");
        }
    }

    record GroupChange(Cpr cpr, Sikringsgruppe group, LocalDate validFrom, UUID forloebId) implements LunaRegistration {
        public GroupChange {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(forloebId, "forloebId");
        }
    }
}
