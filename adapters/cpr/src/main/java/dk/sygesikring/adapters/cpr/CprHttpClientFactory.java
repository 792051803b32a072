package dk.sygesikring.adapters.cpr;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.HttpClientConfiguration.ConnectionPoolConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The HTTP client for service id {@code cpr}. It is built here rather than from
 * {@code micronaut.http.services.cpr.*} so that the URL and timeouts live, with their defaults, under
 * {@code sygesikring.cpr} next to the retry and circuit breaker settings. Being named "cpr", it is also
 * the client Micronaut hands out for {@code @Client("cpr")}.
 */
@Factory
class CprHttpClientFactory {

    static final String SERVICE_ID = "cpr";

    @Singleton
    @Named(SERVICE_ID)
    @Bean(preDestroy = "close")
    HttpClient cprHttpClient(CprSettings settings, HttpClientConfiguration defaults,
                             HttpClientRegistry<?> registry, BeanContext beanContext) {
        if (settings.getUrl() == null) {
            throw new IllegalStateException("sygesikring.cpr.url is not set: the base URL of CPR (or of the CPR simulator)");
        }
        // A client of the application's own registry gets its JSON codecs, event loop and SSL settings.
        return registry.resolveClient(null, LoadBalancer.fixed(settings.getUrl()),
                new CprClientConfiguration(defaults, settings), beanContext);
    }

    /** The application's default client settings (micronaut.http.client.*) with CPR's own timeouts. */
    private static final class CprClientConfiguration extends HttpClientConfiguration {

        private final ConnectionPoolConfiguration connectionPool;

        CprClientConfiguration(HttpClientConfiguration defaults, CprSettings settings) {
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
