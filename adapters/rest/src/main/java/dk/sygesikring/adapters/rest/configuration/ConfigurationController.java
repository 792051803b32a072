package dk.sygesikring.adapters.rest.configuration;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.ConfigurationApi;
import dk.sygesikring.api.model.ConfigurationChangeDto;
import dk.sygesikring.api.model.ConfigurationScopeDto;
import dk.sygesikring.api.model.GlobalConfigurationDto;
import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.api.model.LocalConfigurationDto;
import dk.sygesikring.application.configuration.ChangeConfigurationUseCase;
import dk.sygesikring.application.configuration.ChangeConfigurationUseCase.ChangeGlobal;
import dk.sygesikring.application.configuration.ChangeConfigurationUseCase.ChangeLocal;
import dk.sygesikring.application.configuration.ReadConfigurationChangesUseCase;
import dk.sygesikring.application.configuration.ReadConfigurationChangesUseCase.Query;
import dk.sygesikring.application.configuration.ReadConfigurationChangesUseCase.Scope;
import dk.sygesikring.application.configuration.ReadConfigurationUseCase;
import dk.sygesikring.domain.configuration.InvalidConfigurationException;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configuration over HTTP (CFG-1..CFG-3). A body becomes a draft that the domain validates; what is wrong with
 * it is a 400 naming each setting as the contract spells it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ConfigurationController implements ConfigurationApi {

    private final ReadConfigurationUseCase read;
    private final ChangeConfigurationUseCase change;
    private final ReadConfigurationChangesUseCase changes;
    private final CurrentActor currentActor;

    ConfigurationController(ReadConfigurationUseCase read, ChangeConfigurationUseCase change,
                            ReadConfigurationChangesUseCase changes, CurrentActor currentActor) {
        this.read = read;
        this.change = change;
        this.changes = changes;
        this.currentActor = currentActor;
    }

    @Override
    public GlobalConfigurationDto getGlobalConfiguration() {
        return ConfigurationDtoMapper.toDto(valueOrRefuse(read.readGlobal(currentActor.get())));
    }

    @Override
    public GlobalConfigurationDto changeGlobalConfiguration(GlobalConfigurationDto request) {
        ChangeGlobal command = new ChangeGlobal(currentActor.get(),
                validated(() -> ConfigurationDtoMapper.toDraft(request).validate()));
        return ConfigurationDtoMapper.toDto(valueOrRefuse(change.changeGlobal(command)));
    }

    @Override
    public LocalConfigurationDto getLocalConfiguration(String municipalityCode) {
        return ConfigurationDtoMapper.toDto(valueOrRefuse(read.readLocal(currentActor.get(),
                municipality("municipalityCode", municipalityCode))));
    }

    @Override
    public LocalConfigurationDto changeLocalConfiguration(String municipalityCode, LocalConfigurationDto request) {
        MunicipalityCode municipality = municipality("municipalityCode", municipalityCode);
        if (request.getMunicipalityCode() != null && !request.getMunicipalityCode().equals(municipalityCode)) {
            throw new InvalidRequestException("municipalityCode",
                    "the body's municipality code must be the path's, " + municipalityCode);
        }
        ChangeLocal command = new ChangeLocal(currentActor.get(),
                validated(() -> ConfigurationDtoMapper.toDraft(request).validate(municipality)));
        return ConfigurationDtoMapper.toDto(valueOrRefuse(change.changeLocal(command)));
    }

    @Override
    public List<ConfigurationChangeDto> listConfigurationChanges(LocalDate from, LocalDate to, ConfigurationScopeDto scope,
                                                                 String municipality, Integer limit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Query query = new Query(currentActor.get(), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(scope).map(given -> Scope.valueOf(given.getValue())),
                Optional.ofNullable(municipality).map(code -> municipality("municipality", code)),
                limit == null ? 100 : limit);
        return valueOrRefuse(changes.changes(query)).stream().map(ConfigurationDtoMapper::toDto).toList();
    }

    private static MunicipalityCode municipality(String parameter, String code) {
        if (code == null || !code.matches("\\d{3}")) {
            throw new InvalidRequestException(parameter, "a municipality code (kommunekode) has 3 digits");
        }
        return MunicipalityCode.of(code);
    }

    private static <T> T validated(Supplier<T> validate) {
        try {
            return validate.get();
        } catch (InvalidConfigurationException invalid) {
            throw new InvalidRequestException(invalid.invalidSettings().stream()
                    .map(setting -> new InvalidParamDto(setting.name(), setting.reason())).toList());
        }
    }
}
