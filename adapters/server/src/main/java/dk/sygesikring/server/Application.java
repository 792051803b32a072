package dk.sygesikring.server;

import io.micronaut.runtime.Micronaut;

/** Starts the Sygesikring service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
