package dk.sygesikring.server;

import dk.sygesikring.server.config.RequiredSettings;
import io.micronaut.runtime.Micronaut;
import java.util.List;

/** Starts the Sygesikring service. */
public final class Application {

    static final int EXIT_MISSING_SETTINGS = 2;

    private Application() {
    }

    public static void main(String[] args) {
        List<String> missing = RequiredSettings.missing(args);
        if (!missing.isEmpty()) {
            System.err.println("Sygesikring cannot start: set " + String.join("; ", missing)
                    + ". See docs/configuration.md.");
            System.exit(EXIT_MISSING_SETTINGS);
        }
        Micronaut.run(Application.class, args);
    }
}
