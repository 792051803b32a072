package dk.sygesikring.resilience;

import io.micronaut.context.BeanContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.HttpClientConfiguration.ConnectionPoolConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;

/**
 * Builds the HTTP client of an external system from its {@link HttpResilienceSettings} rather than from
 * {@code micronaut.http.services.<id>.*}, so that URL and timeouts live, with their defaults, next to the retry and
 * circuit breaker settings. The application-wide {@code micronaut.http.client.*} settings (SSL, proxy, connection
 * pool) still apply; the two timeouts take precedence.
 */
final class HttpClients {

    private HttpClients() {
    }

    static HttpClient create(ExternalSystem system, HttpResilienceSettings settings, BeanContext context) {
        if (settings.getUrl() == null) {
            throw new IllegalStateException(system.settingsPrefix() + ".url is not set: the base URL of "
                    + system.name() + " (or of the " + system.name() + " simulator)");
        }
        // A client of the application's own registry gets its JSON codecs, event loop and SSL settings.
        HttpClientRegistry<?> registry = context.getBean(HttpClientRegistry.class);
        HttpClientConfiguration defaults = context.getBean(HttpClientConfiguration.class);
        return registry.resolveClient(null, LoadBalancer.fixed(settings.getUrl()),
                new SystemClientConfiguration(defaults, settings), context);
    }

    /** The application's default client settings with the system's own timeouts. */
    private static final class SystemClientConfiguration extends HttpClientConfiguration {

        private final ConnectionPoolConfiguration connectionPool;

        SystemClientConfiguration(HttpClientConfiguration defaults, HttpResilienceSettings settings) {
            super(defaults);
            this.connectionPool = defaults.getConnectionPoolConfiguration();
            setConnectTimeout(settings.getConnectTimeout());
            setReadTimeout(settings.getReadTimeout());
        }

        @Override
        public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
            return connectionPool;
        }
    }
}
