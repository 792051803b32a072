package dk.sygesikring.resilience;

import java.util.Objects;

/**
 * The settings of one external system together with the system they are of. An adapter binds them to its prefix
 * and names them after the system, e.g.
 * <pre>{@code
 * @Named(LunaSettings.NAME)
 * @ConfigurationProperties("sygesikring.luna")
 * class LunaSettings extends ExternalSystemSettings {
 *     LunaSettings() { super(new ExternalSystem(NAME, "LUNA", LOG, LunaUnavailableException::new)); }
 * }
 * }</pre>
 * and {@link ResilientHttpClientFactory} gives it a {@link ResilientHttpClient} and its circuit breaker, both beans of
 * the same name. The name is the system's id: the qualifier, the prefix's last part and the metrics' tag.
 */
public abstract class ExternalSystemSettings extends HttpResilienceSettings {

    private final ExternalSystem system;

    protected ExternalSystemSettings(ExternalSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    public final ExternalSystem system() {
        return system;
    }
}
