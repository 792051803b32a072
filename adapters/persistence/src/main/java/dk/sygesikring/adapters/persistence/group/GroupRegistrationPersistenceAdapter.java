package dk.sygesikring.adapters.persistence.group;

import dk.sygesikring.application.port.out.GroupRegistrationPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupRegistration;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
class GroupRegistrationPersistenceAdapter implements GroupRegistrationPort {

    private final GroupRegistrationRepository rows;

    GroupRegistrationPersistenceAdapter(GroupRegistrationRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<GroupRegistration> loadGroupRegistrations(Cpr cpr) {
        return rows.findByCpr(cpr.value()).stream()
                .map(row -> new GroupRegistration(Cpr.of(row.cpr()), Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(),
                        row.validFrom(), row.registeredAt(), row.registrationId(),
                        row.forloebId() == null ? null : new ForloebId(row.forloebId())))
                .toList();
    }

    @Override
    public void record(GroupRegistration registration) {
        rows.insertOnce(new GroupRegistrationRow(registration.registrationId(), registration.cpr().value(),
                (short) registration.group().number(), registration.validFrom(), registration.registeredAt(),
                registration.forloebId() == null ? null : registration.forloebId().value()));
    }
}
