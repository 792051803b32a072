package dk.sygesikring.adapters.print;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import java.net.URI;
import org.slf4j.LoggerFactory;

/**
 * Settings of the remote print adapter (LET-5, INT-4), under {@code sygesikring.print}, and the system they are of:
 * the shared factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are WARN
 * lines under {@link PrintAdapter}. The url defaults to {@value #DEFAULT_URL}, where {@code SimulatorsMain} and the
 * dev environment start the print simulator. Every key and its default is documented in docs/integrations/print.md;
 * keep the two in step.
 */
@Named(PrintSettings.NAME)
@ConfigurationProperties("sygesikring.print")
class PrintSettings extends ExternalSystemSettings {

    static final String NAME = "print";
    static final String DEFAULT_URL = "http://localhost:8096";

    PrintSettings() {
        super(new ExternalSystem(NAME, PrintAdapter.SYSTEM, LoggerFactory.getLogger(PrintAdapter.class),
                PrintUnavailableException::new));
        setUrl(URI.create(DEFAULT_URL));
    }
}
