package dk.sygesikring.application.configuration;

import dk.sygesikring.application.port.out.ConfigurationChangeLogPort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.configuration.ChangedBy;
import dk.sygesikring.domain.configuration.ConfigurationAccessPolicy;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and changes the configuration (CFG-1..CFG-3). A change compares the stored configuration, locked, with the
 * new one and writes the new values and one audit line per changed setting in one transaction; a change that
 * changes nothing writes nothing, so repeating a request is harmless.
 */
@Singleton
public class ConfigurationService implements ReadConfigurationUseCase, ChangeConfigurationUseCase,
        ReadConfigurationChangesUseCase {

    private final LoadConfigurationPort load;
    private final SaveConfigurationPort save;
    private final ConfigurationChangeLogPort changeLog;
    private final TransactionPort transactions;
    private final Clock clock;

    public ConfigurationService(LoadConfigurationPort load, SaveConfigurationPort save, ConfigurationChangeLogPort changeLog,
                                TransactionPort transactions, Clock clock) {
        this.load = load;
        this.save = save;
        this.changeLog = changeLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<GlobalConfiguration> readGlobal(Actor reader) {
        return refusedOr(ConfigurationAccessPolicy.mayReadGlobal(reader), () -> transactions.inTransaction(load::loadGlobal));
    }

    @Override
    public Outcome<LocalConfiguration> readLocal(Actor reader, MunicipalityCode municipality) {
        Optional<Refusal> refusal = ConfigurationAccessPolicy.mayReadLocal(reader, municipality);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return transactions.inTransaction(() -> load.loadLocal(municipality))
                .map(Outcome::success).orElseGet(() -> Outcome.refused(unknown(municipality)));
    }

    @Override
    public Outcome<GlobalConfiguration> changeGlobal(ChangeGlobal command) {
        return refusedOr(ConfigurationAccessPolicy.mayChangeGlobal(command.actor()), () -> transactions.inTransaction(() -> {
            GlobalConfiguration before = load.lockGlobal();
            List<ConfigurationChange> changes = ConfigurationChange.between(before.settings(),
                    command.configuration().settings(), Optional.empty(), ChangedBy.of(command.actor()), clock.instant());
            if (!changes.isEmpty()) {
                save.saveGlobal(command.configuration());
                changeLog.append(changes);
            }
            return command.configuration();
        }));
    }

    @Override
    public Outcome<LocalConfiguration> changeLocal(ChangeLocal command) {
        MunicipalityCode municipality = command.configuration().municipality();
        Optional<Refusal> refusal = ConfigurationAccessPolicy.mayChangeLocal(command.actor(), municipality);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return transactions.inTransaction(() -> load.lockLocal(municipality).map(before -> {
            List<ConfigurationChange> changes = ConfigurationChange.between(before.settings(),
                    command.configuration().settings(), Optional.of(municipality), ChangedBy.of(command.actor()),
                    clock.instant());
            if (!changes.isEmpty()) {
                save.saveLocal(command.configuration());
                changeLog.append(changes);
            }
            return Outcome.success(command.configuration());
        }).orElseGet(() -> Outcome.refused(unknown(municipality))));
    }

    @Override
    public Outcome<List<ConfigurationChange>> changes(Query query) {
        return ConfigurationAccessPolicy.localChangesVisibleTo(query.reader(), query.municipality()).map(localOf -> {
            boolean global = query.municipality().isEmpty() && query.scope().orElse(Scope.GLOBAL) == Scope.GLOBAL;
            boolean local = query.scope().orElse(Scope.LOCAL) == Scope.LOCAL;
            return transactions.inTransaction(() -> changeLog.find(new ConfigurationChangeLogPort.Filter(
                    query.from().map(this::startOf), query.to().map(day -> startOf(day.plusDays(1))),
                    global, local, localOf, query.limit())));
        });
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Refusal unknown(MunicipalityCode municipality) {
        return Refusal.notFound("municipality-not-found", "No municipality has the code " + municipality.value());
    }

    private static <T> Outcome<T> refusedOr(Optional<Refusal> refusal, Supplier<T> work) {
        return refusal.<Outcome<T>>map(Outcome::refused).orElseGet(() -> Outcome.success(work.get()));
    }
}
