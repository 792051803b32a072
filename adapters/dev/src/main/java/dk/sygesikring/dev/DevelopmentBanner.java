package dk.sygesikring.dev;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a developer where the service is and how to get a token, once it is ready. */
@Singleton
@Requires(property = "sygesikring.dev-tokens.enabled", value = "true")
class DevelopmentBanner {

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentBanner.class);

    @EventListener
    void onReady(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("""

                ================================================================================
                 Sygesikring is running at {}  (dev environment)
                 Contract:  {}/openapi/sygesikring-api.yaml
                 Health:    {}/health
                 A caseworker token for København (101):
                   curl -s -X POST {}/dev/tokens -H 'Content-Type: application/json' \\
                        -d '{"role":"CASEWORKER","municipality":"101","caseworkerId":"cw-101-1"}'
                 Then:  curl -s {}/persons/2207859902 -H "Authorization: Bearer $TOKEN"
                ================================================================================""",
                url, url, url, url, url);
    }
}
