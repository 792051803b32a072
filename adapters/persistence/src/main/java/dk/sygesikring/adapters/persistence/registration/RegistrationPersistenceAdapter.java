package dk.sygesikring.adapters.persistence.registration;

import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
class RegistrationPersistenceAdapter implements RegistrationPort {

    private final RegistrationRepository rows;

    RegistrationPersistenceAdapter(RegistrationRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<InsuranceRegistration> loadRegistrations(Cpr cpr) {
        return rows.findByCpr(cpr.value()).stream()
                .map(row -> new InsuranceRegistration(Cpr.of(row.cpr()), Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(),
                        row.providerNumber() == null ? null : ProviderNumber.of(row.providerNumber()), row.validFrom(),
                        row.registeredAt(), row.registrationId(), row.forloebId() == null ? null : new ForloebId(row.forloebId())))
                .toList();
    }

    @Override
    public void record(InsuranceRegistration registration) {
        rows.insertOnce(new RegistrationRow(registration.registrationId(), registration.cpr().value(),
                (short) registration.group().number(), registration.doctor().map(ProviderNumber::value).orElse(null),
                registration.validFrom(), registration.registeredAt(),
                registration.forloebId() == null ? null : registration.forloebId().value()));
    }
}
