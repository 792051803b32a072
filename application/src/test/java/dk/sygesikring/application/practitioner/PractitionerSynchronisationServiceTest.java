package dk.sygesikring.application.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.fakes.FakeLuna;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.application.port.out.PractitionerSynchronisationLogPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Completed;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Failed;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The use case with in-memory stand-ins for LUNA, the register and the log: no framework, no database. */
class PractitionerSynchronisationServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    final FakeLuna luna = new FakeLuna(Clock.systemUTC());
    final FakeRegister register = new FakeRegister();
    final List<PractitionerSynchronisation> log = new ArrayList<>();
    final PractitionerSynchronisationService service = new PractitionerSynchronisationService(luna, register,
            new PractitionerSynchronisationLogPort() {
                @Override
                public void record(PractitionerSynchronisation synchronisation) {
                    log.add(synchronisation);
                }

                @Override
                public List<PractitionerSynchronisation> latest(int limit) {
                    return log.reversed().stream().limit(limit).toList();
                }
            }, new SynchronisationLimits(10), new InlineTransactions(), CLOCK);

    @Test
    @DisplayName("INT-1 DOC-7 a run saves LUNA's list with the mark taken before LUNA was asked, closes down the unlisted, and is logged")
    void INT1_a_completed_run() {
        List<Practitioner> held = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            held.add(practice("1000" + i, true));
        }
        register.held(held.toArray(Practitioner[]::new));
        List<Practitioner> listed = new ArrayList<>(held.subList(2, 10));
        listed.add(practice("100010", false)); // closes for new patients
        listed.add(practice("100020", true)); // new
        luna.lists(listed.toArray(Practitioner[]::new)); // 100011 is no longer listed
        register.markIs(new PractitionerRegisterPort.PatientCountMark(LocalDate.of(2026, 11, 23), 41));

        PractitionerSynchronisation run = service.synchroniseScheduled();

        assertThat(run.result()).isEqualTo(new Completed(10, 1, 1, 1));
        assertThat(run.requestedBy()).isEmpty();
        assertThat(register.saved).hasSize(10).extracting(Practitioner::providerNumber).extracting(ProviderNumber::value)
                .contains("100010", "100020").doesNotContain("100011");
        assertThat(register.savedWith).isEqualTo(new PractitionerRegisterPort.PatientCountMark(LocalDate.of(2026, 11, 23), 41));
        assertThat(register.closedDown).extracting(ProviderNumber::value).containsExactly("100011");
        assertThat(register.lockedBeforeReading).isTrue();
        assertThat(log).containsExactly(run);
    }

    @Test
    @DisplayName("INT-1 INT-5 LUNA down: the run is logged as failed and the register is not touched")
    void INT1_luna_down() {
        register.held(practice("100001", true));
        luna.down(true);

        PractitionerSynchronisation run = service.synchroniseOnDemand(new SystemActor("operations")).orElseThrow();

        assertThat(run.result()).isInstanceOf(Failed.class);
        assertThat(((Failed) run.result()).reason()).startsWith("LUNA did not answer");
        assertThat(register.saved).isEmpty();
        assertThat(register.closedDown).isEmpty();
        assertThat(log).containsExactly(run);
    }

    @Test
    @DisplayName("INT-1 a list that would close down more than the limit (10 %) is not applied; at the limit it is")
    void INT1_a_list_cut_short_is_not_applied() {
        List<Practitioner> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(practice("10000" + i, true));
        }
        register.held(ten.toArray(Practitioner[]::new));
        luna.lists(ten.subList(0, 8).toArray(Practitioner[]::new));

        PractitionerSynchronisation cutShort = service.synchroniseScheduled();

        assertThat(((Failed) cutShort.result()).reason()).contains("close down 2 of the 10").contains("more than 10 %");
        assertThat(register.saved).isEmpty();
        assertThat(register.closedDown).isEmpty();

        luna.lists(ten.subList(0, 9).toArray(Practitioner[]::new));
        assertThat(service.synchroniseScheduled().result()).isEqualTo(new Completed(9, 0, 0, 1));
    }

    @Test
    @DisplayName("INT-1 a provider number LUNA lists twice fails the run and changes nothing")
    void INT1_listed_twice() {
        luna.lists(practice("100001", true), practice("100001", false));

        PractitionerSynchronisation run = service.synchroniseScheduled();

        assertThat(((Failed) run.result()).reason()).contains("100001 twice");
        assertThat(register.saved).isEmpty();
    }

    @Test
    @DisplayName("ROLE-1 INT-1 an administrator or the system asks for a run and reads the runs; a caseworker may not")
    void ROLE1_who_may() {
        MunicipalAdministrator administrator = new MunicipalAdministrator("adm-101-1", MunicipalityCode.of("101"));
        Caseworker caseworker = new Caseworker("cw-101-1", MunicipalityCode.of("101"), true);

        assertThat(service.synchroniseOnDemand(administrator).orElseThrow().requestedBy()).hasValueSatisfying(
                by -> assertThat(by.id()).isEqualTo("adm-101-1"));
        assertThat(service.synchroniseOnDemand(caseworker)).isEqualTo(Outcome.refused(PractitionerSynchronisationService.FOR_ADMINISTRATORS));
        assertThat(service.latest(caseworker, 5)).isEqualTo(Outcome.refused(PractitionerSynchronisationService.FOR_ADMINISTRATORS));
        assertThat(service.latest(administrator, 5).orElseThrow()).hasSize(1);
        assertThat(log).hasSize(1);
    }

    private static Practitioner practice(String number, boolean open) {
        return new Practitioner(ProviderNumber.of(number), "Lægerne " + number,
                new Address("Lægevej", "1", null, null, "8592", "Anholt", "0202", MunicipalityCode.of("707"), "addr-" + number,
                        new Coordinates(56.71, 11.55)), MunicipalityCode.of("707"), PractitionerKind.REGULAR, open,
                2000, 1800, 1000, java.util.Set.of());
    }

    static final class FakeRegister implements PractitionerRegisterPort {
        final Map<ProviderNumber, Practitioner> held = new LinkedHashMap<>();
        final List<Practitioner> saved = new ArrayList<>();
        final List<ProviderNumber> closedDown = new ArrayList<>();
        PatientCountMark mark = new PatientCountMark(LocalDate.of(2026, 11, 23), 0);
        PatientCountMark savedWith;
        boolean locked;
        boolean lockedBeforeReading;

        void held(Practitioner... practitioners) {
            for (Practitioner practitioner : practitioners) {
                held.put(practitioner.providerNumber(), practitioner);
            }
        }

        void markIs(PatientCountMark mark) {
            this.mark = mark;
        }

        @Override
        public PatientCountMark patientCountMark() {
            return mark;
        }

        @Override
        public void lockForSynchronisation() {
            locked = true;
        }

        @Override
        public List<Practitioner> inRegister() {
            lockedBeforeReading = locked;
            return List.copyOf(held.values());
        }

        @Override
        public void savePractitioners(Collection<Practitioner> practitioners, PatientCountMark mark) {
            saved.addAll(practitioners);
            savedWith = mark;
            held(practitioners.toArray(Practitioner[]::new));
        }

        @Override
        public void closeDown(Collection<ProviderNumber> practitioners, Instant at) {
            closedDown.addAll(practitioners);
            practitioners.forEach(held::remove);
        }

        @Override
        public void savePractitioners(Collection<Practitioner> practitioners) {
            savePractitioners(practitioners, mark);
        }

        @Override
        public Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber) {
            return Optional.ofNullable(held.get(providerNumber));
        }

        @Override
        public Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber) {
            return loadPractitioner(providerNumber);
        }

        @Override
        public List<Practitioner> search(PractitionerSearch search) {
            return List.copyOf(held.values());
        }

        @Override
        public List<Practitioner> near(Coordinates centre, double kilometres) {
            return List.copyOf(held.values());
        }
    }

    /** Runs the work at once: these stand-ins have nothing to roll back. */
    static final class InlineTransactions implements TransactionPort {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
