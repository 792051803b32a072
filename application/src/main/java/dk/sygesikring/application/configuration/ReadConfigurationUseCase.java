package dk.sygesikring.application.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;

/** Read the configuration as it holds now (CFG-1, CFG-2). */
public interface ReadConfigurationUseCase {

    Outcome<GlobalConfiguration> readGlobal(Actor reader);

    Outcome<LocalConfiguration> readLocal(Actor reader, MunicipalityCode municipality);
}
