package dk.sygesikring.application.forloeb;

import dk.sygesikring.domain.forloeb.Forloeb;

/**
 * A forløb as one reader may see it (ROLE-2): all of it in the municipality that owns it, elsewhere only that it
 * exists, its type, status and municipality.
 */
public sealed interface ForloebView {

    Forloeb forloeb();

    record Full(Forloeb forloeb) implements ForloebView {
    }

    record Summary(Forloeb forloeb) implements ForloebView {
    }
}
