package dk.sygesikring.simulators.http;

/** A running simulator of an external system: where it listens, and how to stop it. */
public interface Simulator extends AutoCloseable {

    /** The HTTP server it answers on. */
    SimulatorServer server();

    default int port() {
        return server().port();
    }

    default String baseUrl() {
        return server().baseUrl();
    }

    /** Stops at once; requests still waiting out a simulated delay are interrupted. */
    @Override
    default void close() {
        server().close();
    }
}
