package dk.sygesikring.application.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.result.Outcome;
import java.util.Objects;

/**
 * Replace a configuration with a new, already validated one (CFG-3): each setting that changes is audited, and the
 * new values hold at once for every request on every instance.
 */
public interface ChangeConfigurationUseCase {

    Outcome<GlobalConfiguration> changeGlobal(ChangeGlobal command);

    Outcome<LocalConfiguration> changeLocal(ChangeLocal command);

    record ChangeGlobal(Actor actor, GlobalConfiguration configuration) {
        public ChangeGlobal {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(configuration, "configuration");
        }
    }

    /** The municipality is the configuration's own. */
    record ChangeLocal(Actor actor, LocalConfiguration configuration) {
        public ChangeLocal {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(configuration, "configuration");
        }
    }
}
