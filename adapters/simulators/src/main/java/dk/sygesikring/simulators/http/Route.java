package dk.sygesikring.simulators.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Answers a request; an IllegalArgumentException is a bad request (400). */
@FunctionalInterface
public interface Route {

    Reply handle(HttpExchange exchange) throws IOException, InterruptedException;
}
