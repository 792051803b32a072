package dk.sygesikring.domain.letter;

import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a letter to a person travels, if it is sent at all (LET-3, LET-4, LET-5). It goes to the person concerned,
 * a child too, never to a parent instead (LET-4). An automatic letter is not sent to a child with name and address
 * protection, nor to a person CPR has not named yet (LET-3); a caseworker's own letter is their decision. A person
 * under 15 has no Digital Post, so their letter is printed at once; anyone else's goes to Digital Post first, and to
 * print only when Digital Post cannot deliver it (LET-5).
 */
public final class LetterRoutePolicy {

    /** The way a letter goes, or why it does not. */
    public sealed interface Route {

        record ByDigitalPost() implements Route {
        }

        record ByPrint(String because) implements Route {
            public ByPrint {
                Objects.requireNonNull(because, "because");
            }
        }

        record NotSent(String rule, String because) implements Route {
            public NotSent {
                Objects.requireNonNull(rule, "rule");
                Objects.requireNonNull(because, "because");
            }
        }
    }

    static final String UNNAMED = "Personen har endnu ikke et navn i CPR, så der sendes ikke automatisk brev";
    static final String PROTECTED_CHILD = "Barnet har navne- og adressebeskyttelse, så der sendes ikke automatisk brev";
    static final String UNDER_FIFTEEN = "Modtageren er under 15 år og har ikke Digital Post: brevet sendes med fysisk post";

    private LetterRoutePolicy() {
    }

    public static Route route(LetterKind kind, Person recipient, LocalDate today) {
        if (kind.isAutomatic() && recipient.name().isBlank()) {
            return new Route.NotSent("LET-3", UNNAMED);
        }
        if (kind.isAutomatic() && recipient.nameAndAddressProtected() && !recipient.isAdultOn(today)) {
            return new Route.NotSent("LET-3", PROTECTED_CHILD);
        }
        if (recipient.isUnderAgeOfOwnChoiceOn(today)) {
            return new Route.ByPrint(UNDER_FIFTEEN);
        }
        return new Route.ByDigitalPost();
    }
}
