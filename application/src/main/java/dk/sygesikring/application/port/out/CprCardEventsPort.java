package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.Optional;

/**
 * CARD-11: the marriages and name changes CPR reported, kept until both of a pair have arrived, whichever first.
 */
public interface CprCardEventsPort {

    void recordMarriage(Cpr cpr, LocalDate marriedOn);

    /** Records a name change no card has been ordered for yet. */
    void recordNameChange(Cpr cpr, LocalDate changedOn);

    Optional<LocalDate> latestMarriage(Cpr cpr);

    /** The person's latest name change that no card has been ordered for. */
    Optional<LocalDate> nameChangeWithoutCard(Cpr cpr);

    /** The card for the person's name changes is ordered: none of them orders another. */
    void cardOrderedForNameChanges(Cpr cpr);
}
