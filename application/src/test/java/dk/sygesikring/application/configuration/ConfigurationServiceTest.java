package dk.sygesikring.application.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.configuration.ChangeConfigurationUseCase.ChangeGlobal;
import dk.sygesikring.application.configuration.ChangeConfigurationUseCase.ChangeLocal;
import dk.sygesikring.application.configuration.ReadConfigurationChangesUseCase.Query;
import dk.sygesikring.application.configuration.ReadConfigurationChangesUseCase.Scope;
import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryConfiguration;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.ChangedBy;
import dk.sygesikring.domain.configuration.ConfigurationAccessPolicy;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The configuration use cases against an in-memory store: no Micronaut, no database. */
class ConfigurationServiceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");

    final SystemActor operator = new SystemActor("national-operator");
    final MunicipalAdministrator aarhusAdministrator = new MunicipalAdministrator("adm-751", AARHUS);
    final MunicipalAdministrator odenseAdministrator = new MunicipalAdministrator("adm-461", ODENSE);
    final Caseworker aarhusCaseworker = new Caseworker("cw-751", AARHUS, false);

    final InMemoryConfiguration store = new InMemoryConfiguration(Configurations.rules(),
            Configurations.defaults(AARHUS), Configurations.defaults(ODENSE));
    final TransactionPort transactions = new TransactionPort() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));

    ConfigurationService service() {
        return new ConfigurationService(store, store, store, transactions, clock);
    }

    @Test
    @DisplayName("CFG-1 CFG-3 the national operator changes a global period: it holds at once and the audit says who, when, which setting, old and new value")
    void changing_a_global_period() {
        GlobalConfiguration tenDays = Configurations.withConsentPeriod(Configurations.rules(), Days.of(10));

        assertThat(service().changeGlobal(new ChangeGlobal(operator, tenDays))).isEqualTo(Outcome.success(tenDays));

        assertThat(service().readGlobal(aarhusCaseworker).orElseThrow().consentPeriod()).isEqualTo(Days.of(10));
        assertThat(store.changes).containsExactly(new ConfigurationChange(NOW, new ChangedBy("SYSTEM", "national-operator"),
                Optional.empty(), "consentPeriodDays", Optional.of("8"), Optional.of("10")));
    }

    @Test
    @DisplayName("CFG-3 audit part: a change that changes nothing writes no audit line")
    void repeating_a_change() {
        service().changeGlobal(new ChangeGlobal(operator, Configurations.rules()));
        service().changeLocal(new ChangeLocal(aarhusAdministrator, Configurations.defaults(AARHUS)));

        assertThat(store.changes).isEmpty();
    }

    @Test
    @DisplayName("CFG-3 global part: only the national operator (SYSTEM) changes the global configuration; an administrator's attempt changes nothing")
    void global_by_system_only() {
        GlobalConfiguration tenDays = Configurations.withConsentPeriod(Configurations.rules(), Days.of(10));

        assertThat(service().changeGlobal(new ChangeGlobal(aarhusAdministrator, tenDays)))
                .isEqualTo(Outcome.refused(ConfigurationAccessPolicy.GLOBAL_BY_SYSTEM_ONLY));
        assertThat(store.global.consentPeriod()).isEqualTo(Days.of(8));
        assertThat(store.changes).isEmpty();
    }

    @Test
    @DisplayName("CFG-2 CFG-3 an administrator changes their own municipality's local configuration, audited per setting; another municipality's is refused")
    void local_by_own_administrator() {
        LocalConfiguration changed = new LocalConfiguration(AARHUS, Days.of(7), List.of("Gebyrfrit"), List.of("9901"),
                Optional.empty(), Optional.of("vault:nets/751"), Duration.ofMinutes(480));

        assertThat(service().changeLocal(new ChangeLocal(aarhusAdministrator, changed))).isEqualTo(Outcome.success(changed));
        assertThat(service().readLocal(aarhusCaseworker, AARHUS).orElseThrow()).isEqualTo(changed);
        assertThat(store.changes).extracting(ConfigurationChange::setting, ConfigurationChange::oldValue, ConfigurationChange::newValue)
                .containsExactly(
                        tuple("adHocTaskDeadlineDays", Optional.of("14"), Optional.of("7")),
                        tuple("highRoadCodes", Optional.of("[]"), Optional.of("[\"9901\"]")),
                        tuple("netsKeyReference", Optional.empty(), Optional.of("vault:nets/751")),
                        tuple("paymentChannels", Optional.of("[]"), Optional.of("[\"Gebyrfrit\"]")));
        assertThat(store.changes).allSatisfy(change -> {
            assertThat(change.municipality()).contains(AARHUS);
            assertThat(change.changedBy()).isEqualTo(new ChangedBy("MUNICIPAL_ADMIN", "adm-751"));
        });

        Outcome<LocalConfiguration> inOdense = service().changeLocal(new ChangeLocal(aarhusAdministrator,
                Configurations.withAdHocDeadline(Configurations.defaults(ODENSE), Days.of(1))));
        assertThat(inOdense).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.refusal().rule()).isEqualTo("CFG-3");
            assertThat(refused.refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        });
        assertThat(store.locals.get(ODENSE)).isEqualTo(Configurations.defaults(ODENSE));
        assertThat(service().changeLocal(new ChangeLocal(aarhusCaseworker, changed))).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    @DisplayName("ROLE-2 configuration part: a caseworker reads the local configuration of their own municipality only; an unknown code is not found")
    void reading_local() {
        assertThat(service().readLocal(aarhusCaseworker, AARHUS)).isEqualTo(Outcome.success(Configurations.defaults(AARHUS)));
        assertThat(service().readLocal(aarhusCaseworker, ODENSE)).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().rule()).isEqualTo("ROLE-2"));
        assertThat(service().readLocal(operator, MunicipalityCode.of("999"))).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("municipality-not-found"));
    }

    @Test
    @DisplayName("CFG-3 audit part: an administrator sees the global changes and their own municipality's, filtered by period, scope and municipality")
    void reading_the_audit() {
        service().changeGlobal(new ChangeGlobal(operator, Configurations.withConsentPeriod(Configurations.rules(), Days.of(9))));
        clock = Clock.offset(clock, Duration.ofDays(2));
        service().changeLocal(new ChangeLocal(aarhusAdministrator,
                Configurations.withAdHocDeadline(Configurations.defaults(AARHUS), Days.of(3))));
        service().changeLocal(new ChangeLocal(odenseAdministrator,
                Configurations.withAdHocDeadline(Configurations.defaults(ODENSE), Days.of(5))));

        assertThat(settings(query(aarhusAdministrator, null, null, null, null)))
                .containsExactly("751 adHocTaskDeadlineDays", "global consentPeriodDays");
        assertThat(settings(query(operator, null, null, null, null)))
                .containsExactlyInAnyOrder("751 adHocTaskDeadlineDays", "461 adHocTaskDeadlineDays", "global consentPeriodDays");
        assertThat(settings(query(operator, null, null, null, ODENSE))).containsExactly("461 adHocTaskDeadlineDays");
        assertThat(settings(query(operator, null, null, Scope.GLOBAL, null))).containsExactly("global consentPeriodDays");
        assertThat(settings(query(aarhusAdministrator, null, null, Scope.LOCAL, null))).containsExactly("751 adHocTaskDeadlineDays");
        LocalDate changeDay = LocalDate.of(2026, 11, 22);
        assertThat(settings(query(operator, changeDay, changeDay, null, null))).containsExactly("global consentPeriodDays");
        assertThat(settings(query(operator, changeDay.plusDays(1), null, null, null))).hasSize(2);

        assertThat(service().changes(query(aarhusAdministrator, null, null, null, ODENSE)))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusal().rule()).isEqualTo("ROLE-2"));
        assertThat(service().changes(query(aarhusCaseworker, null, null, null, null))).isInstanceOf(Outcome.Refused.class);
    }

    private Query query(Actor reader, LocalDate from, LocalDate to, Scope scope,
                        MunicipalityCode municipality) {
        return new Query(reader, Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(scope),
                Optional.ofNullable(municipality), 100);
    }

    private List<String> settings(Query query) {
        return service().changes(query).orElseThrow().stream()
                .map(change -> change.municipality().map(MunicipalityCode::value).orElse("global") + " " + change.setting())
                .toList();
    }
}
